import { useState } from 'react';
// The wrappers (typed props, onKc… event props) and the JSX typings for the bare tags.
import { Clinic } from 'ketamine-clinic-elements/react';

export function App() {
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  return (
    <main>
      <h1>Calm Harbor Ketamine Clinic</h1>
      <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
        Theme: {theme}
      </button>
      <Clinic id="clinic" name="Calm Harbor Ketamine Clinic" phone="+1 (555) 010-2000" theme={theme}>
        <p>Widgets go here.</p>
      </Clinic>
      {/* React 19 also renders the tags directly, with typed attributes. */}
      <kc-clinic id="bare" theme={theme} name="Calm Harbor (bare tag)" />
    </main>
  );
}
