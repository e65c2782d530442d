/**
 * The id of a glossary, as a caller gives it (`input.glossary`): `enterprise` or a domain id. Checked
 * before it reaches a URN or a query, so a malformed one is the caller's error, named as such, rather
 * than an invalid URN deep in a write.
 */
import { apiError } from '../../errors.ts';

export function checkGlossaryId(id: string): string {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_.-]{1,100}$/.test(id)) throw apiError('BAD_USER_INPUT', `glossary: "${String(id).slice(0, 100)}" is not "enterprise" or a domain id`, { argument: 'input.glossary' });
  return id;
}
