// What the hardening tests (tests/hardening/) and the benchmarks (bench/) need to know about each element:
// ONE entry per tag. Everything else they find by themselves: the element folders (scripts/components.mjs) and
// each element's attributes and properties (custom-elements.json). A new element folder without an entry here
// makes them fail with a message saying to add one (DEVELOPERS.md: "Hardening and bench tables").
//
// Every function below runs INSIDE the page (Playwright serialises it, the browser tests call it directly), so it
// must be an arrow function that uses only its arguments and browser globals: no imports, no outer variables.
// Selectors are looked up in the element's shadow root.

/** @type {Record<string, import('./widgets.d.mts').WidgetSpec>} */
export const WIDGETS = {
  'kc-clinic': {
    summary: 'shares one clinic’s settings with the widgets inside it',
    attributes: {
      name: 'Calm Harbor Ketamine Clinic',
      phone: '+1 (555) 010-2000',
      'booking-url': 'https://calm-harbor.example/book',
      regions: 'US-CA US-NY',
    },
    ready: (el) => !!el.shadowRoot?.querySelector('[part~=base] slot'),
    readyLabel: 'its slot rendered',
    works: (el) =>
      el.settings?.name === 'Calm Harbor Ketamine Clinic' && el.settings?.bookingUrl === 'https://calm-harbor.example/book',
    passive: 'it has no controls of its own: it shares settings with the widgets inside it',
    click: null,
    keyboard: null,
    session: null,
    patientInput: null,
  },

  'kc-explainer': {
    summary: 'plain-language explainer with tabs or an accordion',
    attributes: { reviewed: '2025-01-15' },
    // Tabs (wide) or stack: the first shown panel has painted text. Accordion (narrow): the section headings have.
    ready: (el) => {
      const shown = el.shadowRoot?.querySelector('.panel:not([hidden]) p, button.toggle');
      return !!shown && shown.getBoundingClientRect().height > 0 && !!shown.textContent?.trim();
    },
    readyLabel: 'first panel painted',
    works: null,
    passive: null,
    // The tab of the second section (tabs layout) and its heading button (accordion) share this id.
    click: () => ({ target: '#kc-tab-dmn', expect: '#kc-panel-dmn:not([hidden])', label: 'tab click' }),
    keyboard: (el) =>
      el.currentLayout === 'tabs'
        ? { reach: '[role=tab][tabindex="0"]', press: 'End', expect: '#kc-panel-integration:not([hidden])' }
        : { reach: 'button.toggle', press: 'Enter', expect: '#kc-panel-gap:not([hidden])' },
    // Mid-interaction: another section chosen, its sources open.
    session: {
      attributes: {},
      prepare: null,
      click: '#kc-tab-window',
      active: (el) => !el.shadowRoot.querySelector('#kc-panel-window').hidden,
      holds: ['listeners'],
    },
    patientInput: null,
    hostileConfig: (payload) => [
      { content: { gap: { heading: payload, takeaway: payload }, dmn: { takeaway: payload } } },
      { content: JSON.stringify({ gap: { heading: payload, takeaway: payload } }) },
    ],
    showsHostileConfig: true,
  },

  'kc-breathwork-timer': {
    summary: 'guided breathing timer',
    attributes: {},
    ready: (el) => {
      const start = el.shadowRoot?.querySelector('[part~=toggle]');
      return !!start && !start.disabled && start.getBoundingClientRect().height > 0;
    },
    readyLabel: 'Start button ready',
    works: null,
    passive: null,
    click: () => ({ target: '[part~=toggle]', expect: '[part~=stop]', label: 'Start click' }),
    keyboard: () => ({ reach: '[part~=timer]', press: 'Space', expect: '[part~=stop]' }),
    // Running, with tones (sound.js must have loaded: its volume slider shows) and vibration.
    session: {
      attributes: { sound: '', haptics: '' },
      prepare: async (el) => {
        for (let i = 0; i < 600 && !el.shadowRoot.querySelector('input[type=range]'); i++)
          await new Promise((r) => setTimeout(r, 10));
      },
      click: '[part~=toggle]',
      active: (el) => el.state === 'running',
      // It sleeps on a timeout until the next change (a new second or a phase), never on frames.
      holds: ['timeouts', 'intervals', 'listeners', 'wakeLocks', 'audio'],
    },
    // The optional reflection line after a session. A clock the function moves ends one breath at once.
    patientInput: {
      attributes: { pattern: '2-0-2-0', cycles: '1' },
      sessionStorage: false,
      type: async (el, secret) => {
        let t = 0;
        const due = [];
        el.clock = {
          now: () => t,
          wake: (callback, after = 0) => {
            const entry = { at: t + Math.max(after, 1), callback };
            due.push(entry);
            return () => due.includes(entry) && due.splice(due.indexOf(entry), 1);
          },
        };
        let sent = false;
        el.addEventListener('kc-breath-reflection', (e) => (sent = e.detail.text === secret));
        el.shadowRoot.querySelector('[part~=toggle]').click();
        for (let i = 0; el.state !== 'complete'; i++) {
          if (i > 100_000) throw new Error(`the timer never completed (state ${el.state})`);
          t += 16;
          for (const entry of due.filter((d) => d.at <= t)) {
            due.splice(due.indexOf(entry), 1);
            entry.callback();
          }
          if (i % 50 === 0) await new Promise((r) => setTimeout(r));
        }
        let form;
        for (let i = 0; i < 500 && !(form = el.shadowRoot.querySelector('[part=reflection]')); i++)
          await new Promise((r) => setTimeout(r, 10));
        const input = form.querySelector('input');
        input.focus();
        input.value = secret;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: secret }));
        form.requestSubmit();
        await el.updateComplete;
        return sent;
      },
    },
  },

  'kc-eligibility-check': {
    summary: 'eligibility screening (GAD-7, PHQ-9, contraindications) with a consented hand-off',
    attributes: { 'retry-delay': '0' },
    // The first step's questions (or, put back after a removal mid-hand-off, the hand-off form) can be answered.
    ready: (el) => {
      const answer = el.shadowRoot?.querySelector('[part~=form] input, [part=handoff] input');
      return !!answer && !answer.disabled && answer.getBoundingClientRect().height > 0;
    },
    readyLabel: 'first question interactive',
    // An invalid min-age: no screening with a minimum age the clinic did not choose; the notice names it.
    refused: (el) =>
      (el.shadowRoot?.querySelector('[part=config-error]')?.textContent ?? '').includes('min-age:') &&
      !el.shadowRoot.querySelector('[part~=form]'),
    works: null,
    passive: null,
    click: () => ({
      target: '[part~=question] input[type=radio]',
      expect: '[part~=question] input[type=radio]:checked',
      label: 'answer click',
    }),
    keyboard: () => ({
      reach: '[part~=question] input[type=radio]',
      press: 'Space',
      expect: '[part~=question] input[type=radio]:checked',
    }),
    // A hand-off in flight: an eligible patient's answers, contact and consent, then Send to an endpoint that never answers.
    session: {
      attributes: { endpoint: '{endpoint}', name: 'Calm Harbor' },
      prepare: async (el) => {
        const health = Object.fromEntries(
          [
            'psychosis',
            'psychosisFamily',
            'bipolar',
            'hypertension',
            'aneurysm',
            'brainBleed',
            'heart',
            'liver',
            'substance',
            'ketamineReaction',
            'seizures',
            'breathingEyeThyroid',
            'bladder',
            'benzodiazepines',
            'lamotrigine',
            'maoi',
            'stimulants',
          ].map((i) => [i, false]),
        );
        el.answers = {
          age: 40,
          pregnant: false,
          gad7: [2, 2, 2, 2, 2, 2, 2],
          phq9: [1, 1, 1, 1, 0, 0, 0, 0, 0],
          trials: 2,
          prescriber: true,
          health,
        };
        el.step = 'handoff';
        let form;
        for (let i = 0; i < 500 && !(form = el.shadowRoot.querySelector('[part=handoff]')); i++)
          await new Promise((r) => setTimeout(r, 10));
        for (const [name, value] of [
          ['name', 'Ana'],
          ['email', 'ana@example.com'],
          ['consent', true],
        ]) {
          const input = form.querySelector(`[name=${name}]`);
          if (value === true) input.checked = true;
          else input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
        await el.updateComplete;
      },
      click: '[part=handoff] button',
      active: (el) => !!el.shadowRoot.querySelector('[part=handoff] button[disabled]'),
      holds: ['fetches'],
    },
    patientInput: {
      attributes: {},
      sessionStorage: true,
      type: async (el, secret) => {
        const age = el.shadowRoot.querySelector('[part~=form] input:not([type=radio])');
        age.focus();
        age.value = secret;
        age.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: secret }));
        await el.updateComplete;
        return true;
      },
    },
    hostileConfig: (payload) => [{ rules: { minAge: payload, regions: [payload], actions: { [payload]: payload } } }],
    showsHostileConfig: false,
  },
};

/** The entry for `tag`; throws, saying what to do, when there is none. */
export function widgetSpec(tag) {
  const spec = WIDGETS[tag];
  if (!spec)
    throw new Error(
      `<${tag}> has no entry in tests/hardening/widgets.mjs. Every element folder needs one: how to tell it is ready, ` +
        'how to operate it, what a session holds and where a patient types (see DEVELOPERS.md, "Hardening and bench tables").',
    );
  return spec;
}

/** The table's entries for these tags (throws for a tag without one), and any entry for a tag that no longer exists. */
export function specsFor(tags) {
  const stale = Object.entries(WIDGETS)
    .filter(([tag]) => !tags.includes(tag))
    .map(([tag]) => tag);
  if (stale.length)
    throw new Error(`tests/hardening/widgets.mjs has entries for ${stale.join(', ')}, which no element folder defines.`);
  return tags.map((tag) => [tag, widgetSpec(tag)]);
}

/** A widget's markup with `attributes` (and the entry's own); `{endpoint}` becomes `endpoint`. */
export function markup(tag, attributes = {}, endpoint = '') {
  const all = { ...widgetSpec(tag).attributes, ...attributes };
  const escape = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attrs = Object.entries(all)
    .map(([name, value]) => (value === '' ? name : `${name}="${escape(value.replace('{endpoint}', endpoint))}"`))
    .join(' ');
  return `<${tag}${attrs ? ` ${attrs}` : ''}></${tag}>`;
}
