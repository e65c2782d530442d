import { parsePolicySet } from '@polder/runtime';
import { describe, expect, it } from 'vitest';
import { evaluatePolicies } from './evaluatePolicies.ts';
import type { AssetFacts } from './PolicyFacts.ts';

const policies = parsePolicySet(
  {
    policies: [
      { id: 'product-owned', target: { type: 'dataProduct' }, require: ['owner', 'description'], severity: 'high', rationale: 'r' },
      { id: 'pii-protected', target: { type: 'field', outputPort: true, classifications: ['pii'] }, require: [{ term: 'PII' }, 'restricted'], severity: 'critical', rationale: 'r' },
      { id: 'port-fresh', target: { type: 'dataset', outputPort: true }, require: ['freshnessSlo'], severity: 'medium', rationale: 'r' },
      { id: 'no-removed-port', target: { type: 'dataset', outputPort: true, status: 'any' }, require: ['active'], severity: 'high', rationale: 'r' },
      { id: 'port-terms-approved', target: { type: 'dataset', outputPort: true }, require: ['approvedTerms'], severity: 'low', rationale: 'r' },
    ],
    packs: [{ domain: 'finance', raise: [{ policy: 'port-fresh', severity: 'high' }] }],
  },
  { domains: ['finance', 'rentals'], baseDir: '/' },
).policies;

const invoices = { urn: 'urn:polder:dataProduct:(finance,invoices)', id: 'invoices', name: 'Invoices' };

function asset(overrides: Partial<AssetFacts>): AssetFacts {
  return {
    urn: 'urn:polder:dataset:(postgres,finance-db,finance.public.invoice)', type: 'dataset', name: 'finance.public.invoice', status: 'ACTIVE', domain: 'finance',
    products: [invoices], outputPort: true, description: 'Invoices.', owners: ['ada'], tags: [], classifications: [], terms: [], restricted: false,
    freshnessSlo: { seconds: 86_400, declaredBy: invoices.urn }, certified: false, trustScore: 70, qualityChecks: 1, outputPorts: 0, contracts: [],
    ...overrides,
  };
}

describe('evaluatePolicies', () => {
  it('finds nothing on an asset that meets every policy targeting it', () => {
    expect(evaluatePolicies(policies, [asset({})])).toEqual([]);
  });

  it('names every shortfall of a targeted asset, with its evidence', () => {
    const product = asset({ urn: invoices.urn, type: 'dataProduct', name: 'Invoices', products: [invoices], outputPort: false, owners: [], description: ' ' });
    expect(evaluatePolicies(policies, [product])).toEqual([
      {
        policyId: 'product-owned', assetUrn: invoices.urn, assetType: 'dataProduct', domain: 'finance', severity: 'high',
        message: 'Invoices has no owner; has no description',
        evidence: [
          { kind: 'owners', urn: invoices.urn, description: 'no owner set by a person or declared by its source' },
          { kind: 'description', urn: invoices.urn, description: 'no description written or crawled' },
        ],
        tellsClassification: false,
      },
    ]);
  });

  it('selects columns by classification and output port, and checks term and access policy', () => {
    const email = asset({ urn: 'urn:polder:field:(x,email)', type: 'field', name: 'invoice.email', classifications: ['PII'], terms: [{ urn: 't', name: 'Invoice', termStatus: 'APPROVED', synonyms: [], classifications: [] }] });
    const internal = asset({ ...email, urn: 'urn:polder:field:(x,note)', outputPort: false });
    const protectedEmail = asset({ ...email, urn: 'urn:polder:field:(x,email2)', restricted: true, terms: [{ urn: 'p', name: 'Personal data', termStatus: 'APPROVED', synonyms: ['pii'], classifications: [] }] });
    const classifiedEmail = asset({ ...email, urn: 'urn:polder:field:(x,email3)', restricted: true, terms: [{ urn: 'e', name: 'Email address', termStatus: 'APPROVED', synonyms: [], classifications: ['PII'] }] });
    const violations = evaluatePolicies(policies, [email, internal, protectedEmail, classifiedEmail]);
    expect(violations.map((violation) => [violation.assetUrn, violation.severity, violation.message])).toEqual([
      ['urn:polder:field:(x,email)', 'critical', 'invoice.email carries no "PII" term; has no access policy (its dataset is not restricted)'],
    ]);
  });

  it('says when a violation tells classifications: its policy selects by them, or it names a classified term', () => {
    const email = asset({ urn: 'urn:polder:field:(x,email)', type: 'field', name: 'invoice.email', classifications: ['PII'], terms: [] });
    const draftEmail = asset({ terms: [{ urn: 'e', name: 'Email address', termStatus: 'DRAFT', synonyms: [], classifications: ['PII'] }] });
    const named = asset({ urn: 'urn:polder:dataset:(n)', terms: [{ urn: 'e', name: 'Email address', termStatus: 'APPROVED', synonyms: [], classifications: ['PII'] }] });
    const termPolicies = parsePolicySet({ policies: [{ id: 'has-invoice-term', target: { type: 'dataset' }, require: [{ term: 'Invoice' }], severity: 'low', rationale: 'r' }] }, { domains: ['finance'], baseDir: '/' }).policies;
    const tells = (violations: ReturnType<typeof evaluatePolicies>) => violations.map((violation) => [violation.policyId, violation.tellsClassification]);
    expect(tells(evaluatePolicies(policies, [email]))).toEqual([['pii-protected', true]]);
    expect(tells(evaluatePolicies(policies, [draftEmail]))).toEqual([['port-terms-approved', true]]);
    // "its terms: Email address" in the evidence of a missing term.
    expect(tells(evaluatePolicies(termPolicies, [named]))).toEqual([['has-invoice-term', true]]);
    expect(tells(evaluatePolicies(termPolicies, [asset({ terms: [] })]))).toEqual([['has-invoice-term', false]]);
  });

  it('uses the severity a domain pack raised, in that domain only', () => {
    const financePort = asset({ freshnessSlo: null });
    const rentalsPort = asset({ urn: 'urn:polder:dataset:(r)', name: 'rentals.public.x', domain: 'rentals', freshnessSlo: null });
    expect(evaluatePolicies(policies, [financePort, rentalsPort]).map((violation) => [violation.domain, violation.policyId, violation.severity])).toEqual([
      ['finance', 'port-fresh', 'high'],
      ['rentals', 'port-fresh', 'medium'],
    ]);
  });

  it('reaches removed datasets only for a policy whose target asks for them', () => {
    const removed = asset({ status: 'REMOVED' });
    expect(evaluatePolicies(policies, [removed]).map((violation) => [violation.policyId, violation.message])).toEqual([
      ['no-removed-port', 'finance.public.invoice was removed from its source but is still an output port of Invoices'],
    ]);
  });

  it('lists terms that are not Approved', () => {
    const draft = asset({ terms: [{ urn: 'urn:t1', name: 'Revenue', termStatus: 'DRAFT', synonyms: [], classifications: [] }, { urn: 'urn:t2', name: 'Invoice', termStatus: 'APPROVED', synonyms: [], classifications: [] }] });
    expect(evaluatePolicies(policies, [draft])).toMatchObject([{ policyId: 'port-terms-approved', message: 'finance.public.invoice carries terms that are not Approved: Revenue (DRAFT)', evidence: [{ kind: 'term', urn: 'urn:t1' }], tellsClassification: false }]);
  });

  it('names the first problems of each contract a table does not keep, with their count', () => {
    const kept = parsePolicySet({ policies: [{ id: 'contracts-kept', target: { type: 'dataset' }, require: ['contractConformance'], severity: 'high', rationale: 'r' }] }, { domains: ['finance'], baseDir: '/' }).policies;
    const invoice = { urn: 'urn:polder:dataset:(contract,finance-contracts,invoices,invoice)', name: 'invoice' };
    const keeping = asset({ contracts: [{ promise: invoice, problems: [] }] });
    const breaking = asset({
      contracts: [
        {
          promise: invoice,
          problems: [
            { column: 'customer_id', kind: 'MISSING_COLUMN', promised: 'integer', actual: null },
            { column: 'amount', kind: 'LOGICAL_TYPE', promised: 'number', actual: 'text' },
            { column: 'email', kind: 'NULLABLE', promised: 'required', actual: 'nullable' },
            { column: 'id', kind: 'NOT_PRIMARY_KEY', promised: 'primary key', actual: 'not in the primary key' },
          ],
        },
      ],
    });
    expect(evaluatePolicies(kept, [keeping, asset({ contracts: [] })])).toEqual([]);
    expect(evaluatePolicies(kept, [breaking])).toEqual([
      {
        policyId: 'contracts-kept', assetUrn: breaking.urn, assetType: 'dataset', domain: 'finance', severity: 'high',
        message:
          'finance.public.invoice does not keep contract object invoice (4 problems): customer_id is missing (promised integer); amount is text, promised number; email is nullable, promised required; and 1 more',
        evidence: [
          { kind: 'contract', urn: invoice.urn, description: 'customer_id is missing (promised integer)' },
          { kind: 'contract', urn: invoice.urn, description: 'amount is text, promised number' },
          { kind: 'contract', urn: invoice.urn, description: 'email is nullable, promised required' },
          { kind: 'contract', urn: invoice.urn, description: "and 1 more, listed with the dataset's data contract" },
        ],
        tellsClassification: false,
      },
    ]);
  });
});
