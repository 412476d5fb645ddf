// The framework examples in Firefox ESR, driven over WebDriver BiDi by puppeteer-core (no geckodriver): the same
// scenarios examples.node.test.ts runs in Chromium, by real mouse and keyboard input, with no page error or console
// error.
import { launch, type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath } from '../../scripts/engines.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';
import { buildExamples, explainerRendered, root, scenarios, type ExamplePage } from './scenarios.js';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await buildExamples('firefox');
  server = await serveStatic({ root });
  browser = await launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Puppeteer's `>>>` pierces shadow roots; `::-p-text` matches an element by (part of) its text. */
const withText = (selector: string, text?: string) => (text ? `${selector}::-p-text(${JSON.stringify(text)})` : selector);

function driven(page: Page): ExamplePage {
  return {
    click: (selector, text) => page.locator(withText(selector, text)).click(),
    fill: (selector, value) => page.locator(selector).fill(value),
    async selectIfShown(selector, value) {
      const select = await page.$(selector);
      if (select) await select.select(value);
    },
    waitForText: async (selector, text, timeout) => void (await page.waitForSelector(withText(selector, text), { timeout })),
    // The scenarios pass plain data, never handles, into the page.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => Awaited<ReturnType<typeof fn>>, arg),
    waitForFunction: async (fn, arg) => void (await page.waitForFunction(fn as (arg: unknown) => boolean, {}, arg)),
  };
}

for (const scenario of scenarios) {
  describe(`${scenario.title} in Firefox`, () => {
    it(scenario.should, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      // A step that never happens fails on its own selector, well inside the test's 30 s.
      page.setDefaultTimeout(10_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(server.url + scenario.path('firefox'));
      await page.bringToFront();
      await page.waitForFunction(explainerRendered);
      await scenario.run(driven(page));
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
