import type { Metadata } from 'next';

import { SignInForm } from '@/components/auth/SignInForm';
import { getViewer } from '@/lib/api';
import { safeNextPath } from '@/lib/urls/safeNextPath';

export const metadata: Metadata = { title: 'Sign in' };

// Depends on the cookie and the query; never prerender.
export const dynamic = 'force-dynamic';

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const first = (name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const next = safeNextPath(first('next')) ?? '/';
  const viewer = await getViewer();

  return (
    <section className="narrow">
      <h1>Sign in</h1>
      {first('expired') === '1' && (
        <p className="notice" role="status">
          Your session expired; sign in again.
        </p>
      )}
      {/* Where the header's "Sign out" lands (signOutAction). Said only when true: a link here while signed in must not claim it. */}
      {first('signed-out') === '1' && !viewer && (
        <p className="notice" role="status">
          You are signed out.
        </p>
      )}
      {viewer && (
        <p className="muted">
          You are signed in as <strong>{viewer.displayName}</strong>. Signing in again replaces that session.
        </p>
      )}
      <SignInForm next={next} />
    </section>
  );
}
