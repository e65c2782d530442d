'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

import { isSignInPath } from '@/lib/urls/safeNextPath';
import { signInHref } from '@/lib/urls/signInHref';

/**
 * The header's "Sign in", coming back to the page the browser shows now. The header is drawn once
 * with the root layout and kept across in-app navigations, so the path the server saw then (`here`)
 * goes stale: read from the router, the link leaves the sign-in page itself and names the right page.
 */
export function SignInLink({ here }: { here: string }) {
  return (
    // Until the router's search params are read (static rendering), the server's path stands in.
    <Suspense fallback={<SignInLinkTo path={here} />}>
      <CurrentSignInLink />
    </Suspense>
  );
}

function CurrentSignInLink() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <SignInLinkTo path={query ? `${pathname}?${query}` : pathname} />;
}

function SignInLinkTo({ path }: { path: string }) {
  if (isSignInPath(path)) return null;
  return (
    <Link href={signInHref({ next: path })} className="button button--secondary button--small">
      Sign in
    </Link>
  );
}
