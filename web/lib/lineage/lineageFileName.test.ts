import { describe, expect, it } from 'vitest';

import { lineageFileName } from './lineageFileName';

describe('lineageFileName', () => {
  it('names the file after the dataset and the level', () => {
    expect(lineageFileName('customer_rental_summary', 'DATASET', 'svg')).toEqual('lineage-customer_rental_summary.svg');
    expect(lineageFileName('customer', 'FIELD', 'png')).toEqual('lineage-customer-columns.png');
  });

  it('keeps only safe characters, and never an empty or hidden name', () => {
    expect(lineageFileName('../Kunden Übersicht (neu)', 'DATASET', 'svg')).toEqual('lineage-Kunden-bersicht-neu.svg');
    expect(lineageFileName('///', 'DATASET', 'png')).toEqual('lineage-dataset.png');
  });
});
