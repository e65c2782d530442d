import Link from 'next/link';

import { Count } from '@/components/Count';
import type { SenseLink, SharedWord, UnsharedWord } from '@/lib/api/queries/glossariesQuery';
import { glossaryTermHref, polysemeHref } from '@/lib/urls/glossaryHref';

/**
 * The words the domains share with a meaning each (polysemes), each with its senses, and the
 * words two domains define apart that no polyseme relates yet: where a reader would otherwise
 * take one domain's "Customer" for another's.
 */
export function SharedWordsSection({ sharedWords, unsharedWords }: { sharedWords: SharedWord[]; unsharedWords: UnsharedWord[] }) {
  return (
    <section className="glossary-card" aria-labelledby="shared-words-heading">
      <div className="glossary-card__header">
        <h2 id="shared-words-heading" className="glossary-card__title">
          Shared words <Count value={sharedWords.length} one="word" other="words" />
        </h2>
      </div>
      <p className="muted">One word, a meaning in each domain, and how the meanings map onto each other.</p>
      {sharedWords.length === 0 ? (
        <p className="muted">No shared word yet.</p>
      ) : (
        <ul className="plain-list shared-words">
          {sharedWords.map((word) => (
            <li key={word.urn}>
              <Link href={polysemeHref(word.urn)}>{word.label}</Link>
              {word.polysemeStatus !== 'APPROVED' && <span className="muted"> · {word.polysemeStatus.toLowerCase()}</span>}
              <Senses terms={word.senses} label={`Meanings of ${word.label}`} />
            </li>
          ))}
        </ul>
      )}
      {unsharedWords.length > 0 && (
        <>
          <h3>Defined apart</h3>
          <p className="muted">Each of these words is defined by more than one domain, and no shared word relates the definitions yet.</p>
          <ul className="plain-list shared-words">
            {unsharedWords.map((word) => (
              <li key={word.label}>
                <strong>{word.label}</strong>
                <Senses terms={word.terms} label={`Definitions of ${word.label}`} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Senses({ terms, label }: { terms: SenseLink[]; label: string }) {
  return (
    <ul className="chips chips--inline" aria-label={label}>
      {terms.map((term) => (
        <li key={term.urn} className="chip">
          {term.domain ? `${term.domain.name}: ` : 'Enterprise: '}
          <Link href={glossaryTermHref(term.urn)}>{term.name}</Link>
        </li>
      ))}
    </ul>
  );
}
