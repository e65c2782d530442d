import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Polder
        </Link>
        <nav aria-label="Main">
          <Link href="/search">Browse all</Link>
        </nav>
      </div>
    </header>
  );
}
