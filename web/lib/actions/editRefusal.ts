import type { ApiFailure } from '../api';

import type { ActionState } from './ActionState';
import { failureMessage } from './failureMessage';

/**
 * An edit form's answer when the API refused the edit: in words, with what was submitted to put back
 * in the form, and flagged when the form should offer more than the words (a reload after someone
 * else's change, a sign-in after the session ended).
 */
export function editRefusal(failure: ApiFailure, values: Record<string, string>): ActionState {
  const code = failure.kind === 'graphql' ? failure.code : undefined;
  return { status: 'failed', message: failureMessage(failure), conflict: code === 'CONFLICT', signedOut: code === 'UNAUTHENTICATED', values };
}
