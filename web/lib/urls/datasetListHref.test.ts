import { describe, expect, it } from 'vitest';

import { datasetListHref, datasetListOffsets } from './datasetListHref';

const URN = 'urn:polder:dataset:(postgres,delivery-db,delivery.public.delivery_events)';
const PAGE = '/datasets/urn%3Apolder%3Adataset%3A(postgres%2Cdelivery-db%2Cdelivery.public.delivery_events)';

describe('dataset list pages', () => {
  it('reads each list offset from the URL, 0 for anything but a whole number', () => {
    expect(datasetListOffsets({})).toEqual({ columns: 0, upstream: 0, downstream: 0, partitions: 0 });
    expect(datasetListOffsets({ columns: '1000', upstream: '100', downstream: ['200', '300'], partitions: '-5' })).toEqual({ columns: 1000, upstream: 100, downstream: 200, partitions: 0 });
  });

  it("links to a list's page, scrolled to it, keeping the page's other parameters", () => {
    expect(datasetListHref(URN, {}, 'partitions', 100)).toBe(`${PAGE}?partitions=100#partitions`);
    expect(datasetListHref(URN, { depth: '3', level: 'columns', upstream: '100', partitions: '100' }, 'partitions', 200)).toBe(
      `${PAGE}?depth=3&level=columns&upstream=100&partitions=200#partitions`,
    );
    expect(datasetListHref(URN, { level: 'columns', upstream: '100' }, 'columns', 1000)).toBe(`${PAGE}?level=columns&upstream=100&columns=1000#columns`);
    // The first page needs no offset.
    expect(datasetListHref(URN, { downstream: '100' }, 'downstream', 0)).toBe(`${PAGE}#downstream`);
  });
});
