import { describe, expect, it } from 'vitest';
import { matchesPattern, sitePattern } from './match-pattern.ts';

describe('matchesPattern', () => {
  it.each([
    ['https://*.facebook.com/*', 'https://www.facebook.com/home', true],
    ['https://*.facebook.com/*', 'https://facebook.com/', true],
    ['https://*.facebook.com/*', 'https://evilfacebook.com/', false],
    ['https://*.facebook.com/*', 'http://www.facebook.com/', false],
    ['https://x.com/*', 'https://x.com/compose/post', true],
    ['https://x.com/*', 'https://x.com.evil.org/', false],
    ['http://localhost/*', 'http://localhost:4580/textarea.html', true],
    ['*://*/*', 'https://example.org/a?b', true],
    ['*://*/*', 'ftp://example.org/', false],
    ['https://mail.google.com/mail/*', 'https://mail.google.com/chat/', false],
  ])('%s on %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('turns a page into its site pattern, only for web pages', () => {
    expect(sitePattern('https://forum.example.org/t/123?x=1')).toBe('https://forum.example.org/*');
    expect(sitePattern('chrome://extensions')).toBeUndefined();
    expect(sitePattern('not a url')).toBeUndefined();
  });
});
