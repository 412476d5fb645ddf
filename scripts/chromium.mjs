// Where the tests find a browser. Playwright never downloads one here: the tests
// use the system Chromium (Debian's package, /usr/bin/chromium), or CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium executable: `CHROMIUM_PATH` if set, else the first system Chromium found. Throws a clear error when there is none. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        `or set CHROMIUM_PATH to a Chromium or Chrome executable. Looked in: ${candidates.join(', ')}.`,
    );
  return found;
}

/** Flags for a headless Chromium on a machine with a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launches the system Chromium headless with those flags (plus `extraArgs`). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...extraArgs] });
}
