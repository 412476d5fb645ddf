// The pages the benchmarks load: a widget among ordinary page text, and the no-JavaScript floor.

const filler = `<p>Our clinic offers ketamine-assisted care for people whose anxiety has not eased with first-line
treatment. Read how it works, check whether it may suit you, and practise the breathing exercises we teach between
sessions. This paragraph stands in for a clinic's own page text around the widget.</p>`;

const style = 'max-width:46rem;margin:auto;font:16px/1.5 Georgia,serif';

/**
 * A clinic page with text above and below one widget (`markup`), loading only `script` (its CDN entry) as the
 * README shows, or with `blocking="render"` (the page's first paint waits until the script has run). `head` goes in the
 * head first (a stylesheet, module preloads); a null `script` loads none (a prerendered or widget-free page).
 */
export function widgetPage(script, markup, { renderBlocking = false, head = '' } = {}) {
  const tag = script ? `<script type="module"${renderBlocking ? ' blocking="render"' : ''} src="${script}"></script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Widget</title>${head}${tag}</head>
<body><main style="${style}"><h1>Calm Harbor Ketamine Clinic</h1>${filler}
${markup}${filler}${filler}<div id="host"></div></main></body></html>`;
}

const GAD7 = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
];
const SCALE = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

/** The same GAD-7 step as plain HTML with no JavaScript: the floor any widget is compared with. */
export function plainGad7Page() {
  const items = GAD7.map(
    (item, i) =>
      `<fieldset><legend>${item}</legend>${SCALE.map(
        (label, v) => `<label><input type="radio" name="q${i}" value="${v}"> ${label}</label>`,
      ).join(' ')}</fieldset>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GAD-7, plain HTML</title></head><body><main style="${style}">
<h1>Calm Harbor Ketamine Clinic</h1>${filler}<form><h2>Over the last 2 weeks, how often have you been bothered by the following problems?</h2>
${items}<button>Next</button></form>${filler}</main></body></html>`;
}

/** When the plain page is usable: its first answer is laid out (runs in the page). */
export const plainReady = () => {
  const answer = document.querySelector('input[type=radio]');
  return !!answer && answer.getBoundingClientRect().height > 0;
};
