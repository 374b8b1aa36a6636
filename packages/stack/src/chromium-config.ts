/**
 * Where Chromium is found (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`) and how the browser
 * tests and the browser benchmark launch it: headless, no sandbox (containers), nothing that
 * reaches outside the machine.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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
