import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicySet, PolicySetError, severityIn } from './policySet.ts';

const context = { domains: ['rentals', 'finance'], baseDir: '/etc/polder' };

const ownedProducts = { id: 'product-owned', target: { type: 'dataProduct' }, require: ['owner', 'description'], severity: 'high', rationale: 'Someone answers for it.' };

function problemsOf(section: unknown, readFile?: (path: string) => string): string[] {
  try {
    parsePolicySet(section, { ...context, readFile });
  } catch (error) {
    if (error instanceof PolicySetError) return error.problems;
    throw error;
  }
  throw new Error('expected the policy set to be refused');
}

describe('parsePolicySet', () => {
  it('reads the global baseline and a domain pack, scoping the pack to its domain', () => {
    const set = parsePolicySet(
      {
        policies: [ownedProducts],
        packs: [{ domain: 'finance', policies: [{ id: 'finance-pii-restricted', target: { type: 'field', classifications: ['PII'] }, require: [{ term: 'PII' }, 'restricted'], severity: 'critical', rationale: 'Regulated.' }] }],
      },
      context,
    );
    expect(set.schedule).toBe('0 * * * *');
    expect(set.policies.map((policy) => [policy.id, policy.domain, policy.target.domains])).toEqual([
      ['product-owned', null, undefined],
      ['finance-pii-restricted', 'finance', ['finance']],
    ]);
    expect(set.policies[1]!.require).toEqual([{ name: 'term', value: 'PII' }, { name: 'restricted' }]);
    expect(set.policies[1]!.target.status).toBe('active');
  });

  it('lets a pack raise a global severity for its own domain only', () => {
    const set = parsePolicySet({ policies: [ownedProducts], packs: [{ domain: 'finance', raise: [{ policy: 'product-owned', severity: 'critical' }] }] }, context);
    const [policy] = set.policies;
    expect([severityIn(policy!, 'finance'), severityIn(policy!, 'rentals'), severityIn(policy!, null)]).toEqual(['critical', 'high', 'high']);
  });

  it('refuses a pack that weakens, redefines or disables a global policy, naming the policy', () => {
    expect(
      problemsOf({
        policies: [ownedProducts],
        packs: [
          { domain: 'finance', raise: [{ policy: 'product-owned', severity: 'low' }] },
          { domain: 'rentals', policies: [{ ...ownedProducts, severity: 'info' }, { id: 'x', disable: true }] },
        ],
      }),
    ).toEqual([
      'policy "product-owned" (governance.packs[0] (domain finance)): a domain pack cannot weaken a global policy (raise to low, below its high)',
      'policy "x" (governance.packs[1] (domain rentals)[1]): a domain pack cannot disable or override global policies, only add its own or raise their severity',
      'policy "product-owned" (governance.packs[1] (domain rentals)): a domain pack cannot redefine a global policy; add a policy of its own, or raise the global one\'s severity under `raise`',
    ]);
  });

  it('refuses a second raise of one policy in one domain, which would silently replace the first', () => {
    expect(
      problemsOf({
        policies: [{ ...ownedProducts, severity: 'medium' }],
        packs: [
          { domain: 'finance', raise: [{ policy: 'product-owned', severity: 'critical' }] },
          { domain: 'finance', raise: [{ policy: 'product-owned', severity: 'high' }] },
        ],
      }),
    ).toEqual(['policy "product-owned" (governance.packs[1] (domain finance)): raised again for domain finance (already by governance.packs[0] (domain finance)); raise it once']);
  });

  it('refuses a pack policy aimed at another domain', () => {
    expect(problemsOf({ packs: [{ domain: 'finance', policies: [{ ...ownedProducts, id: 'f', target: { type: 'dataset', domains: ['rentals'] } }] }] })).toEqual([
      'policy "f" (governance.packs[0] (domain finance)[0]).target.domains: a pack of domain finance targets only its own domain (it names rentals)',
    ]);
  });

  it('names every problem with its policy and place', () => {
    expect(
      problemsOf({
        policies: [
          { ...ownedProducts, require: ['ownr', { minTrust: 150 }, { outputPorts: 'yes' }], severity: 'urgent' },
          { ...ownedProducts, id: 'columns-owned', target: { type: 'field' }, require: ['owner'] },
          { id: 'no-rationale', target: { type: 'dataset' }, require: ['owner'], severity: 'low' },
        ],
        packs: [{ domain: 'sales' }],
      }),
    ).toEqual([
      'policy "product-owned" (governance.policies[0]).severity: must be one of info, low, medium, high, critical, not "urgent"',
      'policy "columns-owned" (governance.policies[1]).require[0]: "owner" does not apply to a field (it applies to dataset, dataProduct)',
      'policy "no-rationale" (governance.policies[2]) needs a rationale: why the rule exists, which the catalog shows beside it',
      'governance.packs[0] (domain sales): unknown domain "sales" (declared: rentals, finance)',
    ]);
    expect(problemsOf({ policies: [{ ...ownedProducts, require: ['ownr', { minTrust: 150 }, { outputPorts: 'yes' }] }] })).toEqual([
      'policy "product-owned" (governance.policies[0]).require[0]: unknown requirement "ownr" (known: owner, description, freshnessSlo, active, approvedTerms, term, restricted, tag, certified, minTrust, qualityChecks, outputPorts, contractConformance)',
      'policy "product-owned" (governance.policies[0]).require[1]: "minTrust" needs a score from 0 to 100, e.g. `- minTrust: 60`',
      'policy "product-owned" (governance.policies[0]).require[2]: "outputPorts" takes no value; write it as `- outputPorts`',
    ]);
  });

  it('reads a pack file relative to polder.yaml, and reports one it cannot read', () => {
    const files: Record<string, string> = { '/etc/polder/governance/finance.yaml': 'policies:\n  - { id: finance-certified, target: { type: dataset, outputPort: true }, require: [certified], severity: medium, rationale: Audited. }\n' };
    const read = (path: string) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    };
    const set = parsePolicySet({ packs: [{ domain: 'finance', file: 'governance/finance.yaml' }] }, { ...context, readFile: read });
    expect(set.policies.map((policy) => [policy.id, policy.target.domains])).toEqual([['finance-certified', ['finance']]]);
    expect(problemsOf({ packs: [{ domain: 'finance', file: 'governance/missing.yaml' }] }, read)).toEqual([
      "governance.packs[0] (domain finance): cannot read governance/missing.yaml: ENOENT: no such file, open '/etc/polder/governance/missing.yaml'",
    ]);
    files['/etc/polder/governance/broken.yaml'] = 'policies: [\n  - a\n';
    expect(problemsOf({ packs: [{ domain: 'finance', file: 'governance/broken.yaml' }] }, read)).toEqual([
      'governance.packs[0] (domain finance): governance/broken.yaml line 2, column 3 is not valid YAML: Block collections are not allowed within flow collections',
    ]);
  });

  it('refuses a pack file outside polder.yaml\'s directory, without reading it', () => {
    const read = (path: string): string => {
      throw new Error(`read ${path}`);
    };
    expect(problemsOf({ packs: [{ domain: 'finance', file: '../../etc/passwd' }, { domain: 'rentals', file: '/etc/shadow' }] }, read)).toEqual([
      "governance.packs[0] (domain finance): ../../etc/passwd is not a file under polder.yaml's directory; name it relative to polder.yaml, without ..",
      "governance.packs[1] (domain rentals): /etc/shadow is not a file under polder.yaml's directory; name it relative to polder.yaml, without ..",
    ]);
  });

  it('refuses a pack file that is a link leading out of polder.yaml\'s directory, without reading where it leads', () => {
    const root = mkdtempSync(join(tmpdir(), 'polder-policy-packs-'));
    try {
      mkdirSync(join(root, 'config'));
      writeFileSync(join(root, 'outside.yaml'), 'policies: []\n');
      symlinkSync(join(root, 'outside.yaml'), join(root, 'config', 'finance.yaml'));
      writeFileSync(join(root, 'config', 'rentals.yaml'), 'policies: []\n');
      const problems = (() => {
        try {
          parsePolicySet({ packs: [{ domain: 'finance', file: 'finance.yaml' }, { domain: 'rentals', file: 'rentals.yaml' }] }, { ...context, baseDir: join(root, 'config') });
          return [];
        } catch (error) {
          return (error as PolicySetError).problems;
        }
      })();
      expect(problems).toEqual([`governance.packs[0] (domain finance): cannot read finance.yaml: it leads to ${realpathSync(join(root, 'outside.yaml'))}, outside polder.yaml's directory`]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says what a requirement takes when its value is no score or name (NaN, Infinity, a list)', () => {
    const requiring = (...require: unknown[]) => ({ policies: [{ ...ownedProducts, require }] });
    expect(problemsOf(requiring({ minTrust: Number.NaN }, { minTrust: Number.POSITIVE_INFINITY }, { minTrust: '60' }, { tag: ['a'] }))).toEqual([
      'policy "product-owned" (governance.policies[0]).require[0]: "minTrust" needs a score from 0 to 100, e.g. `- minTrust: 60`',
      'policy "product-owned" (governance.policies[0]).require[1]: "minTrust" needs a score from 0 to 100, e.g. `- minTrust: 60`',
      'policy "product-owned" (governance.policies[0]).require[2]: "minTrust" needs a score from 0 to 100, e.g. `- minTrust: 60`',
      'policy "product-owned" (governance.policies[0]).require[3]: "tag" needs a name, e.g. `- tag: PII`',
    ]);
  });

  it('refuses a schedule that is not a cron expression, before anything runs on it', () => {
    expect(problemsOf({ schedule: 'every hour', policies: [ownedProducts] })).toEqual([
      'governance.schedule: "every hour" has 2 fields; a cron expression has 5 fields (minute hour day-of-month month day-of-week) or 6 (seconds first), e.g. "0 * * * *" (every hour)',
    ]);
  });

  it('says what a policy needs when a key is left out, and names a misspelt key rather than the one it misses', () => {
    expect(problemsOf({ policies: [{}, { ...ownedProducts, id: 'typo', rationale: undefined, rational: 'r' }, 'product-owned'] })).toEqual([
      'policy governance.policies[0] needs an id: lower-case letters, digits and dashes, e.g. product-owned',
      'policy governance.policies[0] needs a target: the assets it applies to, e.g. { type: dataset }',
      'policy governance.policies[0] needs require: what it asks of them, e.g. [owner, description]',
      'policy governance.policies[0] needs a severity: info, low, medium, high, critical',
      'policy governance.policies[0] needs a rationale: why the rule exists, which the catalog shows beside it',
      'policy "typo" (governance.policies[1]): unknown key "rational" (did you mean "rationale"?)',
      'policy governance.policies[2]: must be a mapping (key: value), not "product-owned"',
    ]);
  });

  it('says in plain words what a value is and what it should be', () => {
    expect(
      problemsOf({
        polices: [],
        policies: [{ ...ownedProducts, id: 'Product Owned', target: { type: 'table' }, require: [5], rationale: '  ' }],
      }),
    ).toEqual(['governance: unknown key "polices" (did you mean "policies"?)']);
    expect(problemsOf({ policies: [{ ...ownedProducts, id: 'Product Owned', target: { type: 'table' }, require: [5], rationale: '  ' }] })).toEqual([
      'policy "Product Owned" (governance.policies[0]).id: must be lower-case letters, digits and dashes (at most 80), not "Product Owned"',
      'policy "Product Owned" (governance.policies[0]).target.type: must be one of dataset, dataProduct, field, not "table"',
      'policy "Product Owned" (governance.policies[0]).require[0]: must be a requirement\'s name (owner) or one name: value pair (tag: PII), not 5',
      'policy "Product Owned" (governance.policies[0]).rationale: must not be empty: it says why the rule exists, and the catalog shows it beside the policy',
    ]);
  });

  it('accepts no governance section as no policies', () => {
    expect(parsePolicySet(undefined, context)).toEqual({ schedule: '0 * * * *', policies: [] });
  });
});
