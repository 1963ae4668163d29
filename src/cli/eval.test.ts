import { describe, expect, it } from 'vitest';
import { loadBlind } from '../detect/corpus/corpus.ts';
import { evalReport } from './eval.ts';

describe('eval command and the blind set', () => {
  const blind = loadBlind();

  it('prints the blind split in aggregate (labels, any risk, real posts, languages) and never an item', () => {
    const { code, out, err } = evalReport(['--split', 'blind']);
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const row of ['leak', 'poll', 'campaign', 'any risk', 'real posts']) expect(out).toMatch(new RegExp(`^${row} `, 'm'));
    for (const lang of new Set(blind.map((item) => item.lang))) expect(out).toMatch(new RegExp(`^${lang} +\\d+ `, 'm'));
    expect(out).toContain(`${blind.length} items (${blind.length} real posts)`);
    expect(out).toContain('aggregates only');
    const leaked = blind.filter((item) => out.includes(item.id) || out.includes(item.text.replace(/\s+/g, ' ').slice(0, 40)));
    expect(leaked.map((item) => item.id)).toEqual([]);
  });

  it('refuses --errors with the blind split, and prints nothing of it', () => {
    const report = evalReport(['--split', 'blind', '--errors']);
    expect(report.code).toBe(2);
    expect(report.err).toContain('--errors is refused with --split blind');
    expect(report.out).toBe('');
    expect(evalReport(['--errors']).code).toBe(2);
  });

  it('with no split prints dev, holdout and blind side by side, without items', () => {
    const { code, out } = evalReport([]);
    expect(code).toBe(0);
    expect(out).toMatch(/dev \(\d+\)\s+holdout \(\d+\)\s+blind \(\d+\)/);
    for (const row of ['leak', 'poll', 'campaign', 'any risk', 'real posts']) expect(out).toMatch(new RegExp(`^${row} `, 'm'));
    expect(out).not.toContain('errors (expected');
    expect(evalReport(['--split', 'all-splits']).out).toBe(out);
  });

  it('still lists the holdout errors, and counts only quoted items as real posts', () => {
    const item = (id: string, text: string, labels: ('leak' | 'poll' | 'campaign')[], source: string) => ({ id, lang: 'xx', text, labels, split: 'holdout', source });
    const sources = {
      corpus: () => [item('xx-001', 'Belle journée au parc', ['poll'], 'written'), item('xx-002', 'Belle soirée', [], 'https://example.org/')],
      blind: () => [],
    };
    const { out } = evalReport(['--split', 'holdout'], sources);
    expect(out).toContain('2 items (1 real posts)');
    expect(out).toMatch(/1 errors[^]*xx-001/);
    expect(evalReport(['--split', 'bogus'], sources).err).toContain('--split must be');
  });
});
