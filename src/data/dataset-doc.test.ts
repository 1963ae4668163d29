import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../rules/schema.ts';
import { boundaryText, countsSection, withGeneratedSections } from './dataset-doc.ts';
import { loadDataset } from './load.ts';

const dataset = loadDataset();

describe('docs/dataset.md', () => {
  it('restates the data: its counts and per-country table are current (npm run data:doc)', () => {
    const doc = readFileSync(new URL('../../docs/dataset.md', import.meta.url), 'utf8');
    expect(withGeneratedSections(doc, dataset)).toBe(doc);
  });

  it('refuses a document that lost a section marker', () => {
    expect(() => withGeneratedSections('# no markers\n', dataset)).toThrow(/markers for the "counts" section/);
  });

  it('writes windows as the table reads them', () => {
    const b = (x: Rule['start']) => boundaryText(x);
    expect(b({ day: -1, time: '00:00' })).toBe('d-1 00:00');
    expect(b({ day: 0, time: '07:00', of: 'main' })).toBe('d0 07:00 (main zone)');
    expect(b({ day: 1, time: '00:00' })).toBe('d+1 00:00');
    expect(b({ anchor: 'pollsOpen', hours: -48 })).toBe('open \u221248 h');
    expect(b({ anchor: 'pollsClose', hours: 0.5, of: 'last' })).toBe('close +0.5 h (last)');
    expect(b({ anchor: 'pollsClose' })).toBe('close');
  });

  it('counts every rule once by confidence and names the low ones', () => {
    const rules = [...dataset.countries.values()].flatMap((c) => c.rules);
    const low = rules.filter((r) => r.confidence === 'low');
    const text = countsSection(dataset);
    expect(text).toContain(`${rules.length} rules`);
    expect(text).toContain(`**${low.length} low**`);
    for (const r of low) expect(text).toContain(r.id);
  });
});
