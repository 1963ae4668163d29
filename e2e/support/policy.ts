/**
 * An organisation's policy for one e2e browser, in the very place the browser
 * reads it — Chromium: `/etc/chromium/policies/managed/*.json` with
 * `3rdparty.extensions.<extension id>`; Firefox: `policies.json` in the
 * `distribution` folder of its installation with
 * `policies.3rdparty.Extensions.<gecko id>` — without touching the machine:
 * the folder is a temporary copy mounted over the real one in a private mount
 * namespace of that browser process only (in-namespace.sh). Other browsers of
 * the same run, other worktrees and the user's own browser never see it, and
 * nothing is left behind if the run is killed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_TEST_ID, GECKO_ID } from '../../scripts/manifest.ts';
import { chromiumPath, firefoxPath } from '../../scripts/browsers.ts';
import type { BrowserName } from './harness.ts';

const WRAPPER = fileURLToPath(new URL('./in-namespace.sh', import.meta.url));
/** Where Debian's Chromium reads policies (Google Chrome: /etc/opt/chrome). */
export const CHROMIUM_POLICY_ROOT = '/etc/chromium';

export interface PolicyLaunch {
  /** The browser to start instead of the real binary (the wrapper). */
  readonly executablePath: string;
  /** Environment for the browser process: the wrapper reads what to mount from it. */
  readonly env: Record<string, string>;
  /** The policy file as the browser sees it. */
  readonly policyPath: string;
  readonly cleanup: () => void;
}

/** The folder mounted over (symbolic links resolved: Debian links Firefox's distribution folder to /usr/share). */
function target(browserName: BrowserName): string {
  const folder = browserName === 'chromium' ? CHROMIUM_POLICY_ROOT : join(dirname(realpathSync(firefoxPath())), 'distribution');
  return existsSync(folder) ? realpathSync(folder) : folder;
}

/** Why a policy cannot be given to this browser here, or undefined if it can. */
export function policyUnsupported(browserName: BrowserName): string | undefined {
  const folder = target(browserName);
  if (!existsSync(folder)) return `${folder} does not exist, so there is nothing to mount the policy over`;
  const scratch = mkdtempSync(join(tmpdir(), 'silence-guard-policy-probe-'));
  try {
    const probe = spawnSync(WRAPPER, [], {
      env: { ...process.env, SG_BIND_SOURCE: scratch, SG_BIND_TARGET: folder, SG_BROWSER: 'true' },
      encoding: 'utf8',
    });
    if (probe.status !== 0) {
      return `cannot mount a policy folder in a private namespace (${probe.stderr.trim() || `exit ${probe.status}`}): run as root, or allow unprivileged user namespaces`;
    }
    return undefined;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Prepares a browser launch that sees `settings` as the organisation's policy for the extension. */
export function withPolicy(browserName: BrowserName, settings: Record<string, unknown>): PolicyLaunch {
  const folder = target(browserName);
  const copy = mkdtempSync(join(tmpdir(), `silence-guard-policy-${browserName}-`));
  // Keep whatever the real folder holds (master_preferences, search plugins, other policies).
  cpSync(folder, copy, { recursive: true });
  let policyPath: string;
  if (browserName === 'chromium') {
    mkdirSync(join(copy, 'policies/managed'), { recursive: true });
    policyPath = join(folder, 'policies/managed/silence-guard-e2e.json');
    writeFileSync(join(copy, 'policies/managed/silence-guard-e2e.json'), JSON.stringify({ '3rdparty': { extensions: { [CHROME_TEST_ID]: settings } } }));
  } else {
    policyPath = join(folder, 'policies.json');
    const file = join(copy, 'policies.json');
    const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { policies?: Record<string, unknown> }) : {};
    const policies = existing.policies ?? {};
    const thirdParty = (policies['3rdparty'] ?? {}) as { Extensions?: Record<string, unknown> };
    writeFileSync(
      file,
      JSON.stringify({ ...existing, policies: { ...policies, '3rdparty': { ...thirdParty, Extensions: { ...thirdParty.Extensions, [GECKO_ID]: settings } } } }),
    );
  }
  return {
    executablePath: WRAPPER,
    env: {
      ...(process.env as Record<string, string>),
      SG_BIND_SOURCE: copy,
      SG_BIND_TARGET: folder,
      SG_BROWSER: browserName === 'chromium' ? chromiumPath() : firefoxPath(),
    },
    policyPath,
    cleanup: () => rmSync(copy, { recursive: true, force: true }),
  };
}
