import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { describeLineageEdge, isRootNode, lineageNodeMeta } from './describeLineage';
import { edgeKey } from './lineagePath';

const dataset = (urn: string, domain: string | null): LineageNode => ({ urn, name: urn, type: 'DATASET', qualifiedName: urn, domain, degree: 0, dataset: null });
const column = (datasetUrn: string, name: string, domain: string | null): LineageNode => ({
  urn: `${datasetUrn}.${name}`,
  name,
  type: 'FIELD',
  qualifiedName: `${datasetUrn}.${name}`,
  domain,
  degree: 0,
  dataset: { urn: datasetUrn, name: datasetUrn },
});

describe('isRootNode', () => {
  it('is the root dataset or one of its columns', () => {
    expect(isRootNode(dataset('customer', null), 'customer')).toBe(true);
    expect(isRootNode(column('customer', 'email', null), 'customer')).toBe(true);
    expect(isRootNode(column('summary', 'email', null), 'customer')).toBe(false);
    expect(isRootNode(dataset('summary', null), 'customer')).toBe(false);
  });
});

describe('lineageNodeMeta', () => {
  it('says what a node is and its domain', () => {
    expect(lineageNodeMeta(dataset('customer', 'Rentals'), 'customer')).toEqual('This dataset · Rentals');
    expect(lineageNodeMeta(dataset('summary', null), 'customer')).toEqual('Dataset');
    expect(lineageNodeMeta(column('customer', 'email', 'Rentals'), 'customer')).toEqual('in this dataset · Rentals');
    expect(lineageNodeMeta(column('summary', 'email', 'Finance'), 'customer')).toEqual('in summary · Finance');
  });
});

describe('describeLineageEdge', () => {
  const byUrn = new Map([dataset('customer', 'Rentals'), dataset('invoice', 'Finance'), column('customer', 'email', 'Rentals'), column('summary', 'email', 'Rentals')].map((node) => [node.urn, node]));

  it('names both ends, and says where an edge crosses domains', () => {
    expect(
      describeLineageEdge({ id: edgeKey('customer', 'invoice'), from: 'customer', to: 'invoice', transformation: 'JOB', confidence: 1, job: null, crossesDomains: true }, byUrn),
    ).toEqual({ from: 'customer', to: 'invoice', details: ['crosses domains: Rentals to Finance', 'job'], job: null });
  });

  it('gives the job that made the edge, instead of the bare word "job"', () => {
    const job = { urn: 'urn:polder:job:(finance-pipelines,load_invoices)', name: 'load_invoices' };
    expect(describeLineageEdge({ id: edgeKey('customer', 'invoice'), from: 'customer', to: 'invoice', transformation: 'JOB', confidence: 1, job, crossesDomains: true }, byUrn)).toEqual({
      from: 'customer',
      to: 'invoice',
      details: ['crosses domains: Rentals to Finance'],
      job,
    });
    // A column edge of the job's column lineage keeps its own transformation.
    expect(
      describeLineageEdge({ id: edgeKey('customer.email', 'summary.email'), from: 'customer.email', to: 'summary.email', transformation: 'DIRECT/IDENTITY', confidence: 1, job, crossesDomains: false }, byUrn),
    ).toEqual({ from: 'customer.email', to: 'summary.email', details: ['direct/identity'], job });
  });

  it('names columns with their dataset, and gives a confidence below certainty', () => {
    expect(
      describeLineageEdge(
        { id: edgeKey('customer.email', 'summary.email'), from: 'customer.email', to: 'summary.email', transformation: 'GROUP_BY', confidence: 0.5, job: null, crossesDomains: false },
        byUrn,
      ),
    ).toEqual({ from: 'customer.email', to: 'summary.email', details: ['group by', 'confidence 50%'], job: null });
    expect(describeLineageEdge({ id: 'x', from: 'a', to: 'b', transformation: null, confidence: null, job: null, crossesDomains: false }, byUrn)).toEqual({ from: 'a', to: 'b', details: [], job: null });
  });
});
