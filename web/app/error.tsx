'use client';

/**
 * Unexpected failures only: a page that cannot reach the API shows
 * ApiErrorBanner itself. In production a server error arrives here masked,
 * with just a digest that matches the web server's log line.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <section className="banner banner--error" role="alert">
      <h1 className="banner__title">Something went wrong while showing this page.</h1>
      <p>
        Polder hit an error it did not expect.
        {digest && (
          <>
            {' '}
            The web server’s log has the details under <code>{digest}</code>.
          </>
        )}
      </p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </section>
  );
}
