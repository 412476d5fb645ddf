import { useState } from 'react';
// The wrappers: typed props and onKc… event props. Importing them registers the elements.
import { BreathworkTimer, Clinic, EligibilityCheck, Explainer } from 'ketamine-clinic-elements/react';

export function App() {
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [breathing, setBreathing] = useState(false);
  const [section, setSection] = useState('gap');
  const [practised, setPractised] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  return (
    <main>
      <h1>Calm Harbor Ketamine Clinic</h1>
      <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
        Theme: {theme}
      </button>
      <Clinic id="clinic" name="Calm Harbor Ketamine Clinic" phone="+1 (555) 010-2000" theme={theme}>
        <h2>Is ketamine treatment right for me?</h2>
        <EligibilityCheck id="check" persist="none" onKcResult={(event) => setOutcome(event.detail.outcome)} />
        {outcome && <p id="outcome">Outcome: {outcome}</p>}
        <h2>How it works</h2>
        <p id="section">Reading: {section}</p>
        <Explainer
          id="explainer"
          layout="tabs"
          headingLevel={3}
          onKcSectionChange={(event) => setSection(event.detail.id)}
          onKcCta={() => setBreathing(true)}
        />
        {breathing && (
          <section aria-label="Breathing exercise">
            <BreathworkTimer
              id="timer"
              pattern="2-0-2-0"
              cycles="1"
              onKcBreathComplete={(event) => setPractised(`${event.detail.cycles} breaths`)}
            />
          </section>
        )}
        {practised && <p id="practised">Practised: {practised}</p>}
      </Clinic>
      {/* React 19 also renders the tags directly, with typed attributes and onkc-… events. */}
      <kc-clinic id="bare" theme={theme} name="Calm Harbor (bare tag)">
        <kc-breathwork-timer id="bare-timer" pattern="box" onkc-breath-start={() => setPractised('started (bare tag)')} />
      </kc-clinic>
    </main>
  );
}
