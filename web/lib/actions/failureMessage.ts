import type { ApiFailure } from '../api';
import { formatWait } from '../format/formatWait';

/** A failure of the API in words for the person who pressed the button. */
export function failureMessage(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'unreachable':
      return 'The Polder API is not reachable right now. Nothing was changed; try again in a moment.';
    case 'timeout':
      return `The Polder API did not answer within ${failure.seconds} s; it may be waiting on Neo4j or Meilisearch. Reload the page to see whether it was saved.`;
    case 'http':
      return `The Polder API answered HTTP ${failure.status}. Nothing was changed; try again in a moment.`;
    case 'graphql':
      switch (failure.code) {
        case 'UNAUTHENTICATED':
          return 'You are no longer signed in: your session expired, or you signed out in another tab. Nothing was saved; sign in again, then save.';
        case 'CONFLICT':
          return 'Someone changed this since you opened it. Reload the page to see their change, then edit again.';
        case 'RATE_LIMITED':
          return failure.retryAfterSeconds === undefined
            ? 'Too many attempts. Wait a while, then try again.'
            : `Too many failed sign-ins. Try again in ${formatWait(failure.retryAfterSeconds)}.`;
        case 'FORBIDDEN':
          return `You may not do that: ${failure.message}.`;
        case 'BAD_USER_INPUT':
          return `Please check what you entered: ${failure.message}.`;
        case 'UNAVAILABLE':
          return 'A service the catalog depends on is unavailable. Nothing was changed; try again shortly.';
        default:
          return `The Polder API refused this: ${failure.message}.`;
      }
  }
}
