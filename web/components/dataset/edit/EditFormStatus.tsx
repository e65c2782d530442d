import type { ActionState } from '@/lib/actions/ActionState';
import { editedPageHref } from '@/lib/actions/editedPageHref';
import { signInHref } from '@/lib/urls/signInHref';

/**
 * What became of the last submit of an edit form. A conflict says so in plain
 * words, keeps what was typed, and links a full reload (which reads the new
 * version) rather than offering to overwrite the other person's change.
 * `reloadHref` is the page of what is edited: unless given, the one that shows
 * `urn` (a column's is its dataset's), else the page itself.
 * A session that ended meanwhile is the same: the sign-in opens in a new tab,
 * so this one keeps what was typed for the second try.
 */
export function EditFormStatus({ state, urn, reloadHref = editedPageHref(urn) ?? '' }: { state: ActionState; urn: string; reloadHref?: string }) {
  if (state.status === 'idle') return null;
  if (state.status === 'done') {
    return (
      <p className="form__saved" role="status">
        {state.message}
      </p>
    );
  }
  if (state.conflict) {
    return (
      <div className="banner banner--error" role="alert">
        <p className="banner__title">Someone changed this since you opened it.</p>
        <p>
          Nothing was saved, and what you entered is still below. <a href={reloadHref}>Reload the page</a> to see their
          change, then edit again.
        </p>
      </div>
    );
  }
  if (state.signedOut) {
    return (
      <div className="banner banner--error" role="alert">
        <p className="banner__title">You are no longer signed in.</p>
        <p>
          Your session expired, or you signed out in another tab. Nothing was saved, and what you entered is still
          below.{' '}
          <a href={signInHref({ next: reloadHref })} target="_blank" rel="noopener">
            Sign in again in a new tab
          </a>
          , then save here.
        </p>
      </div>
    );
  }
  return (
    <p className="banner banner--error" role="alert">
      {state.message}
    </p>
  );
}
