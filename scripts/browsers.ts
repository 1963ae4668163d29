/**
 * Where the browsers are and how to start them quietly on a machine with no
 * outside network: without the background-networking switches Chromium keeps
 * retrying Google hosts that this sandbox refuses. Shared by the e2e harness,
 * the demo (`npm start`), the icon renderer and the typing bench.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export function chromiumPath(): string {
  return findBinary('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
}

export function firefoxPath(): string {
  return findBinary('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

function findBinary(variable: string, candidates: readonly string[]): string {
  const override = process.env[variable];
  if (override !== undefined && override !== '') return override;
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(`No browser found at ${candidates.join(' or ')}; install it (see README) or set ${variable}.`);
  }
  return found;
}
