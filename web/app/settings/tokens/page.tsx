import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { CreateTokenForm } from '@/components/tokens/CreateTokenForm';
import { TokenTable } from '@/components/tokens/TokenTable';
import { getViewer, listApiTokens } from '@/lib/api';
import { signInHref } from '@/lib/urls/signInHref';

export const metadata: Metadata = { title: 'API tokens' };

// The signed-in person's own tokens, read at request time.
export const dynamic = 'force-dynamic';

const PATH = '/settings/tokens';

export default async function TokensPage() {
  // Tokens belong to an account: nobody signed in has any to list, even where reading is open.
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref({ next: PATH }));
  const result = await listApiTokens();
  const revokedTokenIds = result.ok ? result.data.filter((token) => token.revokedAt !== null).map((token) => token.id) : [];

  return (
    <section className="settings">
      <h1>API tokens</h1>
      <p className="lede">
        Tools (scripts, Airflow, CI) call the Polder API with a token instead of your password. A token can do no more
        than you can, and only what its scopes allow.
      </p>

      <section aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">New token</h2>
        <CreateTokenForm revokedTokenIds={revokedTokenIds} offerWrite={viewer.viewerCanCreateWriteTokens} />
      </section>

      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">
          Your tokens {result.ok && <Count value={result.data.length} one="token" other="tokens" />}
        </h2>
        {result.ok ? <TokenTable tokens={result.data} labelledBy="tokens-heading" /> : <ApiErrorBanner failure={result.failure} />}
      </section>
    </section>
  );
}
