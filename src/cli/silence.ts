/**
 * npm run --silent silence -- --at ISO-8601-INSTANT --countries FR,ES [--election FR:2017-05-07[:name]]...
 *
 * Prints which election-silence restrictions are in force at an instant in
 * each country (or region), and which start within 30 days, as one JSON
 * object (see docs/cli.md). Bad input: a message naming it, exit code 2.
 */
import { parseArgs } from 'node:util';
import { loadDataset } from '../data/load.ts';
import { withElections } from '../rules/calendar.ts';
import { parseInstant } from '../rules/parse-instant.ts';
import { english } from '../rules/localize.ts';
import type { Election } from '../rules/schema.ts';
import { type AreaReport, type Dataset, UnknownAreaError, lookupArea, statusAt } from '../rules/status.ts';
import type { Restriction } from '../rules/windows.ts';
import { exitQuietlyWhenStdoutCloses } from './stdout.ts';

export class UsageError extends Error {}

const USAGE = 'usage: npm run --silent silence -- --at 2017-05-06T10:00:00Z --countries FR,ES [--election FR:2017-05-07[:name]]...';

export function silenceReport(argv: readonly string[], dataset: Dataset = loadDataset()): object {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { at: { type: 'string' }, countries: { type: 'string' }, election: { type: 'string', multiple: true } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.at === undefined) throw new UsageError(`missing --at\n${USAGE}`);
  if (values.countries === undefined) throw new UsageError(`missing --countries\n${USAGE}`);
  const at = parseInstant(values.at, { requireOffset: true });
  if (at === undefined) {
    throw new UsageError(`--at "${values.at}" is not an ISO 8601 instant with a time-zone offset, e.g. 2017-05-06T12:00:00+02:00 or 2017-05-06T10:00:00Z`);
  }
  const codes = values.countries.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes.length === 0) throw new UsageError('--countries is empty: give codes such as FR,ES or FR-971');
  const extra = (values.election ?? []).map((spec) => parseElection(spec, dataset));
  const data = withElections(dataset, extra);
  for (const code of codes) {
    try {
      lookupArea(data, code);
    } catch (error) {
      if (error instanceof UnknownAreaError) throw new UsageError(`--countries: ${error.message}; known countries: ${[...data.countries.keys()].sort().join(',')}`);
      throw error;
    }
  }
  return {
    at: new Date(at).toISOString(),
    countries: statusAt(at, codes, data).map((report) => ({
      country: report.country,
      ...area(report),
      ...(report.regions === undefined
        ? {}
        : { regions: report.regions.map((region) => ({ region: region.region, name: english(region.name), zone: region.zone, ...area(region) })) }),
    })),
  };
}

function parseElection(spec: string, dataset: Dataset): Election {
  const match = /^([A-Za-z]{2}):([^:]*)(?::(.*))?$/.exec(spec);
  if (match === null) throw new UsageError(`--election "${spec}": expected COUNTRY:YYYY-MM-DD[:name], e.g. FR:2017-05-07`);
  const [, rawCountry = '', date = '', name] = match;
  const country = rawCountry.toUpperCase();
  if (!dataset.countries.has(country)) throw new UsageError(`--election "${spec}": no rules are known for country "${country}"`);
  if (date === '') throw new UsageError(`--election "${spec}": missing the election date (YYYY-MM-DD)`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || parseInstant(date, { localZone: 'UTC' }) === undefined) {
    throw new UsageError(`--election "${spec}": "${date}" is not a date written YYYY-MM-DD`);
  }
  const known = dataset.calendar.find((e) => e.country === country && e.date === date);
  return {
    country,
    date,
    name: name?.trim() || known?.name || `${dataset.countries.get(country)?.name ?? country} election of ${date}`,
    type: known?.type ?? 'other',
    status: known?.status ?? 'confirmed',
  };
}

function area(report: AreaReport) {
  return { status: report.status, restrictions: report.restrictions.map(restriction), upcoming: report.upcoming.map(restriction) };
}

function restriction(r: Restriction) {
  return {
    kind: r.kind,
    start: new Date(r.start).toISOString(),
    end: new Date(r.end).toISOString(),
    // Names and penalties in English, the dataset's reference language.
    election: { date: r.election.date, name: english(r.election.name) },
    legalBasis: r.legalBasis,
    penalty: english(r.penalty),
    /** The older name of `binds`, kept for callers of the first version. */
    appliesTo: r.binds,
    binds: r.binds,
    force: r.force,
    confidence: r.confidence,
    sources: r.sources.map((source) => source.url),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  exitQuietlyWhenStdoutCloses();
  try {
    process.stdout.write(`${JSON.stringify(silenceReport(process.argv.slice(2)), null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`silence: ${error.message}\n`);
    process.exit(2);
  }
}
