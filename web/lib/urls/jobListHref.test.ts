import { describe, expect, it } from 'vitest';

import { jobListHref, jobListOffsets } from './jobListHref';

const JOB = 'urn:polder:job:(finance-pipelines,load_rental_invoices)';
const PAGE = '/jobs/urn%3Apolder%3Ajob%3A(finance-pipelines%2Cload_rental_invoices)';

describe('jobListOffsets', () => {
  it('reads both offsets leniently', () => {
    expect(jobListOffsets({ inputs: '100', outputs: 'x' })).toEqual({ inputs: 100, outputs: 0 });
  });
});

describe('jobListHref', () => {
  it('moves one list and keeps the other where it was', () => {
    expect(jobListHref(JOB, { inputs: 0, outputs: 100 }, 'inputs', 200)).toEqual(`${PAGE}?inputs=200&outputs=100#inputs`);
  });

  it('leaves the first page out of the URL', () => {
    expect(jobListHref(JOB, { inputs: 100, outputs: 0 }, 'inputs', 0)).toEqual(`${PAGE}#inputs`);
  });
});
