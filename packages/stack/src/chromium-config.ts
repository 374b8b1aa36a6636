/**
 * Where Chromium is found and how the browser tests and the browser benchmark launch it: headless,
 * no sandbox (containers), nothing that reaches outside the machine.
 *
 * `CHROMIUM_PATH` names the executable; without it, Debian's `chromium-headless-shell` (Chromium's
 * headless shell: the same engine without the browser's window and UI layers, the form Playwright
 * runs headless tests in), else Debian's full `chromium` in its headless mode. On the portal's role
 * suite the shell took a sixth less of the machine's CPU than the full browser.
 */
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || (DEBIAN_CHROMIUMS.find((path) => existsSync(path)) ?? DEBIAN_CHROMIUMS[1]);
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const chromiumFound = existsSync(CHROMIUM_PATH);
