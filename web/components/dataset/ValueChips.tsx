import Link from 'next/link';

import { TagLink } from '@/components/TagLink';
import { glossaryTermHref } from '@/lib/urls/glossaryHref';

/** A chip's text, its text and the page it opens (a glossary term's), or a tag (opening the search for it: TagLink). */
export type ChipValue = string | { label: string; href: string } | { tag: string };

/**
 * A short list of labels (tags, classifications, terms) as chips; `—` when
 * empty, and "hidden" when the API masked it (null: a restricted dataset seen
 * from outside its domain). A chip with a page links to it; a tag, to the search for it.
 */
export function ValueChips({ values, label }: { values: ChipValue[] | null; label: string }) {
  if (values === null || values.length === 0) return <NoChips masked={values === null} label={label} />;
  return (
    <ul className="chips chips--inline" aria-label={label}>
      {values.map((value) =>
        typeof value === 'string' ? (
          <li key={value} className="chip">
            {value}
          </li>
        ) : 'tag' in value ? (
          <li key={`tag:${value.tag}`} className="chip">
            <TagLink tag={value.tag} />
          </li>
        ) : (
          <li key={value.href} className="chip">
            <Link href={value.href}>{value.label}</Link>
          </li>
        ),
      )}
    </ul>
  );
}

/** What a list of chips shows without chips: "hidden" when the API masked it (a restricted dataset seen from outside its domain), else `—`. */
export function NoChips({ masked, label }: { masked: boolean; label: string }) {
  if (!masked) return <span className="muted">—</span>;
  return (
    <span className="muted" title={`The ${label} of this restricted dataset are shown only inside its domain`}>
      hidden
    </span>
  );
}

/** Glossary terms as chips, each opening its term's page: its definition, and which sense of a shared word it is. */
export function termChips(terms: ReadonlyArray<{ urn: string; name: string }>): ChipValue[] {
  return terms.map((term) => ({ label: term.name, href: glossaryTermHref(term.urn) }));
}

/** Tags as chips, each opening the search for everything tagged so. */
export function tagChips(tags: readonly string[]): ChipValue[] {
  return tags.map((tag) => ({ tag }));
}
