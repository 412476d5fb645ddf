import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Three projects, one `vitest run`:
 * - unit: pure logic (scoring, rules, schedules, parsers) in Node.
 * - browser: elements in real Chromium (`*.test.ts` outside `*.unit.test.ts` / `*.node.test.ts`).
 * - storybook: every story rendered in Chromium, its `play` run, axe with zero violations.
 * Node-side integration tests (`*.node.test.ts`) drive a built bundle through Playwright.
 */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
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
      {
        test: {
          name: 'browser',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.unit.test.ts', 'tests/**/*.node.test.ts'],
          setupFiles: ['tests/setup/browser.ts'],
          browser: browser(),
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: browser(),
        },
      },
    ],
  },
});
