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
  /** The endpoint refused the answers (so they did not arrive). */
  failed: 'We could not send your answers. They are still here: please try again, or call the clinic.',
  /** No confirmation came back (offline, a timeout, a server error or an unexpected reply): they may have arrived. */
  unconfirmed: (clinic: string) =>
    `We could not confirm that ${clinic} received your answers. They are still here: please try again, or call the clinic.`,
  /** After a reload, or the widget moved on the page, while sending. */
  interrupted: (clinic: string) =>
    `Your answers may already have reached ${clinic}: sending was interrupted before we heard back. Choose "Finish sending" to make sure they arrive. It sends the same submission again, so the clinic can tell it is a repeat.`,
  /** Edited after a send that may have arrived. */
  changed: (clinic: string) =>
    `You made changes after a send that may already have reached ${clinic}. Sending now sends a new copy, so ${clinic} may get both.`,
  retry: 'Try again',
  finish: 'Finish sending',
  problems: {
    name: 'Please enter your name.',
    reach: 'Please give an email address or a phone number.',
    email: 'Please check the email address (for example name@example.com).',
    consent: 'Please tick the box to agree before sending.',
  },
};

export type HandoffStrings = typeof en;
export default en;
