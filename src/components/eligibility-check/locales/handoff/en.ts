/** English strings of the hand-off step of `<kc-eligibility-check>` (loaded with the step). */
const en = {
  intro: (clinic: string) => `${clinic} can contact you about your result. Nothing is sent until you agree below.`,
  name: 'Your name',
  email: 'Email',
  phone: 'Phone',
  reach: 'Give an email address, a phone number, or both.',
  time: 'Best time to contact you',
  times: { any: 'Any time', morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
  consent: (clinic: string) =>
    `I agree to send my answers and contact details to ${clinic}, so they can contact me about this screening.`,
  submit: 'Send',
  sending: 'Sending…',
  sent: (clinic: string) => `Sent. ${clinic} now has your answers.`,
  failed: 'We could not send your answers. They are still here: please try again, or call the clinic.',
  retry: 'Try again',
  problems: {
    name: 'Please enter your name.',
    reach: 'Please give an email address or a phone number.',
    email: 'Please check the email address (for example name@example.com).',
    consent: 'Please tick the box to agree before sending.',
  },
};

export type HandoffStrings = typeof en;
export default en;
