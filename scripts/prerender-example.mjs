// `npm run examples:prerender`: writes the prerendered paste into examples/html/index.html, between its
// `prerendered` markers, from the clinic block in examples/html/clinic.snippet.html (after `npm run build`).
// Run it again after changing a widget's first view: prerendered HTML matches the build it was rendered with.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prerender } from '../bin/prerender.mjs';

const dir = fileURLToPath(new URL('../examples/html/', import.meta.url));
const snippet = readFileSync(`${dir}clinic.snippet.html`, 'utf8').replace(/^<!--[\s\S]*?-->\s*/, '');
const { head, body, cspStyleSources } = await prerender(snippet, { cdn: '../../dist/cdn/' });
const page = readFileSync(`${dir}index.html`, 'utf8');
const between = (text, name, content) => {
  const pattern = new RegExp(`(<!-- ${name}:start[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(text)) throw new Error(`examples/html/index.html has no ${name}:start / ${name}:end markers.`);
  return text.replace(pattern, (_, start, end) => `${start}\n${content}\n${end}`);
};
writeFileSync(`${dir}index.html`, between(between(page, 'prerendered-head', head), 'prerendered', body.trim()));
console.log(`examples/html/index.html: prerendered; its CSP would add style-src ${cspStyleSources.join(' ')}`);
