/** English strings of the hand-off step of `<kc-eligibility-check>` (loaded with the step). */
const en = {
  intro: (clinic: string) => `${clinic} can contact you about your result. Nothing is sent until you agree below.`,
  name: 'Your name',
  email: 'Email',
  phone: 'Phone',
  /** Shown before, and describing, the email and phone fields. */
  reach: 'Email or phone: one of the two is required. You can give both.',
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
    `Your answers may already have reached ${clinic}: sending was interrupted before we heard back. To finish sending, choose "Finish sending". It sends the same submission again, so the clinic can tell it is a repeat.`,
  /** Edited after a send that may have arrived. */
  changed: (clinic: string) =>
    `You made changes after a send that may already have reached ${clinic}. Sending now sends a new copy, so ${clinic} may get both.`,
  retry: 'Try again',
  finish: 'Finish sending',
  /** After sending: the patient can keep a copy (it goes only to their clipboard). */
  keepCopy: 'You can keep a copy of what you sent, with the consent you agreed to. It is copied only to this device.',
  copySent: 'Copy what I sent',
  copiedSent: 'Copied. You can paste it into a note or an email to yourself.',
  copySentFailed: 'Could not copy. Your browser may not allow it on this page.',
  /** The copy of what was sent. */
  copyTitle: (clinic: string) => `What you sent to ${clinic}`,
  sentAt: 'Sent',
  reference: 'Reference',
  agreed: 'You agreed to:',
  consentVersion: 'Consent version',
  yourAnswers: 'Your answers:',
  problems: {
    name: 'Please enter your name.',
    reach: 'Please give an email address or a phone number.',
    email: 'Please check the email address (for example name@example.com).',
    consent: 'Please tick the box to agree before sending.',
  },
};

export type HandoffStrings = typeof en;
export default en;
