import Link from 'next/link';

import { Markdown } from '@/components/Markdown';
import type { SearchMeaning } from '@/lib/api';
import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { withDomainFilter } from '@/lib/search/withDomainFilter';
import { glossaryTermHref, polysemeHref } from '@/lib/urls/glossaryHref';
import { searchHref } from '@/lib/urls/searchHref';

/** The same search, narrowed to one domain, from its first page. */
function searchInDomainHref(params: SearchPageParams, domain: string): string {
  return searchHref({ ...params, page: 1, filters: withDomainFilter(params.filters, domain) });
}

/**
 * "Which meaning?": the words of the query that mean different things in
 * different domains (polysemes), each sense with its domain and definition,
 * linking to the sense's glossary term and to the same search within that
 * domain. A domain already filtered on is marked as the current one.
 */
export function WhichMeaningPanel({ meanings, params }: { meanings: SearchMeaning[]; params: SearchPageParams }) {
  if (meanings.length === 0) return null;
  const filteredDomains = params.filters.find((filter) => filter.field === 'domain')?.values ?? [];
  return (
    <section className="meanings" aria-labelledby="meanings-heading">
      <h2 id="meanings-heading" className="meanings__heading">
        Which meaning?
      </h2>
      {meanings.map((meaning) => (
        <div key={meaning.urn} className="meanings__polyseme">
          <p className="meanings__intro">
            “<Link href={polysemeHref(meaning.urn)}>{meaning.label}</Link>” means something different in each domain
            {meaning.description ? ':' : '.'}
          </p>
          {meaning.description && <Markdown text={meaning.description} className="meanings__description" />}
          <ul className="meanings__senses" aria-label={`Meanings of ${meaning.label}`}>
            {meaning.senses.map((sense) => {
              const domain = sense.domain?.name ?? null;
              const isCurrent = domain !== null && filteredDomains.length === 1 && filteredDomains[0] === domain;
              return (
                <li key={sense.urn} className={`meaning${isCurrent ? ' meaning--current' : ''}`}>
                  <p className="meaning__domain">{domain ?? sense.glossary}</p>
                  <p className="meaning__term">
                    <Link href={glossaryTermHref(sense.urn)}>
                      {sense.name}
                      <span className="visually-hidden"> in {domain ?? sense.glossary}</span>
                    </Link>
                  </p>
                  {sense.definition && <Markdown text={sense.definition} className="meaning__definition" />}
                  {domain && (
                    <p className="meaning__search">
                      <Link href={searchInDomainHref(params, domain)} aria-current={isCurrent ? 'page' : undefined} prefetch={false}>
                        {params.query ? (
                          <>
                            Search “{params.query}” in {domain}
                          </>
                        ) : (
                          <>Browse {domain}</>
                        )}
                      </Link>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
