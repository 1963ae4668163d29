/**
 * The parts of docs/dataset.md that restate the data (the counts and the
 * per-country table), rendered from the dataset so the document cannot drift
 * from it. `npm run data:doc` writes them between their markers; a unit test
 * fails when the document is stale.
 */
import type { Boundary, Country, Election, Rule } from '../rules/schema.ts';
import type { Dataset } from '../rules/status.ts';

/** The calendar years the table and counts cover. */
export const DOC_YEARS = ['2026', '2027', '2028'] as const;

const KIND_WORDS: Readonly<Record<Rule['kind'], string>> = {
  campaign: 'campaign',
  polls: 'polls',
  'exit-polls': 'exit polls',
  results: 'results',
  'straw-polls': 'straw polls',
};

function signed(n: number, unit = ''): string {
  return `${n < 0 ? '\u2212' : '+'}${Math.abs(n)}${unit}`;
}

/** `d-1 00:00`, `close +3 h (last)`, `open −48 h`. */
export function boundaryText(b: Boundary): string {
  if ('day' in b) {
    const day = b.day === 0 ? 'd0' : b.day < 0 ? `d${b.day}` : `d+${b.day}`;
    return `${day} ${b.time}${b.of === 'main' ? ' (main zone)' : ''}`;
  }
  const word = b.anchor === 'pollsOpen' ? 'open' : 'close';
  const hours = b.hours === undefined || b.hours === 0 ? '' : ` ${signed(b.hours, ' h')}`;
  const of = b.of === undefined || b.of === 'self' ? '' : ` (${b.of})`;
  return `${word}${hours}${of}`;
}

function ruleText(r: Rule): string {
  const types = r.electionTypes ? ` (${r.electionTypes.join('/')} only)` : '';
  const force = r.force === 'binding' ? 'law' : 'guidance';
  return `${r.kind} ${boundaryText(r.start)} \u2192 ${boundaryText(r.end)}, ${r.binds.join('/')}, ${force}, ${r.confidence}${types}`;
}

const inDocYears = (e: Election) => (DOC_YEARS as readonly string[]).includes(e.date.slice(0, 4));

function electionText(e: Election): string {
  const end = e.endDate && e.endDate !== e.date ? `\u2013${e.endDate.slice(5)}` : '';
  return `${e.date}${end} ${e.type} (${e.status === 'scheduled' ? 'confirmed' : e.status})`;
}

function byDate(a: Election, b: Election): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** The markdown table: one row per country. */
export function countryTable(dataset: Dataset): string {
  const rows = [...dataset.countries.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c: Country) => {
      const rules = c.rules.length > 0 ? c.rules.map(ruleText).join(' \u00b7 ') : 'none';
      const elections = dataset.calendar.filter((e) => e.country === c.code && inDocYears(e)).sort(byDate);
      const dates = elections.length > 0 ? elections.map(electionText).join(' \u00b7 ') : 'none';
      return `| ${c.code} | ${c.hasCampaignSilence ? 'yes' : 'no'} | ${rules} | ${dates} |`;
    });
  return ['| Code | Silence | Rules | Elections 2026\u20132028 |', '|---|---|---|---|', ...rows].join('\n');
}

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The headline counts: countries, rules by kind, confidence, force and reach, elections by status. */
export function countsSection(dataset: Dataset): string {
  const countries = [...dataset.countries.values()].sort((a, b) => a.code.localeCompare(b.code));
  const rules = countries.flatMap((c) => c.rules);
  const silent = countries.filter((c) => c.hasCampaignSilence).length;
  const noRules = countries.filter((c) => c.rules.length === 0).map((c) => c.code);
  const kinds = count(rules, (r) => r.kind);
  const conf = count(rules, (r) => r.confidence);
  const low = rules.filter((r) => r.confidence === 'low').map((r) => r.id);
  const guidance = rules.filter((r) => r.force === 'guidance').map((r) => r.id);
  const binding = rules.filter((r) => r.force === 'binding');
  const everyone = binding.filter((r) => r.binds.includes('everyone')).length;
  const elections = dataset.calendar.filter(inDocYears);
  const status = count(elections, (e) => (e.status === 'scheduled' ? 'confirmed' : e.status));
  const electionCountries = new Set(elections.map((e) => e.country)).size;
  const before = dataset.calendar.filter((e) => e.date < `${DOC_YEARS[0]}-01-01`);
  const beforeBy = [...count(before, (e) => e.country).keys()]
    .sort()
    .map((code) => {
      const years = [...new Set(before.filter((e) => e.country === code).map((e) => e.date.slice(0, 4)))].sort();
      return `${code} ${years.join(', ')}`;
    });
  const kindList = Object.keys(KIND_WORDS)
    .map((k) => `${kinds.get(k) ?? 0} ${KIND_WORDS[k as Rule['kind']]}`)
    .join(', ');
  return [
    `- ${countries.length} countries: ${silent} have a campaign silence of some kind (\`hasCampaignSilence\`), ` +
      `${countries.length - silent} have none; ${noRules.length} have no rule on posting at all ` +
      `(${noRules.join(' ')}) and say what was checked instead (\`legalBasis\` and \`sources\` at country level).`,
    `- ${rules.length} rules: ${kindList}.`,
    `- Confidence: **${conf.get('high') ?? 0} high**, **${conf.get('medium') ?? 0} medium**, ` +
      `**${conf.get('low') ?? 0} low** (${low.join(', ')}).`,
    `- Force: ${binding.length} binding, ${guidance.length} guidance (${guidance.join(', ')}). ` +
      `Of the binding rules, ${everyone} bind everyone and ${binding.length - everyone} only media, parties and ` +
      'candidates, or pollsters.',
    `- ${elections.length} elections dated ${DOC_YEARS[0]}\u2013${DOC_YEARS[DOC_YEARS.length - 1]} in ` +
      `${electionCountries} countries (${status.get('held') ?? 0} held, ${status.get('confirmed') ?? 0} confirmed, ` +
      `${status.get('expected') ?? 0} expected), plus ${before.length} earlier rounds for replay (${beforeBy.join('; ')}).`,
  ].join('\n');
}

export const DOC_SECTIONS = {
  counts: countsSection,
  countries: countryTable,
} as const satisfies Record<string, (dataset: Dataset) => string>;

const marker = (name: string, end = false) => `<!-- ${end ? '/' : ''}generated:${name} (npm run data:doc) -->`;

/**
 * The document with each generated section replaced. Throws if a section's
 * markers are missing, so a document that lost them fails loudly.
 */
export function withGeneratedSections(doc: string, dataset: Dataset): string {
  let out = doc;
  for (const [name, render] of Object.entries(DOC_SECTIONS)) {
    const open = marker(name);
    const close = marker(name, true);
    const from = out.indexOf(open);
    const to = out.indexOf(close);
    if (from < 0 || to < from) throw new Error(`docs/dataset.md: markers for the "${name}" section are missing`);
    out = `${out.slice(0, from + open.length)}\n${render(dataset)}\n${out.slice(to)}`;
  }
  return out;
}
