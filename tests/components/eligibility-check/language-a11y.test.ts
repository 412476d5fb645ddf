import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it, vi } from 'vitest';
import { type EligibilityAnswers } from '../../../src/components/eligibility-check/answers.js';
import es from '../../../src/components/eligibility-check/locales/es.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { eligibleAnswers } from './fixtures.js';
import { $, $$, at, heading, mount, settle, quietConsole } from './helpers.js';

quietConsole();

describe('<kc-eligibility-check>: language and accessibility', () => {
  it('speaks Spanish, with the published Spanish PHQ-9 and the GAD-7 in English, marked and explained', async () => {
    const el = await at('anxiety', eligibleAnswers(), html`<kc-eligibility-check lang="es"></kc-eligibility-check>`);
    await vi.waitFor(() => expect(heading(el)).toBe('Ansiedad'));
    expect($(el, '[part=progress]')!.textContent).toBe('Paso 2 de 5');
    expect(el.shadowRoot!.textContent).toContain(es.gad7.note);
    expect($(el, 'fieldset[data-q="gad7.1"] legend')!.getAttribute('lang')).toBe('en');
    expect($(el, 'fieldset[data-q="gad7.1"] legend')!.textContent).toBe('Feeling nervous, anxious, or on edge');
    el.step = 'mood';
    await settle(el);
    expect($$(el, 'fieldset legend').map((l) => l.textContent)).toEqual(es.phq9.items);
    expect($(el, 'fieldset legend')!.hasAttribute('lang')).toBe(false);
    expect($$(el, 'fieldset[data-q="phq9.1"] label').map((l) => l.textContent)).toEqual([
      'Ningún día',
      'Varios días',
      'Más de la mitad de los días',
      'Casi todos los días',
    ]);
  });

  it('reads name, phone, endpoint, regions, theme and language from the surrounding <kc-clinic>', async () => {
    const clinic = await fixture(
      html`<kc-clinic
        name="Calm Harbor"
        phone="555 010 2000"
        regions="US-CA"
        theme="dark"
        lang="es"
        endpoint="https://calm.example/intake"
        ><kc-eligibility-check></kc-eligibility-check
      ></kc-clinic>`,
    );
    const el = clinic.querySelector('kc-eligibility-check')!;
    await settle(el);
    await vi.waitFor(() => expect(heading(el)).toBe('Sobre usted'));
    expect($(el, '[part=base]')!.dataset.theme).toBe('dark');
    expect($$<HTMLOptionElement>(el, '#region option').map((o) => o.value)).toEqual(['', 'US-CA', 'other']);
    el.answers = { ...eligibleAnswers(), region: 'US-CA' };
    el.step = 'handoff';
    await settle(el);
    expect(el.step).toBe('handoff');
    await vi.waitFor(() =>
      expect(el.shadowRoot!.textContent).toContain('Acepto enviar mis respuestas y mis datos de contacto a Calm Harbor'),
    );
  });

  const ALL_STEPS = ['about', 'anxiety', 'mood', 'history', 'health', 'result', 'handoff'] as const;
  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations on any step (${lang}, ${theme}), with errors and the crisis panel showing`, async () => {
        const answers = { ...eligibleAnswers(), phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] as EligibilityAnswers['phq9'] };
        const el = await mount(
          html`<kc-eligibility-check
            lang=${lang}
            theme=${theme}
            regions="US-CA"
            phone="555 010 2000"
            endpoint="https://calm.example/intake"
            booking-url="https://calm.example/book"
          ></kc-eligibility-check>`,
        );
        await expectNoAxeViolations(el);
        $<HTMLButtonElement>(el, '.nav .kc-button--primary')!.click();
        await settle(el);
        expect($(el, '[part=error-summary]')).not.toBeNull();
        await expectNoAxeViolations(el);
        el.answers = { ...answers, region: 'US-CA' };
        for (const step of ALL_STEPS) {
          el.step = step;
          await settle(el);
          await vi.waitFor(() => expect(el.step).toBe(step));
          if (step === 'handoff') await vi.waitFor(() => expect($(el, '[part=handoff]')).not.toBeNull());
          await expectNoAxeViolations(el);
        }
      });
    }
  }
});
