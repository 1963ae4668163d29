/**
 * The organisation's policy checked against the bundled rules (the pure
 * parser, shared/managed.ts, knows only the shapes). Kept out of shared/ so
 * the dataset never enters the content script's module graph.
 */
import { checkElection } from '../../src/data/validate.ts';
import { type Dataset, UnknownAreaError, lookupArea } from '../../src/rules/status.ts';
import type { PolicyChecks } from '../shared/managed.ts';

/**
 * The checks against the bundled rules: a code that is well formed but names
 * no country with rules ("XX") would otherwise be taken, locked, and then
 * silently ignored everywhere, leaving the organisation thinking it is watched.
 */
export function datasetChecks(dataset: Dataset): PolicyChecks {
  return {
    checkElection: (election) => checkElection(election, dataset.countries, 'election'),
    checkArea: (code) => {
      try {
        lookupArea(dataset, code);
        return undefined;
      } catch (error) {
        if (error instanceof UnknownAreaError) return `no rules are known for ${JSON.stringify(code)}`;
        throw error;
      }
    },
  };
}
