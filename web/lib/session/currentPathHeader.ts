/** Set by proxy.ts on every page request: the path and query the browser asked for. */
export const CURRENT_PATH_HEADER = 'x-polder-path';
