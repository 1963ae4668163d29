/**
 * The corrections of issue 11, each checked on the bundled dataset at chosen
 * instants: what is in force, whom it binds, and the verdict it gives.
 */
import { describe, expect, it } from 'vitest';
import { reachOf, verdictFor } from '../risk/verdict.ts';
import { withElections } from '../rules/calendar.ts';
import type { Election } from '../rules/schema.ts';
import { statusAt } from '../rules/status.ts';
import { loadDataset } from './load.ts';

const dataset = loadDataset();
const at = (iso: string) => Date.parse(iso);

/** The restrictions in force in `code` at `iso`, with one election on `date` of `type`. */
function inForce(code: string, date: string, iso: string, type: Election['type'] = 'legislative') {
  const data = withElections(dataset, [{ country: code.slice(0, 2), date, name: 'test', type, status: 'confirmed' }]);
  const [report] = statusAt(at(iso), [code], data);
  return { restrictions: report?.restrictions ?? [], verdict: (category: 'poll' | 'campaign') => verdictFor([category], statusAt(at(iso), [code], data), at(iso)) };
}
const ids = (code: string, date: string, iso: string, type?: Election['type']) => inForce(code, date, iso, type).restrictions.map((r) => r.ruleId);

describe('AR: the media may not publish polls from eight days before the vote (Ley 26.215, art. 44 quáter)', () => {
  const sunday = '2027-10-24';
  it('starts at 00:00 on the Saturday eight days before, for the media', () => {
    expect(ids('AR', sunday, '2027-10-15T23:30:00-03:00')).not.toContain('ar-poll-ban');
    const { restrictions } = inForce('AR', sunday, '2027-10-16T00:30:00-03:00');
    const ban = restrictions.find((r) => r.ruleId === 'ar-poll-ban');
    expect(ban?.kind).toBe('polls');
    expect(ban?.binds).toEqual(['media']);
    expect(ban?.legalBasis).toContain('44 quáter');
  });
  it('lasts until three hours after polls close (21:00)', () => {
    expect(ids('AR', sunday, '2027-10-24T20:59:00-03:00')).toContain('ar-poll-ban');
    expect(ids('AR', sunday, '2027-10-24T21:01:00-03:00')).not.toContain('ar-poll-ban');
  });
  it('keeps the Code’s 48-hour ban for everyone', () => {
    expect(ids('AR', sunday, '2027-10-22T07:59:00-03:00')).not.toContain('ar-poll-ban-48h');
    expect(ids('AR', sunday, '2027-10-22T08:01:00-03:00')).toContain('ar-poll-ban-48h');
  });
});

describe('MT: art. 114 also forbids publishing polls on the eve and on election day', () => {
  it('has a polls window over the eve and the whole election day', () => {
    expect(ids('MT', '2027-03-06', '2027-03-04T23:30:00+01:00')).not.toContain('mt-polls-silence-day');
    expect(ids('MT', '2027-03-06', '2027-03-05T00:30:00+01:00')).toContain('mt-polls-silence-day');
    expect(ids('MT', '2027-03-06', '2027-03-06T23:30:00+01:00')).toContain('mt-polls-silence-day');
    expect(ids('MT', '2027-03-06', '2027-03-07T00:30:00+01:00')).not.toContain('mt-polls-silence-day');
  });
  it('warns on a poll draft, since it binds everyone', () => {
    expect(inForce('MT', '2027-03-06', '2027-03-05T12:00:00+01:00').verdict('poll').level).toBe('warning');
  });
});

describe('IE: the broadcaster poll restraint is guidance, while polling is taking place', () => {
  const friday = '2027-05-07';
  it('is not in force the day before polling', () => {
    expect(ids('IE', friday, '2027-05-06T08:00:00+01:00')).toEqual([]);
  });
  it('is guidance for the media during polling hours, and only cautions', () => {
    const { restrictions, verdict } = inForce('IE', friday, '2027-05-07T12:00:00+01:00');
    expect(restrictions.map((r) => r.ruleId).sort()).toEqual(['ie-broadcast-exit-poll-restraint', 'ie-broadcast-poll-restraint']);
    for (const r of restrictions) {
      expect(r.force).toBe('guidance');
      expect(r.binds).toEqual(['media']);
    }
    expect(verdict('poll').level).toBe('caution');
  });
});

describe('BE: the CSA only recommends restraint', () => {
  it('is guidance, and only cautions', () => {
    const { restrictions, verdict } = inForce('BE', '2029-06-10', '2029-06-09T12:00:00+02:00');
    expect(restrictions.map((r) => [r.ruleId, r.force])).toEqual([['be-csa-poll-recommendation', 'guidance']]);
    expect(verdict('poll').level).toBe('caution');
  });
});

describe('CA: an advertising blackout, not a campaign silence for a person posting', () => {
  const monday = '2029-10-15';
  const noon = '2029-10-15T12:00:00-04:00';
  it('records no campaign silence', () => {
    expect(dataset.countries.get('CA')?.hasCampaignSilence).toBe(false);
  });
  it('binds parties and media with the advertising blackout, so a campaign draft only cautions', () => {
    const { restrictions, verdict } = inForce('CA', monday, noon);
    const ads = restrictions.find((r) => r.ruleId === 'ca-advertising-blackout');
    expect(ads?.binds).not.toContain('everyone');
    expect(verdict('campaign').level).toBe('caution');
  });
  it('still forbids anyone to transmit new survey results on polling day', () => {
    expect(inForce('CA', monday, noon).verdict('poll').level).toBe('warning');
  });
});

describe('CO: the week-long poll ban is for presidential elections only (Ley 996 de 2005)', () => {
  it('applies in the week before a presidential vote', () => {
    expect(ids('CO', '2030-05-26', '2030-05-22T12:00:00-05:00', 'presidential')).toContain('co-presidential-poll-ban');
  });
  it('does not apply before other elections', () => {
    expect(ids('CO', '2030-03-10', '2030-03-06T12:00:00-05:00', 'legislative')).toEqual([]);
    expect(ids('CO', '2027-10-31', '2027-10-27T12:00:00-05:00', 'local')).toEqual([]);
  });
  it('leaves election day to the media ban on polls for every election', () => {
    expect(ids('CO', '2027-10-31', '2027-10-31T12:00:00-05:00', 'local')).toContain('co-election-day-polls');
  });
});

describe('JP: opinion polls are legal; art. 138-3 bans popularity votes and straw polls', () => {
  const japan = dataset.countries.get('JP');
  it('has no opinion-poll rule, and a straw-poll rule for everyone', () => {
    expect(japan?.rules.filter((r) => r.kind === 'polls')).toEqual([]);
    const straw = japan?.rules.find((r) => r.id === 'jp-popularity-vote');
    expect(straw?.kind).toBe('straw-polls');
    expect(straw?.binds).toEqual(['everyone']);
    expect(straw?.legalBasis).toContain('138-3');
  });
  it('only cautions on a poll draft before an election', () => {
    const { restrictions, verdict } = inForce('JP', '2028-07-09', '2028-07-01T12:00:00+09:00');
    expect(restrictions.map((r) => r.kind)).toEqual(['straw-polls']);
    expect(verdict('poll').level).toBe('caution');
  });
});

describe('ES: whether the poll ban runs into voting day is unclear, and the rule says so', () => {
  it('ends the five statutory days at 00:00 on voting day', () => {
    expect(ids('ES', '2027-07-25', '2027-07-24T23:30:00+02:00')).toContain('es-poll-ban');
    expect(ids('ES', '2027-07-25', '2027-07-25T00:30:00+02:00')).not.toContain('es-poll-ban');
  });
  it('covers voting day until 20:00 as practice, with low confidence and an explicit doubt', () => {
    const { restrictions } = inForce('ES', '2027-07-25', '2027-07-25T12:00:00+02:00');
    const day = restrictions.find((r) => r.ruleId === 'es-poll-ban-voting-day');
    expect(day?.confidence).toBe('low');
    expect(day?.summary.en).toMatch(/^Unclear in law/);
    expect(day?.summary.es).toMatch(/^Dudoso/);
    expect(ids('ES', '2027-07-25', '2027-07-25T20:30:00+02:00')).not.toContain('es-poll-ban-voting-day');
  });
});

describe('TW: 22:00 on the eve is the daily curfew on public campaigning, not the start of a silence', () => {
  it('starts the voting-day silence at 00:00', () => {
    expect(ids('TW', '2028-01-15', '2028-01-14T22:30:00+08:00', 'presidential')).not.toContain('tw-voting-day');
    expect(ids('TW', '2028-01-15', '2028-01-15T00:30:00+08:00', 'presidential')).toContain('tw-voting-day');
  });
});

describe('laws worded for media, parties or candidates bind them, not a person posting (RS, BA, ME, MK, AL, GR, LV, IT)', () => {
  const sunday = '2029-06-10';
  const eveNoon: Readonly<Record<string, string>> = {
    RS: '2029-06-09T12:00:00+02:00', BA: '2029-06-09T12:00:00+02:00', ME: '2029-06-09T12:00:00+02:00',
    MK: '2029-06-09T12:00:00+02:00', AL: '2029-06-09T12:00:00+02:00', GR: '2029-06-09T12:00:00+03:00',
    LV: '2029-06-09T12:00:00+03:00', IT: '2029-06-09T12:00:00+02:00',
  };
  it.each(Object.entries(eveNoon))('%s: the campaign silence on the eve binds media and parties, so a campaign draft only cautions', (code, iso) => {
    const { restrictions, verdict } = inForce(code, sunday, iso);
    const silence = restrictions.filter((r) => r.kind === 'campaign');
    expect(silence).toHaveLength(1);
    expect(silence[0]?.force).toBe('binding');
    expect(silence[0]?.binds).not.toContain('everyone');
    expect(silence[0]?.binds).toEqual(expect.arrayContaining(['media', 'parties']));
    expect(reachOf(silence[0]!)).toBe('limited');
    expect(verdict('campaign').level).toBe('caution');
  });
  it.each(['RS', 'BA', 'ME', 'MK', 'GR'])('%s: the poll ban is for the media (and pollsters), so a poll draft only cautions', (code) => {
    const { restrictions, verdict } = inForce(code, sunday, eveNoon[code]!);
    const polls = restrictions.filter((r) => r.kind === 'polls');
    expect(polls.length).toBeGreaterThan(0);
    for (const r of polls) expect(r.binds).not.toContain('everyone');
    expect(verdict('poll').level).toBe('caution');
  });
  it("IT: the poll ban of Law 28/2000 art. 8 ('è vietato rendere pubblici o, comunque, diffondere') reaches anyone and warns", () => {
    const { restrictions, verdict } = inForce('IT', sunday, eveNoon.IT!);
    expect(restrictions.find((r) => r.ruleId === 'it-poll-ban')?.binds).toEqual(['everyone']);
    expect(verdict('poll').level).toBe('warning');
  });
});
