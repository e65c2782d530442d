import type { ApiFailure } from '@/lib/api';

/** Why the page has no data, in words an operator can act on. */
export function ApiErrorBanner({ failure }: { failure: ApiFailure }) {
  return (
    <div className="banner banner--error" role="alert">
      <Message failure={failure} />
    </div>
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
