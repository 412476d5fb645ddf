import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { HEALTH_ITEMS, STEPS, type EligibilityAnswers, type Step } from '../src/components/eligibility-check/answers.js';
import type { KcEligibilityCheck } from '../src/components/eligibility-check/eligibility-check.js';
import { PERSIST_MODES } from '../src/components/eligibility-check/drafts.js';
import { forcedColors, forcedColorsActive, systemColor } from './forced-colors.js';

/** Answers that screen as eligible under the default rules (GAD-7 12, moderate; PHQ-9 5, mild). */
const eligible = (): EligibilityAnswers => ({
  age: 34,
  pregnant: false,
  gad7: [2, 2, 2, 2, 2, 1, 1],
  difficulty: 2,
  phq9: [1, 1, 1, 1, 1, 0, 0, 0, 0],
  diagnoses: ['gad', 'panic'],
  treatments: ['ssri', 'therapy'],
  trials: 2,
  prescriber: true,
  health: Object.fromEntries(HEALTH_ITEMS.map((item) => [item, false])),
});
const withHealth = (item: (typeof HEALTH_ITEMS)[number]) => ({ ...eligible(), health: { ...eligible().health, [item]: true } });
const withSelfHarm = (): EligibilityAnswers => ({ ...eligible(), phq9: [1, 1, 1, 1, 1, 0, 0, 0, 1] });

interface Args {
  id: string;
  step?: Step;
  answers?: EligibilityAnswers;
  rules?: KcEligibilityCheck['rules'];
  lang?: string;
  theme?: string;
  name?: string;
  phone?: string;
  'booking-url'?: string;
  endpoint?: string;
  regions?: string;
  'min-age'?: string;
  instruments?: string;
  persist?: string;
  'handoff-format'?: string;
}

/** Text, later steps, schema and region names load lazily: a loaded test machine may take a while. */
const LONG = { timeout: 10_000 };

const widget = (canvas: HTMLElement) => canvas.querySelector<KcEligibilityCheck>('kc-eligibility-check')!;
const shadow = (canvas: HTMLElement) => widget(canvas).shadowRoot!;
const heading = (canvas: HTMLElement) => shadow(canvas).querySelector('h2')?.textContent?.trim();

/** Moves the widget to a step (it moves only as far as its answers allow) and waits for it. */
async function show(canvas: HTMLElement, step: Step) {
  const el = widget(canvas);
  await el.updateComplete;
  el.step = step;
  await waitFor(() => expect(el.step).toBe(step), LONG);
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/kc-eligibility-check',
  component: 'kc-eligibility-check',
  parameters: {
    docs: {
      description: {
        component:
          'The "Check your eligibility" screening, one short step at a time: about you, the GAD-7, the PHQ-9 (its self-harm question is always asked and shows crisis resources at once), treatment history and a health screen of the published contraindications, then a result and, with an `endpoint`, a consented hand-off. Progress is kept in `sessionStorage` (per page and widget `id`) unless `persist="none"`; nothing goes into `localStorage`, cookies, URLs or the console, and no request goes anywhere but the clinic\'s endpoint.',
      },
    },
  },
  argTypes: {
    step: { control: 'select', options: STEPS },
    persist: { control: 'inline-radio', options: PERSIST_MODES },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { persist: 'none', phone: '+1 (555) 010-2000', name: 'Calm Harbor Ketamine Clinic' },
  render: (args) =>
    html`<kc-eligibility-check
      id=${args.id}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      name=${ifDefined(args.name)}
      phone=${ifDefined(args.phone)}
      booking-url=${ifDefined(args['booking-url'])}
      endpoint=${ifDefined(args.endpoint)}
      regions=${ifDefined(args.regions)}
      min-age=${ifDefined(args['min-age'])}
      instruments=${ifDefined(args.instruments)}
      persist=${ifDefined(args.persist)}
      handoff-format=${ifDefined(args['handoff-format'])}
      retry-delay="0"
      .rules=${args.rules}
      .answers=${args.answers}
      .step=${args.step}
    ></kc-eligibility-check>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Step 1. Next on an incomplete step moves focus to a summary that says how many questions still need an answer,
 * with a link to each that moves focus to the question.
 */
export const AboutYou: Story = {
  args: { id: 'about' },
  play: async ({ canvasElement }) => {
    const root = shadow(canvasElement);
    await waitFor(() => expect(heading(canvasElement)).toBe('About you'), LONG);
    await expect(root.querySelector('[part=progress]')!.textContent).toBe('Step 1 of 5');
    await userEvent.click(root.querySelector<HTMLButtonElement>('.nav .kc-button--primary')!);
    await waitFor(() => expect(root.querySelector('[part=error-summary]')).not.toBeNull(), LONG);
    await expect(root.querySelector('[part=error-summary]')!.textContent).toContain('2 questions still need an answer');
    await expect(root.activeElement).toBe(root.querySelector('[part=error-summary] h3'));
    await userEvent.click(root.querySelector<HTMLAnchorElement>('[part=error-summary] a[href="#age"]')!);
    await expect(root.activeElement).toBe(root.querySelector('#age'));
  },
};

/** Step 2: the GAD-7, verbatim, with its unscored difficulty item. */
export const Anxiety: Story = {
  args: { id: 'anxiety', answers: { age: 34, pregnant: false }, step: 'anxiety' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'anxiety');
    const legends = [...shadow(canvasElement).querySelectorAll('fieldset legend')].map((l) => l.textContent);
    await expect(legends[0]).toBe('Feeling nervous, anxious, or on edge');
    await expect(legends).toHaveLength(8);
    await expect(shadow(canvasElement).querySelector('[part=progress]')!.textContent).toBe('Step 2 of 5');
  },
};

/** Step 3: the PHQ-9, verbatim. */
export const Mood: Story = {
  args: { id: 'mood', answers: { ...eligible(), phq9: undefined }, step: 'mood' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'mood');
    const legends = [...shadow(canvasElement).querySelectorAll('fieldset legend')].map((l) => l.textContent);
    await expect(legends).toHaveLength(9);
    await expect(legends[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
  },
};

/** With `instruments="gad7"` the PHQ-9 is left out, but its self-harm question is still asked. */
export const MoodWithoutPhq9: Story = {
  args: { id: 'mood-gad7', instruments: 'gad7', answers: { ...eligible(), phq9: undefined }, step: 'mood' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'mood');
    const legends = [...shadow(canvasElement).querySelectorAll('fieldset legend')].map((l) => l.textContent);
    await expect(legends).toEqual(['Thoughts that you would be better off dead or of hurting yourself in some way']);
  },
};

/** Answering the self-harm question above "Not at all" shows the crisis panel at once, and fires `kc-crisis`. */
export const CrisisPanel: Story = {
  args: { id: 'crisis-panel', answers: { ...eligible(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, null] }, step: 'mood' },
  play: async ({ canvasElement }) => {
    const el = await show(canvasElement, 'mood');
    const crisis = fn();
    el.addEventListener('kc-crisis', crisis);
    await expect(el.shadowRoot!.querySelector('[part=crisis]')).toBeNull();
    await userEvent.click(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="phq9.9"][value="1"]')!);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part=crisis]')).not.toBeNull(), LONG);
    await expect(crisis).toHaveBeenCalledTimes(1);
    const panel = el.shadowRoot!.querySelector('[part=crisis]')!;
    await expect(panel.querySelector('a[href="tel:988"]')).not.toBeNull();
    await expect(panel.querySelector('a[href="sms:988"]')).not.toBeNull();
    await expect(panel.querySelector('a[href="tel:911"]')).not.toBeNull();
    await expect(panel.textContent).toContain('not monitored in real time');
  },
};

/**
 * Forced colours (Windows High Contrast): the chosen answer is outlined in the selection colour and the crisis panel
 * keeps its borders (turn on forced-colors emulation in DevTools → Rendering to see it).
 */
export const ForcedColors: Story = {
  // Forced colours are turned on through Chromium's DevTools protocol: run as a test in Chromium only.
  tags: ['chromium-only'],
  args: { id: 'forced-colors', answers: { ...eligible(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, null] }, step: 'mood' },
  beforeEach: forcedColors,
  play: async ({ canvasElement }) => {
    const el = await show(canvasElement, 'mood');
    await userEvent.click(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="phq9.9"][value="1"]')!);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part=crisis]')).not.toBeNull(), LONG);
    if (!forcedColorsActive()) return; // in Storybook without emulation there is nothing to check
    const option = (value: number) => el.shadowRoot!.querySelector(`input[name="phq9.9"][value="${value}"]`)!.closest('.opt')!;
    const [chosen, other] = [getComputedStyle(option(1)), getComputedStyle(option(0))];
    await expect(chosen.outlineColor).toBe(systemColor('Highlight'));
    await expect(chosen.borderTopColor).not.toBe(other.borderTopColor);
    await expect(other.outlineStyle).toBe('none');
    await expect(getComputedStyle(el.shadowRoot!.querySelector('[part=crisis]')!).borderTopColor).toBe(systemColor('CanvasText'));
  },
};

/** Step 4: treatment history. */
export const History: Story = {
  args: { id: 'history', answers: { ...eligible(), trials: undefined, prescriber: undefined }, step: 'history' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'history');
    await expect(heading(canvasElement)).toBe('Treatment history');
    await expect(shadow(canvasElement).querySelectorAll('input[type=checkbox]')).toHaveLength(10);
  },
};

/** Step 5: the health screen, one yes/no question per published contraindication or caution. */
export const Health: Story = {
  args: { id: 'health', answers: { ...eligible(), health: {} }, step: 'health' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'health');
    await expect(shadow(canvasElement).querySelectorAll('fieldset[data-q^="health."]')).toHaveLength(HEALTH_ITEMS.length);
    await expect(shadow(canvasElement).querySelector('.nav .kc-button--primary')!.textContent!.trim()).toBe('See my result');
  },
};

/** Outcome: eligible, with the scores, their meaning and the booking link. */
export const Eligible: Story = {
  args: { id: 'eligible', answers: eligible(), step: 'result', 'booking-url': 'https://calm-harbor.example/book' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'result');
    await expect(heading(canvasElement)).toBe('You may be a good candidate');
    const text = shadow(canvasElement).querySelector('[part=result]')!.textContent!;
    await expect(text).toContain('This is a screening, not a diagnosis.');
    await expect(text).toContain('Anxiety (GAD-7): 12 out of 21, moderate symptoms');
    await expect(shadow(canvasElement).querySelector('a[href="https://calm-harbor.example/book"]')).not.toBeNull();
  },
};

/** Outcome: review, listing what a clinician will want to discuss and how to reach the clinic. */
export const Review: Story = {
  args: { id: 'review', answers: withHealth('lamotrigine'), step: 'result' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'result');
    await expect(heading(canvasElement)).toBe('A clinician would like to talk with you first');
    const text = shadow(canvasElement).querySelector('[part=result]')!.textContent!;
    await expect(text).toContain('Lamotrigine');
    await expect(shadow(canvasElement).querySelector('[part=result] a[href="tel:+15550102000"]')).not.toBeNull();
  },
};

/**
 * Under the minimum age (or outside `regions`) the screening ends after the first step, but the self-harm question is
 * still asked, on its own, before the result; the result says why the clinic likely can't help and how to reach it.
 */
export const EndsAfterFirstStep: Story = {
  args: { id: 'ends-early', 'min-age': '21', answers: { age: 19, pregnant: false }, step: 'mood' },
  play: async ({ canvasElement }) => {
    const el = await show(canvasElement, 'mood');
    const root = shadow(canvasElement);
    await expect(root.querySelector('[part=progress]')!.textContent).toBe('Step 2 of 2');
    const legends = [...root.querySelectorAll('fieldset legend')].map((l) => l.textContent);
    await expect(legends).toEqual(['Thoughts that you would be better off dead or of hurting yourself in some way']);
    await userEvent.click(root.querySelector<HTMLInputElement>('input[name="phq9.9"][value="0"]')!);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.nav .kc-button--primary')!);
    await waitFor(() => expect(el.step).toBe('result'), LONG);
    const text = root.querySelector('[part=result]')!.textContent!;
    await expect(text).toContain('The clinic treats people aged 21 and over.');
    await expect(text).toContain('call the clinic');
    await expect(root.querySelector('[part=result] a[href="tel:+15550102000"]')).not.toBeNull();
  },
};

/** Outcome: not eligible now (likely: a form can't rule anyone out), saying why without blame, who to call and what else may help. */
export const Ineligible: Story = {
  args: { id: 'ineligible', answers: withHealth('aneurysm'), step: 'result' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'result');
    await expect(heading(canvasElement)).toBe('Ketamine treatment may not be right for you now');
    const text = shadow(canvasElement).querySelector('[part=result]')!.textContent!;
    await expect(text).toContain('This is not about anything you did wrong.');
    await expect(text).toContain('the clinic likely can’t offer ketamine treatment');
    await expect(text).toContain('What else may help');
  },
};

/**
 * Outcome: crisis. The result leads with the crisis resources and never calls the person ineligible; an exclusion the
 * crisis outranks (here pregnancy) is listed after them, under "Why:", with a text that does not imply treatment here.
 */
export const Crisis: Story = {
  args: { id: 'crisis', answers: { ...withSelfHarm(), pregnant: true }, step: 'result' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'result');
    await expect(heading(canvasElement)).toBe('Please reach out for support now');
    const parts = [...shadow(canvasElement).querySelectorAll('[part=crisis], [part=result]')].map((p) => p.getAttribute('part'));
    await expect(parts).toEqual(['crisis', 'result']);
    await expect(shadow(canvasElement).textContent).not.toContain('may not be right for you');
    await expect(shadow(canvasElement).querySelector('[part=result] li')?.textContent).toBe('Pregnancy or breastfeeding');
  },
};

/** The hand-off, against a stand-in endpoint (this story replaces `fetch` while it plays; nothing leaves the browser). */
export const HandOff: Story = {
  args: { id: 'handoff', answers: eligible(), step: 'result', endpoint: 'https://calm-harbor.example/api/intake' },
  play: async ({ canvasElement }) => {
    const el = await show(canvasElement, 'handoff');
    const original = window.fetch;
    const sent = fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response('{}', { status: 201 }));
    window.fetch = sent as unknown as typeof fetch;
    try {
      const root = el.shadowRoot!;
      await waitFor(() => expect(root.querySelector('[part=handoff]')).not.toBeNull(), LONG);
      await userEvent.type(root.querySelector<HTMLInputElement>('#h-name')!, 'Ana');
      await userEvent.type(root.querySelector<HTMLInputElement>('#h-email')!, 'ana@example.com');
      await userEvent.click(root.querySelector<HTMLInputElement>('[name=consent]')!);
      await userEvent.click(root.querySelector<HTMLButtonElement>('[part=handoff] button')!);
      await waitFor(() => expect(root.querySelector('[part=handoff-status]')?.textContent).toContain('Sent.'), LONG);
      await expect(sent).toHaveBeenCalledTimes(1);
      await expect(sent.mock.calls[0]![0]).toBe('https://calm-harbor.example/api/intake');
    } finally {
      window.fetch = original;
    }
  },
};

/**
 * The hand-off as FHIR R4 (`handoff-format="fhir"`): a transaction Bundle, sent as `application/fhir+json`. Once the
 * clinic has it, the patient can copy what they sent. Against a stand-in endpoint, as above.
 */
export const HandOffAsFhir: Story = {
  args: {
    id: 'handoff-fhir',
    answers: eligible(),
    step: 'result',
    endpoint: 'https://calm-harbor.example/fhir-intake',
    'handoff-format': 'fhir',
  },
  play: async ({ canvasElement }) => {
    const el = await show(canvasElement, 'handoff');
    const original = window.fetch;
    const sent = fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(null, { status: 201 }));
    window.fetch = sent as unknown as typeof fetch;
    try {
      const root = el.shadowRoot!;
      await waitFor(() => expect(root.querySelector('[part=handoff]')).not.toBeNull(), LONG);
      await userEvent.type(root.querySelector<HTMLInputElement>('#h-name')!, 'Ana');
      await userEvent.type(root.querySelector<HTMLInputElement>('#h-phone')!, '555 010 3000');
      await userEvent.click(root.querySelector<HTMLInputElement>('[name=consent]')!);
      await userEvent.click(root.querySelector<HTMLButtonElement>('[part=handoff] button')!);
      await waitFor(() => expect(root.querySelector('[part=handoff-copy]')).not.toBeNull(), LONG);
      const init = sent.mock.calls[0]![1]!;
      await expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/fhir+json');
      await expect(JSON.parse(init.body as string)).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
      await expect(root.querySelector('[part=handoff-copy]')!.textContent!.trim()).toBe('Copy what I sent');
    } finally {
      window.fetch = original;
    }
  },
};

/**
 * An endpoint that answers with something other than the documented reply (here a 200 with an HTML sign-in page, as
 * a login wall would): the hand-off is not counted as sent. The patient is told it could not be confirmed, the
 * answers stay, and "Try again" resends the same submission. Against a stand-in endpoint, as above.
 */
export const HandOffNotConfirmed: Story = {
  args: { id: 'handoff-unconfirmed', answers: eligible(), step: 'result', endpoint: 'https://calm-harbor.example/api/intake' },
  play: async ({ canvasElement }) => {
    const el = await show(canvasElement, 'handoff');
    const original = window.fetch;
    const signInPage = () =>
      new Response('<!doctype html><title>Sign in</title>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    const sent = fn(async (_url: RequestInfo | URL, _init?: RequestInit) => signInPage());
    window.fetch = sent as unknown as typeof fetch;
    try {
      const root = el.shadowRoot!;
      await waitFor(() => expect(root.querySelector('[part=handoff]')).not.toBeNull(), LONG);
      await userEvent.type(root.querySelector<HTMLInputElement>('#h-name')!, 'Ana');
      await userEvent.type(root.querySelector<HTMLInputElement>('#h-email')!, 'ana@example.com');
      await userEvent.click(root.querySelector<HTMLInputElement>('[name=consent]')!);
      await userEvent.click(root.querySelector<HTMLButtonElement>('[part=handoff] button')!);
      await waitFor(() => expect(root.querySelector('[part=handoff-status]')?.textContent).toContain('could not confirm'), LONG);
      await expect(root.querySelector('[part=handoff-status]')!.textContent).not.toContain('Sent.');
      await expect(root.querySelector<HTMLInputElement>('#h-email')!.value).toBe('ana@example.com');
    } finally {
      window.fetch = original;
    }
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { id: 'dark', theme: 'dark', answers: withSelfHarm(), step: 'history' },
  play: async ({ canvasElement }) => {
    await show(canvasElement, 'history');
    await expect(shadow(canvasElement).querySelector('[part=base]')!.getAttribute('data-theme')).toBe('dark');
    await expect(shadow(canvasElement).querySelector('[part=crisis]')).not.toBeNull();
  },
};

/** Spanish: the published Spanish PHQ-9; the GAD-7 in English with a note, as its Spanish wording could not be confirmed. */
export const Spanish: Story = {
  args: { id: 'es', lang: 'es', answers: { age: 34, pregnant: false }, step: 'anxiety' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(heading(canvasElement)).toBe('Ansiedad'), LONG);
    const root = shadow(canvasElement);
    await expect(root.textContent).toContain('se muestran en inglés');
    await expect(root.querySelector('fieldset legend')!.getAttribute('lang')).toBe('en');
    const el = widget(canvasElement);
    el.answers = { ...eligible(), phq9: undefined };
    await show(canvasElement, 'mood');
    await expect(root.querySelector('fieldset legend')!.textContent).toBe('Poco interés o placer en hacer cosas');
  },
};

/** Inside a `<kc-clinic>`: the clinic's name, phone, regions and booking link reach the widget. */
export const InsideClinic: Story = {
  args: { id: 'in-clinic', name: undefined, phone: undefined },
  render: (args) =>
    html`<kc-clinic
      name="Calm Harbor Ketamine Clinic"
      phone="+1 (555) 010-2000"
      regions="US-CA US-NY"
      booking-url="https://calm-harbor.example/book"
    >
      <kc-eligibility-check id=${args.id} persist="none"></kc-eligibility-check>
    </kc-clinic>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(heading(canvasElement)).toBe('About you'), LONG);
    const options = () => [...shadow(canvasElement).querySelectorAll('#region option')].map((o) => o.textContent!.trim());
    await waitFor(() => expect(options()).toEqual(['Choose one', 'California', 'New York', 'Somewhere else']), LONG);
  },
};

/** An invalid rule set: each bad key is named with its path (and logged), and the widget does not screen. */
export const InvalidRules: Story = {
  args: { id: 'invalid-rules', rules: { minAge: 17.5, actions: { bipolr: 'exclude' } } as never },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part=config-error]')).not.toBeNull(), LONG);
    const text = shadow(canvasElement).querySelector('[part=config-error]')!.textContent!;
    await expect(text).toContain('rules.minAge');
    await expect(text).toContain('rules.actions.bipolr');
    await expect(shadow(canvasElement).querySelector('form')).toBeNull();
    await expect(shadow(canvasElement).textContent).toContain('This screening is not available right now.');
  },
};
