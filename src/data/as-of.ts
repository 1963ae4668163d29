/**
 * The day the bundled rules and calendar were last checked against their
 * sources: the popup and settings show "rules and calendar as of <date>".
 * `data:check` keeps it honest: no country or rule is verified after it, and
 * every bundled election dated before it is marked `held`.
 */
export const DATASET_AS_OF = '2026-12-04';
