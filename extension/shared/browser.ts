/**
 * The only import of webextension-polyfill: everything else takes `browser`
 * from here, so Chrome and Firefox share one promise-based API.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs, Alarms } from 'webextension-polyfill';
