import { execFileSync } from 'node:child_process';

// Starting npx + tsx in a child takes seconds on a busy 2-core machine; the default 5 s is a
// timing assumption, not part of the behaviour under test.
const CHILD_PROCESS_TIMEOUT_MS = 60_000;
import { describe, expect, it } from 'vitest';
import { UsageError, silenceReport } from './silence.ts';

type Report = {
  at: string;
  countries: {
    country: string;
    status: string;
    restrictions: { kind: string; start: string; end: string; election: { date: string; name: string }; legalBasis: string; sources: string[] }[];
    upcoming: { kind: string; start: string }[];
    regions?: { region: string; zone: string; status: string; restrictions: { kind: string; start: string; end: string }[] }[];
  }[];
};
const run = (...args: string[]) => silenceReport(args) as Report;

describe('silence command', () => {
  it('reports France on 6 May 2017 in the documented shape', () => {
    const report = run('--at', '2017-05-06T10:00:00Z', '--countries', 'FR');
    expect(report.at).toBe('2017-05-06T10:00:00.000Z');
    const [france] = report.countries;
    expect(france?.status).toBe('active');
    expect(france?.restrictions[0]).toMatchObject({
      kind: 'campaign',
      start: '2017-05-05T22:00:00.000Z',
      end: '2017-05-07T18:00:00.000Z',
      election: { date: '2017-05-07' },
      legalBasis: 'Code électoral, art. L49',
    });
    expect(france?.restrictions[0]?.sources[0]).toMatch(/^https?:\/\//);
  });

  it('prints names and penalties as English strings, with whom a rule binds and how', () => {
    const report = silenceReport(['--at', '2017-05-06T10:00:00Z', '--countries', 'FR']) as {
      countries: { restrictions: Record<string, unknown>[]; regions: { name: unknown }[] }[];
    };
    const campaign = report.countries[0]?.restrictions.find((r) => r.kind === 'campaign');
    expect(campaign).toMatchObject({
      election: { date: '2017-05-07', name: 'French presidential election 2017, second round' },
      force: 'binding',
      binds: ['everyone'],
      appliesTo: ['everyone'],
    });
    expect(campaign?.penalty).toMatch(/^Fine of up to €3,750/);
    expect(report.countries[0]?.regions.map((r) => r.name)).toContain('French Guiana');
  });

  it('lists overseas regions, which voted on the Saturday in 2017', () => {
    const report = run('--at', '2017-05-06T10:00:00Z', '--countries', 'FR');
    const guadeloupe = report.countries[0]?.regions?.find((r) => r.region === 'FR-971');
    expect(guadeloupe?.zone).toBe('America/Guadeloupe');
    // Campaign silence there: Friday 00:00 to Saturday's close, local time (UTC-4).
    expect(guadeloupe?.restrictions.find((r) => r.kind === 'campaign')).toMatchObject({
      start: '2017-05-05T04:00:00.000Z',
      end: '2017-05-06T22:00:00.000Z',
    });
  });

  it('accepts a region code alone', () => {
    const report = run('--at', '2017-05-06T23:00:00Z', '--countries', 'FR-971');
    expect(report.countries[0]?.country).toBe('FR-971');
    expect(report.countries[0]?.restrictions.map((r) => r.kind)).not.toContain('campaign');
  });

  it('--election adds a date the calendar lacks, and can rename a known one', () => {
    const added = run('--at', '2031-06-14T12:00:00+02:00', '--countries', 'FR', '--election', 'FR:2031-06-15:Référendum');
    expect(added.countries[0]?.restrictions.map((r) => r.election.name)).toContain('Référendum');
    const renamed = run('--at', '2017-05-06T10:00:00Z', '--countries', 'FR', '--election', 'FR:2017-05-07:Second tour');
    expect(renamed.countries[0]?.restrictions[0]?.election.name).toBe('Second tour');
    expect(renamed.countries[0]?.regions?.find((r) => r.region === 'FR-971')?.restrictions.length).toBeGreaterThan(0);
  });

  it('says upcoming when a window starts within 30 days', () => {
    const report = run('--at', '2017-04-20T12:00:00Z', '--countries', 'FR');
    expect(report.countries[0]?.status).toBe('upcoming');
    expect(report.countries[0]?.upcoming[0]?.start).toBe('2017-04-21T22:00:00.000Z');
  });

  it.each([
    [['--at', '2017-05-06T10:00:00Z', '--countries', 'XX'], '"XX"'],
    [['--at', '2017-05-06T10:00:00Z', '--countries', 'FR-ZZZ'], '"FR-ZZZ"'],
    [['--at', '2017-05-06', '--countries', 'FR'], '"2017-05-06"'],
    [['--at', 'yesterday', '--countries', 'FR'], '"yesterday"'],
    [['--countries', 'FR'], 'missing --at'],
    [['--at', '2017-05-06T10:00:00Z'], 'missing --countries'],
    [['--at', '2017-05-06T10:00:00Z', '--countries', 'FR', '--election', 'FR'], '"FR"'],
    [['--at', '2017-05-06T10:00:00Z', '--countries', 'FR', '--election', 'FR:'], 'missing the election date'],
    [['--at', '2017-05-06T10:00:00Z', '--countries', 'FR', '--election', 'FR:2017-02-30'], '"2017-02-30"'],
    [['--at', '2017-05-06T10:00:00Z', '--countries', 'FR', '--election', 'XX:2017-05-07'], '"XX"'],
    [['--at', '2017-05-06T10:00:00Z', '--countries', 'FR', '--bogus'], 'bogus'],
  ])('rejects %j naming the problem', (args, named) => {
    expect(() => run(...args)).toThrow(UsageError);
    expect(() => run(...args)).toThrow(named);
  });

  it('exits with code 2 and a message on stderr for bad input', () => {
    try {
      execFileSync('npx', ['tsx', 'src/cli/silence.ts', '--at', '2017-05-06T10:00:00Z', '--countries', 'XX'], { stdio: 'pipe' });
      expect.unreachable('should have failed');
    } catch (error) {
      const failure = error as { status: number; stderr: Buffer; stdout: Buffer };
      expect(failure.status).toBe(2);
      expect(failure.stderr.toString()).toContain('unknown country or region code "XX"');
      expect(failure.stdout.toString()).toBe('');
    }
    }, CHILD_PROCESS_TIMEOUT_MS);
});
