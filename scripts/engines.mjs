// Firefox and WebKit for the tests, next to Chromium (scripts/chromium.mjs). Nothing is downloaded:
// Debian's `firefox-esr` (driven over WebDriver BiDi by puppeteer-core, no geckodriver) and
// `webkit2gtk-driver` (WebKitWebDriver, which drives the MiniBrowser that WebKitGTK ships) under Xvfb.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

const firefoxCandidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Where one executable is: the environment variable if set, else the first candidate that exists. */
function locate(label, envName, candidates, install) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName} is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(
      `No ${label} found for the browser tests. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${install}\`) ` +
        `or set ${envName}. Looked in: ${candidates.join(', ')}.`,
    );
  return found;
}

/** The Firefox executable: `FIREFOX_PATH`, else Debian's Firefox ESR. */
export function firefoxPath() {
  return locate('Firefox', 'FIREFOX_PATH', firefoxCandidates, 'firefox-esr');
}

/** WebKitWebDriver: `WEBKIT_DRIVER_PATH`, else Debian's `webkit2gtk-driver`. */
export function webkitDriverPath() {
  return locate('WebKitWebDriver', 'WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver'], 'webkit2gtk-driver');
}

/** WebKitGTK's MiniBrowser (in the libwebkit2gtk package's library folder): `MINIBROWSER_PATH`, else found there. */
export function miniBrowserPath() {
  const candidates = [];
  for (const lib of ['/usr/lib', '/usr/lib64', ...listDirs('/usr/lib').filter((dir) => dir.endsWith('-linux-gnu'))])
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) candidates.push(`${lib}/${api}/MiniBrowser`);
  return locate('MiniBrowser (WebKitGTK)', 'MINIBROWSER_PATH', candidates, 'webkit2gtk-driver');
}

function listDirs(dir) {
  try {
    return readdirSync(dir).map((name) => `${dir}/${name}`);
  } catch {
    return [];
  }
}

/** WebDriver capabilities for WebKitGTK's MiniBrowser: WebDriver Classic (the driver has no BiDi), automation mode. */
export function webkitCapabilities() {
  return {
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  };
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; resolves with the display (`:N`) once the server accepts clients. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display itself and writes its number on fd 3 once ready.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.on('error', (error) =>
      reject(new Error(`Could not start Xvfb (Debian/Ubuntu: \`sudo apt-get install -y xvfb\`): ${error.message}`)),
    );
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${stderr}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
}

/** Waits until the WebDriver server answers `/status`. */
async function waitForDriver(url, driver, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}) before it was ready.`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer at ${url} within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts what WebKit needs: Xvfb on a free display (its own, even on a desktop, so the tests never take a
 * developer's window focus) and WebKitWebDriver on a free port, both under this process. `stop()` ends both.
 * @returns {Promise<{ port: number, display: string, stop: () => Promise<void> }>}
 */
export async function startWebKitDriver() {
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  };
  try {
    const display = await startXvfb(children);
    const port = await freePort();
    const driver = spawn(webkitDriverPath(), [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DISPLAY: display },
    });
    children.push(driver);
    await waitForDriver(`http://127.0.0.1:${port}`, driver);
    return { port, display, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
