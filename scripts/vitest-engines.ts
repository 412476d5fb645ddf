/**
 * Vitest browser providers for Firefox and WebKit, next to Playwright's Chromium (vitest.config.ts).
 *
 * - WebKit: `@vitest/browser-webdriverio` connected to WebKitWebDriver, which drives WebKitGTK's MiniBrowser. The
 *   provider starts Xvfb and the driver itself when the first test file opens and stops them on close. The driver
 *   rejects `browserName: 'safari'` (the only WebKit name the webdriverio provider knows), so it is left out.
 * - Firefox: no geckodriver here (its npm package downloads it), and Playwright cannot drive a stock Firefox. This
 *   provider launches Firefox ESR with puppeteer-core over WebDriver BiDi and performs every `userEvent` command with
 *   real input (BiDi `input.performActions`). It reuses the webdriverio provider's in-page locators (they hand the
 *   provider a CSS path with `>>>` when it crosses shadow roots), so it calls itself `webdriverio` to the page.
 */
import { defineBrowserProvider, parseKeyDef } from '@vitest/browser';
import { WebdriverBrowserProvider } from '@vitest/browser-webdriverio';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';
import type { BrowserCommand, BrowserProvider, BrowserProviderOption, TestProject } from 'vitest/node';
import { firefoxPath, startWebKitDriver, webkitCapabilities } from './engines.mjs';
import { focusLargestWindow } from './x11-focus.mjs';

type WebKitDriver = Awaited<ReturnType<typeof startWebKitDriver>>;

/** Ends what a provider started if Vitest exits without closing it (a crash, Ctrl+C). */
const onExit = new Set<() => void>();
process.once('exit', () => onExit.forEach((stop) => stop()));

/** What the webdriverio provider keeps to itself but WebKit needs to change. */
interface WebdriverInternals {
  buildCapabilities(): Record<string, unknown>;
  openBrowser(): Promise<unknown>;
  openPage(sessionId: string, url: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A browser command for the test page: gives the browser window the window system's focus again (WebKit under Xvfb:
 * a native popup, such as a `<select>` menu, takes it and keeps it). Does nothing where the provider has no window.
 */
export const focusWindow: BrowserCommand<[]> = async ({ provider }) => {
  await (provider as { focusWindow?: () => Promise<unknown> }).focusWindow?.();
};

/** WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb). Use with `browser: 'safari'`, headed. */
export function webkit(): BrowserProviderOption {
  return defineBrowserProvider({
    name: 'webdriverio',
    supportedBrowser: ['safari'],
    options: {},
    providerFactory(project) {
      const options: Record<string, unknown> = { logLevel: 'silent', capabilities: webkitCapabilities() };
      const provider = new WebdriverBrowserProvider(project, options);
      const internals = provider as unknown as WebdriverInternals;
      const { buildCapabilities, openBrowser, openPage, close } = internals;
      let driver: WebKitDriver | undefined;
      internals.buildCapabilities = function () {
        const capabilities = buildCapabilities.call(this);
        delete capabilities.browserName;
        return capabilities;
      };
      internals.openBrowser = async function () {
        if (!driver) {
          const started = await startWebKitDriver();
          driver = started;
          onExit.add(() => void started.stop());
          Object.assign(options, { hostname: '127.0.0.1', port: started.port });
        }
        return openBrowser.call(this);
      };
      Object.assign(provider, { focusWindow: async () => driver && (await focusLargestWindow(driver.display)) });
      internals.openPage = async function (sessionId, url) {
        await openPage.call(this, sessionId, url);
        // Under Xvfb no window manager gives the window focus, so the page never has it (document.hasFocus() is
        // false: no :focus-visible, and focus moved by script is not shown). A patient's browser window has it.
        if (driver) await focusLargestWindow(driver.display);
      };
      internals.close = async function () {
        try {
          await close.call(this);
        } finally {
          await driver?.stop();
          driver = undefined;
        }
      };
      return provider as unknown as BrowserProvider;
    },
  });
}

const require = createRequire(import.meta.url);

/** Finds an element by the CSS path the webdriverio locators send: `>>>` marks a path that crosses shadow roots. */
function findDeep(path: string): Element | null {
  if (!path.startsWith('>>>')) return document.querySelector(path);
  const steps = path.slice(3).split(' > ');
  let candidates: Element[] = [document.documentElement].filter((element) => element.matches(steps[0]!));
  for (const step of steps.slice(1)) {
    candidates = candidates.flatMap((parent) =>
      [...parent.children, ...(parent.shadowRoot?.children ?? [])].filter((child) => child.matches(step)),
    );
  }
  return candidates[0] ?? null;
}

interface FirefoxContext extends Record<string, unknown> {
  page: Page;
  /** Gives the tab the window's focus again if it lost it. */
  focusTab: () => Promise<void>;
  frame: () => Promise<Frame>;
  element: (selector: string) => Promise<ElementHandle<Element>>;
}

/** The keys Firefox can press by name; anything else (a letter, a space) is sent as the character it is. */
function keyName(key: string): KeyInput {
  return (key === 'Space' ? ' ' : key) as KeyInput;
}

async function pressKeys(page: Page, text: string, pressed: Set<string>, selectAll: () => Promise<void>, release: boolean) {
  for (const { releasePrevious, releaseSelf, repeat, keyDef } of parseKeyDef(text)) {
    const key = keyDef.key ?? '';
    if (pressed.has(key)) {
      await page.keyboard.up(keyName(key));
      pressed.delete(key);
    }
    if (releasePrevious) continue;
    if (key === 'selectall') {
      await selectAll();
      continue;
    }
    for (let i = 0; i < repeat; i++) await page.keyboard.down(keyName(key));
    if (releaseSelf) await page.keyboard.up(keyName(key));
    else pressed.add(key);
  }
  if (release) for (const key of pressed) await page.keyboard.up(keyName(key));
}

/** Gives the test iframe the window's focus, as a patient's first click or Tab into it would. */
const focusIframe = () => {
  if (!document.hasFocus()) window.focus();
};

const selectActive = () => {
  const active = document.activeElement as HTMLInputElement | null;
  if (active && typeof active.select === 'function') active.select();
};

type Command<Args extends unknown[]> = (context: FirefoxContext, ...args: Args) => Promise<unknown>;
const unsupported = (name: string) => async () => {
  throw new Error(`userEvent.${name} is not supported in Firefox here (scripts/vitest-engines.ts).`);
};

const firefoxCommands: Record<string, Command<never[]>> = {
  __vitest_click: (async (context, selector: string) => (await context.element(selector)).click()) as Command<never[]>,
  __vitest_dblClick: (async (context, selector: string) => (await context.element(selector)).click({ count: 2 })) as Command<
    never[]
  >,
  __vitest_tripleClick: (async (context, selector: string) => (await context.element(selector)).click({ count: 3 })) as Command<
    never[]
  >,
  __vitest_hover: (async (context, selector: string) => (await context.element(selector)).hover()) as Command<never[]>,
  __vitest_clear: (async (context, selector: string) => {
    const element = await context.element(selector);
    await element.evaluate((input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
  }) as Command<never[]>,
  __vitest_fill: (async (context, selector: string, text: string) => {
    const element = await context.element(selector);
    await element.focus();
    await element.evaluate((input) => (input as HTMLInputElement).select?.());
    if (text) await context.page.keyboard.type(text);
    else await context.page.keyboard.press('Backspace');
  }) as Command<never[]>,
  __vitest_type: (async (
    context,
    selector: string,
    text: string,
    options: { skipClick?: boolean; skipAutoClose?: boolean } = {},
  ) => {
    const unreleased = new Set<string>(Reflect.get(options, 'unreleased') ?? []);
    const element = await context.element(selector);
    if (!options.skipClick) await element.focus();
    const frame = await context.frame();
    await pressKeys(context.page, text, unreleased, () => frame.evaluate(selectActive), !options.skipAutoClose);
    return { unreleased: [...unreleased] };
  }) as Command<never[]>,
  __vitest_keyboard: (async (context, text: string, state: { unreleased?: string[] }) => {
    await context.focusTab();
    const frame = await context.frame();
    await frame.evaluate(focusIframe);
    const pressed = new Set(state.unreleased ?? []);
    await pressKeys(context.page, text, pressed, () => frame.evaluate(selectActive), false);
    return { unreleased: [...pressed] };
  }) as Command<never[]>,
  __vitest_cleanup: (async (context, state: { unreleased?: string[] }) => {
    for (const key of state.unreleased ?? []) await context.page.keyboard.up(keyName(key));
  }) as Command<never[]>,
  __vitest_tab: (async (context, options: { shift?: boolean } = {}) => {
    await context.focusTab();
    await (await context.frame()).evaluate(focusIframe);
    if (options.shift) await context.page.keyboard.down('Shift');
    await context.page.keyboard.press('Tab');
    if (options.shift) await context.page.keyboard.up('Shift');
  }) as Command<never[]>,
  __vitest_selectOptions: (async (context, selector: string, values: { index: number }[]) => {
    const element = await context.element(selector);
    await element.evaluate((select, index) => {
      const control = select as HTMLSelectElement;
      control.selectedIndex = index;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }, values[0]?.index ?? -1);
  }) as Command<never[]>,
  __vitest_wheel: (async (context, selector: string, options: { delta: { x?: number; y?: number }; times?: number }) => {
    await (await context.element(selector)).hover();
    for (let i = 0; i < (options.times ?? 1); i++)
      await context.page.mouse.wheel({ deltaX: options.delta.x ?? 0, deltaY: options.delta.y ?? 0 });
  }) as Command<never[]>,
  __vitest_viewport: (async (context, viewport: { width: number; height: number }) =>
    context.page.setViewport(viewport)) as Command<never[]>,
  __vitest_upload: unsupported('upload'),
  __vitest_dragAndDrop: unsupported('dragAndDrop'),
  __vitest_takeScreenshot: unsupported('screenshot'),
};

class FirefoxProvider implements BrowserProvider {
  readonly name = 'webdriverio';
  readonly supportsParallelism = false;
  readonly initScripts = [join(dirname(require.resolve('@vitest/browser-webdriverio')), 'locators.js')];
  private browser: Browser | undefined;
  private page: Page | undefined;
  private closing = false;

  constructor(private readonly project: TestProject) {
    for (const [name, command] of Object.entries(firefoxCommands))
      project.browser!.registerCommand(name as never, command as never);
  }

  // The page's locators ask the webdriverio provider to enter and leave the test iframe; this provider always
  // looks inside the iframe, so there is nothing to switch.
  async switchToTestFrame() {}
  async switchToMainFrame() {}

  /** Activates the tab when its window has lost the focus (another browser window took it). */
  async focusWindow() {
    const page = this.page;
    if (page && !(await page.evaluate(() => document.hasFocus()))) await page.bringToFront();
  }

  private async testFrame(): Promise<Frame> {
    const page = this.page;
    if (!page) throw new Error('Firefox has no page open.');
    const iframe = await page.waitForSelector('iframe[data-vitest]', { timeout: 5_000 });
    const frame = await iframe!.contentFrame();
    if (!frame) throw new Error('The Vitest test iframe has no document.');
    return frame;
  }

  getCommandsContext(): FirefoxContext {
    const page = this.page;
    if (!page) throw new Error('Firefox has no page open.');
    const frame = () => this.testFrame();
    return {
      page,
      focusTab: () => this.focusWindow(),
      frame,
      element: async (selector) => {
        const handle = await (await frame()).evaluateHandle(findDeep, selector);
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (!element) throw new Error(`No element matches ${selector} in Firefox.`);
        return element;
      },
    };
  }

  async openPage(_sessionId: string, url: string) {
    if (this.closing) throw new Error('[vitest] The provider was closed.');
    if (!this.browser) {
      const { launch } = await import('puppeteer-core');
      this.browser = await launch({
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: this.project.config.browser.headless,
        // A closed network: no updates, telemetry or remote settings.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          // Firefox's own test harness setting: a window counts as focused even when the OS gives it no focus.
          'focusmanager.testmode': true,
        },
      });
      const browser = this.browser;
      onExit.add(() => browser.process()?.kill('SIGKILL'));
    }
    if (!this.page) {
      // A new tab, not the one Firefox opens with: only a tab opened through BiDi can be activated (given focus).
      this.page = await this.browser.newPage();
      const { width, height } = this.project.config.browser.viewport;
      await this.page.setViewport({ width, height });
    }
    await this.page.goto(url, { timeout: 0 });
    // A patient's page has the window's focus; a headless window has none until it is activated.
    await this.page.bringToFront();
  }

  async close() {
    this.closing = true;
    const browser = this.browser;
    this.browser = undefined;
    this.page = undefined;
    await browser?.close();
  }
}

/** Firefox (Firefox ESR over WebDriver BiDi through puppeteer-core). Use with `browser: 'firefox'`. */
export function firefox(): BrowserProviderOption {
  return defineBrowserProvider({
    name: 'webdriverio',
    supportedBrowser: ['firefox'],
    options: {},
    providerFactory: (project) => new FirefoxProvider(project),
  });
}
