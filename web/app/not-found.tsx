import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <section className="empty-state">
      <h1>Not found</h1>
      <p>
        Nothing in the catalog lives at this address. What was here (a dataset, a product, a term…) may have been
        renamed or removed, or the link may be cut short.
      </p>
      <p>
        <Link href="/search">Browse the catalog</Link> or <Link href="/">start a new search</Link>.
      </p>
    </section>
  );
}
