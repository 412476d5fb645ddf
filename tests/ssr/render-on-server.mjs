// Renders widgets to HTML with declarative shadow DOM, in plain Node, from the built npm package,
// as a server-rendering framework would. Prints the HTML on stdout.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { preloadLocale } from 'ketamine-clinic-elements';
import 'ketamine-clinic-elements/define';

const lang = process.argv[2] ?? 'en';
// A server cannot wait for a lazy load mid-render: load the page's language first.
await preloadLocale(lang);
const page = html`<kc-clinic name="Calm Harbor" phone="+1 555 010 2000" lang=${lang}>
  <kc-explainer id="explainer" layout="tabs" sections="gap dmn window" lang=${lang}></kc-explainer>
  <kc-breathwork-timer id="timer" pattern="box" lang=${lang}></kc-breathwork-timer>
  <kc-eligibility-check id="check" persist="none" lang=${lang}></kc-eligibility-check>
</kc-clinic>`;
process.stdout.write(await collectResult(render(page)));
