// What the example tests do, written once for every engine: examples.node.test.ts runs it in Chromium through
// Playwright, examples-firefox.node.test.ts in Firefox ESR through puppeteer-core (WebDriver BiDi).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { expect } from 'vitest';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the React and Vue examples into `dist/<engine>/` (the plain HTML example needs only the built dist/cdn).
 * One folder per engine: the test files run in parallel, and one build empties its folder first.
 */
export async function buildExamples(engine: string) {
  for (const example of ['react', 'vue']) {
    const configFile = `${root}/examples/${example}/vite.config.ts`;
    await build({ configFile, logLevel: 'error', build: { outDir: `dist/${engine}` } });
  }
}

/**
 * One example page, driven by real mouse and keyboard input. Selectors reach into a widget's shadow root with
 * `>>>` (`#check >>> input[name=age]`); text matches are substrings of the element's text.
 */
export interface ExamplePage {
  click(selector: string, text?: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  /** Picks an option, if the page shows that select at all. */
  selectIfShown(selector: string, value: string): Promise<void>;
  waitForText(selector: string, text: string, timeout?: number): Promise<void>;
  evaluate<Result, Arg>(fn: (arg: Arg) => Result, arg: Arg): Promise<Result>;
  waitForFunction<Arg>(fn: (arg: Arg) => boolean, arg: Arg): Promise<void>;
}

/** The page is ready once the explainer has rendered its tabs. */
export const explainerRendered = () => !!document.querySelector('#explainer')?.shadowRoot?.querySelector('[role=tab]');

/** The theme an element renders with (its own or its clinic's). */
const renderedTheme = (selector: string) =>
  document.querySelector(selector)!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme');

const themeIs = ([selector, theme]: [string, string]) =>
  document.querySelector(selector)!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme') === theme;

/**
 * Answers the first step as a 16-year-old: the screening ends there, gently, after the self-harm question (asked on
 * every path), and sends kc-result.
 */
async function screenAsMinor(page: ExamplePage) {
  await page.fill('#check >>> input[name=age]', '16');
  // Asked only when the clinic lists the regions it serves (the plain HTML page does).
  await page.selectIfShown('#check >>> select[name=region]', 'US-CA');
  await page.click('#check >>> input[name=pregnant][value=false]');
  await page.click('#check >>> button', 'Next');
  await page.click('#check >>> input[name="phq9.9"][value="0"]');
  await page.click('#check >>> button', 'See my result');
}

/** Drives every widget the same way in every framework, and checks the page's handlers saw the events. */
async function exerciseWidgets(page: ExamplePage) {
  // A kc-result handler in the framework shows the outcome.
  await screenAsMinor(page);
  await page.waitForText('#outcome', 'ineligible', 15_000);
  // A kc-section-change handler in the framework updates the page.
  await page.click('#explainer >>> [role=tab]', 'Integration');
  await page.waitForText('#section', 'integration');
  // kc-cta opens the breathing exercise; its kc-breath-complete reaches the framework's handler.
  await page.click('#explainer >>> [part=cta]');
  await page.click('#timer >>> [part~=toggle]');
  await page.waitForText('#practised', '1 breaths', 15_000);
}

/** A theme change in the framework's state reaches the clinic and its widgets. */
async function switchToDarkTheme(page: ExamplePage) {
  await page.click('button', 'Theme:');
  await page.waitForFunction(themeIs, ['#explainer', 'dark']);
}

export interface ExampleScenario {
  title: string;
  should: string;
  /** The page, for the examples built by `buildExamples(engine)`. */
  path(engine: string): string;
  run(page: ExamplePage): Promise<void>;
}

export const scenarios: ExampleScenario[] = [
  {
    title: 'examples/react (React 19)',
    should: 'renders every widget, passes props, and handles kc- events in React handlers',
    path: (engine) => `/examples/react/dist/${engine}/index.html`,
    async run(page) {
      const names = await page.evaluate(
        () =>
          [...document.querySelectorAll('kc-clinic')].map(
            (c) => (c as HTMLElement & { settings: { name?: string } }).settings.name,
          ),
        undefined,
      );
      expect(names).toEqual(['Calm Harbor Ketamine Clinic', 'Calm Harbor (bare tag)']);
      // headingLevel={3} arrived as a property.
      const level = await page.evaluate(
        () =>
          document
            .querySelector('#explainer')!
            .shadowRoot!.querySelector('[role=tabpanel] [role=heading]')!
            .getAttribute('aria-level'),
        undefined,
      );
      expect(level).toBe('3');
      await exerciseWidgets(page);
      // The bare tag's onkc-breath-start prop is a React 19 custom-event listener.
      await page.click('#bare-timer >>> [part~=toggle]');
      await page.waitForText('#practised', 'started (bare tag)');
      await switchToDarkTheme(page);
      expect(await page.evaluate(renderedTheme, '#bare-timer')).toBe('dark');
    },
  },
  {
    title: 'examples/vue (Vue 3)',
    should: 'renders the tags as custom elements, binds attributes and listens with v-on',
    path: (engine) => `/examples/vue/dist/${engine}/index.html`,
    async run(page) {
      expect(await page.evaluate(renderedTheme, '#clinic')).toBe('light');
      await exerciseWidgets(page);
      await switchToDarkTheme(page);
    },
  },
  {
    title: 'examples/html (one script tag from dist/cdn)',
    should: 'upgrades the pasted tags, and a few lines of script hear their events',
    path: () => '/examples/html/index.html',
    async run(page) {
      const settings = await page.evaluate(
        () => (document.querySelector('kc-clinic') as HTMLElement & { settings: object }).settings,
        undefined,
      );
      expect(settings).toMatchObject({ name: 'Calm Harbor Ketamine Clinic', regions: ['US-CA', 'US-NY'] });
      await screenAsMinor(page);
      await page.waitForText('#events li', 'kc-result: ineligible', 15_000);
      await page.click('#explainer >>> [role=tab]', 'Integration');
      await page.waitForText('#events li', 'kc-section-change: integration');
      await page.click('#timer >>> [part~=toggle]');
      await page.waitForText('#events li', 'kc-breath-start');
    },
  },
];
