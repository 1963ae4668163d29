/**
 * WebExtension match patterns ("https://*.example.org/*"), just enough to
 * tell whether a page is covered by the manifest's content scripts or by a
 * host permission the user granted.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):/.test(url);
  const parsed = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (parsed === null) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host = '', path = '/*'] = parsed;
  const protocol = target.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const domain = host.slice(2);
      if (target.hostname !== domain && !target.hostname.endsWith(`.${domain}`)) return false;
    } else if (target.hostname !== host) {
      return false;
    }
  }
  const pathRegex = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathRegex.test(target.pathname + target.search);
}

/** The pattern a user grants to switch Silence Guard on for one site: its origin, every path. */
export function sitePattern(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}
