import { externalHref } from '@/lib/urls/externalHref';

/**
 * A term's links (its standard, its policy page): each opens elsewhere, telling that site nothing of
 * this catalog. A link whose address is not http(s) is shown as text with its address, never followed.
 */
export function TermLinkList({ links }: { links: Array<{ label: string; url: string }> }) {
  if (links.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain-list term-links" aria-label="links">
      {links.map((link) => {
        const href = externalHref(link.url);
        return (
          <li key={`${link.label}:${link.url}`}>
            {href ? (
              <a href={href} rel="noopener noreferrer" target="_blank">
                {link.label}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <>
                {link.label} <code className="muted">{link.url}</code>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
