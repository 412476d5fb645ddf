import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { firefox, focusWindow, webkit } from './scripts/vitest-engines.js';

/**
 * One `vitest run` runs every project:
 * - unit: pure logic (scoring, rules, schedules, parsers) in Node.
 * - browser: elements in real Chromium (`*.test.ts` outside `*.unit.test.ts` / `*.node.test.ts`).
 * - storybook: every story rendered in Chromium, its `play` run, axe with zero violations.
 * - browser-firefox, storybook-firefox: the same in Firefox ESR (WebDriver BiDi through puppeteer-core).
 * - browser-webkit, storybook-webkit: the same in WebKitGTK (WebKitWebDriver and MiniBrowser under Xvfb).
 * Node-side integration tests (`*.node.test.ts`) drive a built bundle through Playwright.
 */
const engines = () => ({
  chromium: {
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
    instances: [{ browser: 'chromium' as const }],
  },
  firefox: { headless: true, provider: firefox(), instances: [{ browser: 'firefox' as const }] },
  // The webdriverio provider calls every WebKit `safari` and refuses headless for it: MiniBrowser runs under Xvfb.
  webkit: { headless: false, provider: webkit(), instances: [{ browser: 'safari' as const }] },
});
type Engine = keyof ReturnType<typeof engines>;

// `ui: false`: the Vitest UI would run in the tested origin and write its own localStorage keys.
// A fresh object per project: Vitest names each project's browser instance in place.
const browser = (engine: Engine) => ({
  enabled: true,
  ui: false,
  screenshotFailures: false,
  commands: { focusWindow },
  ...engines()[engine],
});
const suffix = (engine: Engine) => (engine === 'chromium' ? '' : `-${engine}`);

/**
 * Test files that replace a module with `vi.mock`. Under the Firefox provider (scripts/vitest-engines.ts) a module
 * mock leaks into the other test files running beside it ("Mock … wasn't registered", later steps held back in files
 * that never asked), so these run in Chromium and WebKit only.
 */
const MOCKS_MODULES = ['tests/components/eligibility-check/slow-network.test.ts'];

const browserProject = (engine: Engine): TestProjectInlineConfiguration => ({
  test: {
    name: `browser${suffix(engine)}`,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.unit.test.ts', 'tests/**/*.node.test.ts', ...(engine === 'firefox' ? MOCKS_MODULES : [])],
    setupFiles: ['tests/setup/browser.ts'],
    browser: browser(engine),
  },
});

const storybookProject = (engine: Engine): TestProjectInlineConfiguration => ({
  // Stories tagged `chromium-only` need Chromium's DevTools protocol (forced-colours emulation).
  plugins: [storybookTest({ configDir: '.storybook', tags: engine === 'chromium' ? {} : { exclude: ['chromium-only'] } })],
  test: { name: `storybook${suffix(engine)}`, setupFiles: ['tests/setup/window-focus.ts'], browser: browser(engine) },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.unit.test.ts', 'tests/**/*.node.test.ts'],
          testTimeout: 30_000,
        },
      },
      ...(['chromium', 'firefox', 'webkit'] as const).flatMap((engine) => [browserProject(engine), storybookProject(engine)]),
    ],
  },
});
