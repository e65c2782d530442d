import Link from 'next/link';

import { SignInLink } from '@/components/auth/SignInLink';
import { HeaderSearchBox } from '@/components/HeaderSearchBox';
import { getViewer } from '@/lib/api';
import { signOutAction } from '@/lib/actions/signOutAction';
import { currentPath } from '@/lib/session/currentPath';

/** The brand, the main links, a search box (HeaderSearchBox says where), and who is signed in (with the way out), or the way in. */
export async function SiteHeader() {
  const [viewer, here] = await Promise.all([getViewer(), currentPath()]);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Polder
        </Link>
        <nav aria-label="Main" className="site-header__nav">
          <Link href="/search">Browse all</Link>
          <Link href="/domains">Domains</Link>
          <Link href="/glossary">Glossary</Link>
          <Link href="/governance">Governance</Link>
          <Link href="/sources">Sources</Link>
          {viewer && <Link href="/settings/tokens">API tokens</Link>}
        </nav>
        <HeaderSearchBox />
        <div className="site-header__account">
          {viewer ? (
            // A plain POST form: signing out works before (or without) JS.
            <form action={signOutAction} className="site-header__signed-in">
              <span className="site-header__who">
                {/* Said to screen readers; on screen, the name beside Sign out says it, in the room a header row has. */}
                <span className="visually-hidden">Signed in as </span>
                <strong title={viewer.displayName === viewer.username ? viewer.username : `${viewer.displayName} (${viewer.username})`}>{viewer.displayName}</strong>
              </span>
              <button type="submit" className="button button--secondary button--small">
                Sign out
              </button>
            </form>
          ) : (
            <SignInLink here={here} />
          )}
        </div>
      </div>
    </header>
  );
}
