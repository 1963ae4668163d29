/**
 * How a test build of the content script says that a draft's check is over
 * (`<prefix>quiet 27`: nothing to warn about in a 27-character draft;
 * `<prefix>warned 27`), on the console: the e2e harness reads it, the page
 * cannot. Shared by the content script and e2e/support so the two never drift.
 */
export const CHECK_REPORT_PREFIX = 'Silence Guard test build: draft checked: ';
