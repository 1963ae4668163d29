import type { Dataset } from '../rules/status.ts';
import { countryFiles, electionFiles } from './files.generated.ts';
import { checkDataset } from './validate.ts';

export class DatasetError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The rules dataset is invalid:\n${problems.join('\n')}`);
  }
}

let cached: Dataset | undefined;

/** The bundled dataset, validated once per process; throws DatasetError if invalid. */
export function loadDataset(): Dataset {
  if (cached === undefined) {
    const { dataset, problems } = checkDataset(countryFiles, electionFiles);
    if (problems.length > 0) throw new DatasetError(problems);
    cached = dataset;
  }
  return cached;
}
