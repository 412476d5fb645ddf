import { beforeEach } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Gives the browser window the window system's focus (scripts/vitest-engines.ts). */
    focusWindow: () => Promise<void>;
  }
}

// The test page runs in an iframe; a patient's page has the window's focus. Without it, `:focus-visible` never
// matches and focus moved by script is not shown. Firefox and WebKit keep the iframe unfocused until asked, and
// under Xvfb a native popup (WebKit's `<select>` menu) takes the window's focus and keeps it.
beforeEach(async () => {
  if (document.hasFocus()) return;
  await commands.focusWindow();
  window.focus();
});
