/**
 * The election actors of every country (parties, leaders and candidates,
 * known hack-and-leak operations), validated once per process. Compile-time
 * and background code only: the content script never bundles these files.
 */
import { actorFiles } from './actors.generated.ts';
import type { ActorsFile } from './actors-schema.ts';
import { countryFiles } from './files.generated.ts';
import { checkActors } from './validate-actors.ts';

export * from './actors-schema.ts';
export { checkActors, normaliseTerm } from './validate-actors.ts';

export class ActorsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The actor files are invalid:\n${problems.join('\n')}`);
  }
}

let cached: readonly ActorsFile[] | undefined;

/** Every country's actors, sorted by country code; throws ActorsError naming file and field if any file is invalid. */
export function loadActors(): readonly ActorsFile[] {
  if (cached === undefined) {
    const codes = new Set(Object.keys(countryFiles).map((file) => file.replace(/\.json$/, '')));
    const { actors, problems } = checkActors(actorFiles, codes);
    if (problems.length > 0) throw new ActorsError(problems);
    cached = actors;
  }
  return cached;
}
