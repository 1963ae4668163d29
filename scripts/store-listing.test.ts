/**
 * The store listing texts (docs/store/<lang>.md: en, fr, de, es, it) fit what the stores accept,
 * and each language has every section.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it'] as const;

function sections(lang: string): Map<string, string> {
  const text = readFileSync(new URL(`../docs/store/${lang}.md`, import.meta.url), 'utf8');
  const found = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    found.set(heading.trim(), body.join('\n').trim());
  }
  return found;
}

describe('store listing', () => {
  const en = sections('en');

  it('has the same sections in every language', () => {
    expect(en.size).toBe(8);
    for (const lang of LANGUAGES) expect(sections(lang).size, lang).toBe(en.size);
  });

  it.each(LANGUAGES)('%s: short description fits the Chrome Web Store summary (132) and the AMO summary (250)', (lang) => {
    const short = [...sections(lang).values()][1] ?? '';
    expect(short.length).toBeGreaterThan(40);
    expect(short.length).toBeLessThanOrEqual(132);
    expect(short).not.toContain('\n');
  });

  it.each(LANGUAGES)('%s: long description fits the Chrome Web Store (16,000 characters)', (lang) => {
    const long = [...sections(lang).values()][2] ?? '';
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThanOrEqual(16_000);
  });

  it.each(LANGUAGES)('%s: justifies every permission of the manifest', async (lang) => {
    const manifest = (await import('../manifest.json', { with: { type: 'json' } })).default as { permissions: string[] };
    const justifications = [...sections(lang).values()][5] ?? '';
    for (const permission of manifest.permissions) expect(justifications).toContain(`| \`${permission}\` |`);
  });

  it.each(LANGUAGES)("%s: gives the manifest's number of content-script sites and each optional host pattern", async (lang) => {
    const manifest = (await import('../manifest.json', { with: { type: 'json' } })).default as {
      content_scripts: { matches: string[] }[];
      optional_host_permissions: string[];
    };
    const justifications = [...sections(lang).values()][5] ?? '';
    const sites = manifest.content_scripts.flatMap((script) => script.matches).length;
    expect(justifications).toMatch(new RegExp(`\\b${sites} (sites|Websites|sitios|siti)\\b`));
    for (const pattern of manifest.optional_host_permissions) expect(justifications).toContain(`\`${pattern}\``);
  });
});
