import { describe, expect, it } from 'vitest';

import { lineageLevelParam, lineageLevelValue, parseLineageLevel } from './lineageLevel';

describe('parseLineageLevel', () => {
  it('reads columns as FIELD', () => {
    expect(parseLineageLevel('columns')).toEqual('FIELD');
    expect(parseLineageLevel(['columns', 'datasets'])).toEqual('FIELD');
  });

  it('reads anything else as DATASET', () => {
    for (const value of [undefined, '', 'datasets', 'FIELD', 'Columns', ['datasets', 'columns']]) expect(parseLineageLevel(value)).toEqual('DATASET');
  });
});

describe('lineageLevelParam', () => {
  it('leaves the default out of the URL', () => {
    expect(lineageLevelParam('DATASET')).toEqual(undefined);
    expect(lineageLevelParam('FIELD')).toEqual('columns');
  });

  it('round-trips through parseLineageLevel', () => {
    for (const level of ['DATASET', 'FIELD'] as const) expect(parseLineageLevel(lineageLevelValue(level))).toEqual(level);
  });
});
