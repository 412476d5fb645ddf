/**
 * English strings of `<kc-eligibility-check>`. Every other locale file must have the same keys.
 * Instrument wording is verbatim from the published GAD-7 and PHQ-9 (see instruments.ts for the sources);
 * crisis resources from ../shared/clinical/crisis-and-privacy.md.
 */
const scale = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

const en = {
  configErrorHeading: 'This screening could not be set up:',
  unavailable: 'This screening is not available right now. Please contact the clinic.',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  steps: {
    about: 'About you',
    anxiety: 'Anxiety',
    mood: 'Mood',
    history: 'Treatment history',
    health: 'Health',
    result: 'Your result',
    handoff: 'Send your answers to the clinic',
  },
  back: 'Back',
  next: 'Next',
  seeResult: 'See my result',
  required: 'Please answer this question.',
  missing: (n: number) => (n === 1 ? '1 question still needs an answer' : `${n} questions still need an answer`),
  yes: 'Yes',
  no: 'No',
  age: 'How old are you?',
  ageHint: 'In years, as a number.',
  ageInvalid: 'Please enter your age in years, as a number.',
  region: 'Where do you live?',
  regionChoose: 'Choose one',
  regionOther: 'Somewhere else',
  pregnant: 'Are you pregnant or breastfeeding?',
  /** The GAD-7 as published (Spitzer et al. 2006), with its unscored difficulty item. */
  gad7: {
    /** Set when these questions are not in the page's language (a published translation could not be confirmed). */
    lang: '',
    note: '',
    stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    items: [
      'Feeling nervous, anxious, or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid, as if something awful might happen',
    ],
    scale,
    difficulty:
      'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
    difficultyScale: ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'],
  },
  /** The PHQ-9 as published (Kroenke et al. 2001). */
  phq9: {
    lang: '',
    stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    items: [
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    ],
    scale,
  },
  diagnoses: 'Has a professional ever told you that you have any of these? Choose all that apply.',
  diagnosisLabels: {
    gad: 'Generalized anxiety disorder',
    social: 'Social anxiety disorder',
    panic: 'Panic disorder',
    ptsd: 'Post-traumatic stress disorder (PTSD)',
    ocd: 'Obsessive-compulsive disorder (OCD)',
    depression: 'Depression',
    other: 'Something else',
  },
  treatments: 'Which treatments have you tried? Choose all that apply.',
  treatmentLabels: {
    ssri: 'An SSRI or SNRI antidepressant',
    medication: 'Another medicine for anxiety or depression',
    therapy: 'Talking therapy (psychotherapy)',
  },
  trials: 'How many medicines for anxiety or depression have you taken long enough to see if they helped?',
  trialLabels: ['None', '1', '2 or more'],
  prescriber: 'Do you see a doctor or nurse who prescribes medicine for your mental health now?',
  conditions: 'Do any of these apply to you, now or in the past?',
  medicines: 'Do you take any of these medicines now?',
  health: {
    psychosis: 'Psychosis or schizophrenia',
    psychosisFamily: 'Psychosis or schizophrenia in a parent, brother, sister or child',
    bipolar: 'Bipolar disorder, or a time of mania',
    hypertension: 'High blood pressure that is not under control',
    aneurysm: 'An aneurysm (a bulging blood vessel) or an arteriovenous malformation',
    brainBleed: 'Bleeding in the brain',
    heart: 'Heart disease, a heart attack, heart failure or a stroke',
    liver: 'Severe liver disease',
    substance: 'A problem with alcohol or drugs in the past 3 months, or any misuse of ketamine or PCP',
    ketamineReaction: 'A serious reaction or allergy to ketamine or esketamine',
    seizures: 'Seizures or epilepsy',
    breathingEyeThyroid: 'Severe breathing problems, glaucoma or raised pressure in the eye or brain, or an overactive thyroid',
    bladder: 'Bladder problems, such as interstitial cystitis',
    benzodiazepines: 'A benzodiazepine, taken regularly (such as lorazepam, clonazepam or diazepam)',
    lamotrigine: 'Lamotrigine',
    maoi: 'An MAO inhibitor (such as phenelzine or tranylcypromine)',
    stimulants: 'A stimulant, such as an ADHD medicine',
  },
  crisis: {
    heading: 'You don’t have to face this alone',
    lead: 'You said you have had thoughts of being better off dead or of hurting yourself. Support is there right now, day or night:',
    lifeline: '988 Suicide & Crisis Lifeline:',
    call: 'Call',
    text: 'Text',
    chat: 'chat at 988lifeline.org',
    lifelineMore: 'In Spanish: call 988 and press 2, or text AYUDA to 988. Veterans: call 988, then press 1.',
    textLine: 'Crisis Text Line: text HOME to',
    emergency: 'In immediate danger: go to the nearest emergency room or call',
    clinic: (name?: string) => `Call ${name ?? 'the clinic'}:`,
    international:
      'Outside the US: in Canada call or text 988; UK and Ireland, Samaritans 116 123 (UK emergency 999); Australia, Lifeline 13 11 14 (emergency 000); elsewhere, your local emergency number or a helpline at',
    notMonitored: 'This form is not monitored in real time, so no one sees your answers right away.',
    continue: 'When you are ready, you can still continue.',
  },
  outcomes: {
    eligible: {
      title: 'You may be a good candidate',
      body: 'Your answers suggest ketamine treatment may be worth discussing with the clinic. A clinician decides, after talking with you.',
    },
    review: {
      title: 'A clinician would like to talk with you first',
      body: 'Some of your answers need a conversation before anyone can say whether ketamine treatment suits you. This is common, and it is not a no.',
    },
    ineligible: {
      title: 'Ketamine treatment may not be right for you now',
      body: 'Based on your answers, the clinic likely can’t offer ketamine treatment at this time. This is not about anything you did wrong. A form can’t know everything: if an answer doesn’t fit your situation, call the clinic and talk it over with a person.',
    },
    crisis: {
      title: 'Please reach out for support now',
      body: 'Your safety comes first. You can reach the people above right now, day or night. When you are ready, the clinic can talk with you about what comes next.',
    },
  },
  /** The crisis outcome's text when the answers also rule out treatment here (under the minimum age, outside the area). */
  crisisExcluded:
    'Your safety comes first. You can reach the people above right now, day or night. Based on your answers, this clinic likely can’t offer you treatment, for the reasons below. Your doctor or a mental health professional can help you find care that fits you.',
  discuss: 'What a clinician will want to talk about:',
  why: 'Why:',
  reasons: {
    age: (min: number) => `The clinic treats people aged ${min} and over.`,
    region: 'The clinic does not offer treatment where you live.',
    pregnancy: 'Pregnancy or breastfeeding',
    severity: 'Your anxiety score is below the range this clinic usually treats.',
    trials: 'Fewer medicines tried than the clinic asks for.',
  },
  alternatives:
    'What else may help: talk with your doctor or a mental health professional about other treatments, such as talking therapy or other medicines. If you are struggling, you can call or text 988 at any time.',
  disclaimer: 'This is a screening, not a diagnosis.',
  scores: 'Your scores (higher means the problems came up more often in the last 2 weeks):',
  gad7Name: 'Anxiety (GAD-7)',
  phq9Name: 'Mood (PHQ-9)',
  outOf: (score: number, max: number) => `${score} out of ${max}`,
  bands: {
    minimal: 'few or no symptoms',
    mild: 'mild symptoms',
    moderate: 'moderate symptoms',
    'moderately-severe': 'moderately severe symptoms',
    severe: 'severe symptoms',
  },
  threshold: 'A GAD-7 score of 10 or more is where clinicians usually take a closer look.',
  book: 'Book a consultation',
  send: 'Send my answers to the clinic',
  print: 'Print summary',
  copy: 'Copy summary',
  copied: 'Summary copied.',
  copyFailed: 'Could not copy. You can print the summary instead.',
  startOver: 'Start over',
  summaryTitle: 'Eligibility screening summary',
  theClinic: 'the clinic',
  /** The hand-off step: contact details, consent, sending and what came of it. */
  handoff: {
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
  },
};

export type EligibilityStrings = typeof en;
/** The hand-off step's strings. */
export type HandoffStrings = EligibilityStrings['handoff'];
export default en;
