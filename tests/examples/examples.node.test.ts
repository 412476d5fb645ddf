import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';
import { buildExamples, explainerRendered, root, scenarios, type ExamplePage } from './scenarios.js';

/**
 * The framework examples, built and driven in real Chromium as a partner site would run them:
 * React 19 (wrappers and bare tags), Vue 3, and a plain HTML page on the CDN bundle.
 * examples-firefox.node.test.ts runs the same scenarios in Firefox.
 */
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await buildExamples('chromium');
  server = await serveStatic({ root });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Playwright's CSS selectors pierce open shadow roots by themselves: `>>>` becomes a plain descendant. */
const css = (selector: string) => selector.replaceAll(' >>> ', ' ');
const locate = (page: Page, selector: string, text?: string) => page.locator(css(selector), text ? { hasText: text } : {});

function driven(page: Page): ExamplePage {
  return {
    click: (selector, text) => locate(page, selector, text).click(),
    fill: (selector, value) => locate(page, selector).fill(value),
    async selectIfShown(selector, value) {
      const select = locate(page, selector);
      if (await select.count()) await select.selectOption(value);
    },
    waitForText: (selector, text, timeout) => locate(page, selector, text).waitFor({ timeout }),
    // The scenarios pass plain data, never handles, into the page.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => Awaited<ReturnType<typeof fn>>, arg),
    waitForFunction: async (fn, arg) => void (await page.waitForFunction(fn as (arg: unknown) => boolean, arg)),
  };
}

for (const scenario of scenarios) {
  describe(scenario.title, () => {
    it(scenario.should, async () => {
      const page = await browser.newPage();
      // A step that never happens fails on its own selector, well inside the test's 30 s.
      page.setDefaultTimeout(10_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(server.url + scenario.path('chromium'));
      await page.waitForFunction(explainerRendered);
      await scenario.run(driven(page));
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
