'use client';

import { useState } from 'react';

import { catalogSpellings } from '@/lib/edits/catalogSpellings';
import { parseTags } from '@/lib/edits/parseTags';
import { tagBeingTyped } from '@/lib/edits/tagBeingTyped';
import { tagOptions } from '@/lib/edits/tagOptions';

import { useTagUsages } from './useTagUsages';

interface TagsInputProps {
  /** The input's id, which its form's label names. */
  id: string;
  /** The tags as the form shows them first, separated by commas. */
  defaultValue: string;
  /** The id of the form's own hint (how to separate tags). */
  hintId: string;
}

/**
 * The box of a form's tags, offering the tags the catalog already uses as one is typed, so that one tag
 * keeps one spelling. A plain text input underneath, posted as `tags`: without JavaScript, or with the
 * search index down, it is the box it always was.
 *
 * It is a combobox (a `list` to a datalist) only while it has tags to offer: a datalist with no options
 * would announce suggestions that never come. A tag typed in another case than the catalog's (`pii` where
 * it uses `PII`) is pointed out beside the box, in a status that screen readers announce; saving still
 * takes it as typed, as the API does.
 */
export function TagsInput({ id, defaultValue, hintId }: TagsInputProps) {
  const [text, setText] = useState(defaultValue);
  const { usages, catalog } = useTagUsages(tagBeingTyped(text).typed);
  const options = tagOptions(text, usages);
  const spellings = catalogSpellings(parseTags(text), catalog);
  const listId = `${id}-catalog-tags`;
  const spellingId = `${id}-spelling`;
  return (
    <>
      <input
        id={id}
        name="tags"
        defaultValue={defaultValue}
        onChange={(event) => setText(event.target.value)}
        list={options.length > 0 ? listId : undefined}
        autoComplete="off"
        aria-describedby={`${spellingId} ${hintId}`}
      />
      {options.length > 0 && (
        <datalist id={listId}>
          {options.map((option) => (
            <option key={option.value} value={option.value} label={option.label} />
          ))}
        </datalist>
      )}
      <p id={spellingId} className="form__hint" role="status">
        {spellings.map(({ typed, catalog: spelling }) => (
          <span key={typed}>
            “{typed}”: the catalog spells it <strong>{spelling}</strong>.{' '}
          </span>
        ))}
      </p>
    </>
  );
}
