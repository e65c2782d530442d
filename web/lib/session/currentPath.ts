import 'server-only';

import { headers } from 'next/headers';

import { localPath } from '../urls/safeNextPath';

import { CURRENT_PATH_HEADER } from './currentPathHeader';

/**
 * Where this request's page lives, to come back to after signing in.
 *
 * Server components are not told their URL; the proxy copies it into a request
 * header. A server action's request carries its page's URL, so this holds for
 * actions too. Anything odd falls back to the home page.
 */
export async function currentPath(): Promise<string> {
  return localPath((await headers()).get(CURRENT_PATH_HEADER)) ?? '/';
}
