import type { ApiFailure } from '@/lib/api';
import { isLocalBrowser } from '@/lib/session/isLocalBrowser';

import { RetryButton } from './RetryButton';

/**
 * Why the page has no data: to a browser on the web server's own machine (the operator), in words it
 * can act on, with the API's address and how reaching it failed; to anyone else, without them (the
 * web server's log has them).
 */
export async function ApiErrorBanner({ failure }: { failure: ApiFailure }) {
  return (
    <div className="banner banner--error" role="alert">
      {(await isLocalBrowser()) ? <Message failure={failure} /> : <PublicMessage failure={failure} />}
      {/* Most of these pass (an API restarting, a service catching up): one click, not a hunt for the reload button. */}
      {isPassing(failure) && <RetryButton />}
    </div>
  );
}

/** A failure that trying again may cure: not an answer the API would give again (refused, not found). */
function isPassing(failure: ApiFailure): boolean {
  return failure.kind !== 'graphql' || failure.code === 'UNAVAILABLE' || failure.code === undefined || failure.code === 'INTERNAL_SERVER_ERROR';
}

function PublicMessage({ failure }: { failure: ApiFailure }) {
  if (failure.kind === 'graphql') return <Message failure={failure} />;
  if (failure.kind === 'timeout') return <TimeoutMessage failure={failure} />;
  return (
    <>
      <p className="banner__title">The catalog cannot reach its API right now.</p>
      <p>Try again in a moment. If it lasts, tell whoever runs this catalog: the web server’s log says what failed.</p>
    </>
  );
}

function Message({ failure }: { failure: ApiFailure }) {
  const url = <code>{failure.apiUrl}</code>;
  switch (failure.kind) {
    case 'unreachable':
      return (
        <>
          <p className="banner__title">
            The Polder API is not reachable at {url} — is <code>npm start</code> running?
          </p>
          <p>
            ({failure.detail}) If the API runs elsewhere, set <code>POLDER_API_URL</code> for the web server.
          </p>
        </>
      );
    case 'timeout':
      return <TimeoutMessage failure={failure} />;
    case 'http':
      return (
        <>
          <p className="banner__title">
            The Polder API at {url} answered HTTP {failure.status} instead of a GraphQL response.
          </p>
          {failure.detail && <p>{failure.detail}</p>}
        </>
      );
    case 'graphql':
      return (
        <>
          <p className="banner__title">
            {failure.code === 'UNAVAILABLE'
              ? 'The Polder API is up, but a service it depends on is unavailable.'
              : 'The Polder API could not answer this request.'}
          </p>
          <p>
            {failure.code && <code>{failure.code}</code>} {failure.message}
          </p>
        </>
      );
  }
}

/** The API is up (it took the request) but slow: say so, rather than send anyone to check it runs. */
function TimeoutMessage({ failure }: { failure: Extract<ApiFailure, { kind: 'timeout' }> }) {
  return (
    <>
      <p className="banner__title">The Polder API did not answer within {failure.seconds} s.</p>
      <p>It may be waiting on Neo4j or Meilisearch: try again shortly.</p>
    </>
  );
}
