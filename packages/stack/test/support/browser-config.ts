/**
 * Where the browser tests find Chromium (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`) and
 * how they launch it. Without an executable the browser suites are reported as skipped.
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
