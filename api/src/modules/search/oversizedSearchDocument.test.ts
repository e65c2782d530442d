import { describe, expect, it } from 'vitest';
import { trimmedSearchDocument, TRIMMED_DESCRIPTION_CHARS } from './oversizedSearchDocument.ts';
import type { SearchDocument } from './searchDocument.ts';

const wide = {
  id: 'x',
  urn: 'urn:polder:dataset:postgres:shop:shop.public.wide',
  type: 'DATASET',
  name: 'wide',
  description: 'd'.repeat(TRIMMED_DESCRIPTION_CHARS + 1),
  fieldNames: ['a', 'b'],
  tableColumns: ['wide a', 'wide b'],
  fieldDescriptions: ['The a', 'The b'],
  owners: ['ada'],
  terms: ['Order'],
} as SearchDocument;

describe('trimmedSearchDocument', () => {
  it("leaves out the columns' descriptions, the table-column pairs, the column names, then the description's tail, one at a time", () => {
    const steps: string[] = [];
    let document = wide;
    for (let trimmed = trimmedSearchDocument(document); trimmed; trimmed = trimmedSearchDocument(document)) {
      steps.push(trimmed.without);
      document = trimmed.document;
    }
    expect(steps).toEqual(["its columns' descriptions", 'its table-and-column pairs', "its columns' names", 'its description past 2,000 characters']);
    expect(document).toEqual({ ...wide, description: 'd'.repeat(TRIMMED_DESCRIPTION_CHARS), fieldNames: [], tableColumns: [], fieldDescriptions: [] });
  });

  it('skips what a document does not have, and has nothing to leave out of a document of its name alone', () => {
    expect(trimmedSearchDocument({ ...wide, fieldDescriptions: [] })?.without).toBe('its table-and-column pairs');
    expect(trimmedSearchDocument({ ...wide, description: 'short', fieldNames: [], tableColumns: [], fieldDescriptions: [] })).toBeUndefined();
  });
});
