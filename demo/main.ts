// The demo clinic page: registers every element from source and wires the theme
// and language switches to the <kc-clinic> around the widgets.
import '../src/define.js';

const clinic = document.querySelector('kc-clinic')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;

function applyTheme() {
  clinic.theme = theme.value;
  const dark = theme.value === 'dark' || (theme.value === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.pageTheme = dark ? 'dark' : 'light';
}

theme.addEventListener('change', applyTheme);
lang.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  clinic.lang = lang.value;
});
applyTheme();

// Show which events arrive, never their answers: a host page decides what to do with them.
const summaries: Record<string, (detail: Record<string, unknown>) => string> = {
  'kc-result': (d) => `outcome: ${String(d.outcome)}`,
  'kc-step-change': (d) => `step ${Number(d.index) + 1} of ${String(d.total)}`,
  'kc-section-change': (d) => `section: ${String(d.id)} (${String(d.via)})`,
  'kc-breath-phase': (d) => `${String(d.phase)}, cycle ${String(d.cycle)}`,
};
for (const type of Object.keys(summaries).concat([
  'kc-crisis',
  'kc-cta',
  'kc-submit',
  'kc-submit-success',
  'kc-submit-error',
  'kc-breath-start',
  'kc-breath-pause',
  'kc-breath-resume',
  'kc-breath-complete',
  'kc-breath-stop',
])) {
  document.addEventListener(type, (event) => {
    const detail = ((event as CustomEvent).detail ?? {}) as Record<string, unknown>;
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${type}${summaries[type] ? ` — ${summaries[type](detail)}` : ''}`;
    log.prepend(item);
    while (log.children.length > 12) log.lastElementChild?.remove();
  });
}
