/**
 * Governance policies as code: polder.yaml's `governance:` section, a global
 * baseline plus domain packs (inline, or in files the section references):
 *
 *   governance:
 *     schedule: "0 * * * *"            # full evaluation; changes are evaluated as they land
 *     policies:                        # the global baseline
 *       - id: product-owned-and-described
 *         target: { type: dataProduct }
 *         require: [owner, description]
 *         severity: high
 *         rationale: Consumers must know who answers for a product and what it is for.
 *     packs:
 *       - domain: finance
 *         file: governance/finance.yaml     # holds `policies:` and `raise:` like this entry
 *         raise: [{ policy: output-port-freshness-slo, severity: critical }]
 *
 * A policy selects its targets (asset type, domains, products, tags,
 * classifications, output ports, status) and requires conditions of them, each
 * a named requirement from a fixed catalogue (REQUIREMENTS): policies are data,
 * never code or Cypher, so a policy file cannot reach into the graph.
 *
 * Global policies cannot be weakened by a domain pack: a pack's policies apply
 * to its own domain only, cannot reuse a global id, and a pack may raise a
 * global policy's severity for its domain, never lower it or switch it off.
 *
 * Validation is separate from loading the rest of polder.yaml: an invalid policy
 * set is reported (every problem, naming the policy) and the set already in force
 * stays in force (api/src/modules/governance/applyPolicySet.ts).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { cronSchedule } from './cronSchedule.ts';
import { plainIssueMessage, shown } from './plainIssueMessage.ts';
import { rootIssues } from './rootIssues.ts';
import { yamlSyntaxProblem } from './yamlSyntaxProblem.ts';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TARGET_TYPES = ['dataset', 'dataProduct', 'field'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/**
 * The requirements a policy may name, with the target types each applies to and
 * whether it takes a parameter. Their meaning is in api/src/modules/governance/requirements.ts.
 */
export const REQUIREMENTS = {
  owner: { appliesTo: ['dataset', 'dataProduct'], parameter: 'none' },
  description: { appliesTo: ['dataset', 'dataProduct', 'field'], parameter: 'none' },
  freshnessSlo: { appliesTo: ['dataset', 'dataProduct'], parameter: 'none' },
  active: { appliesTo: ['dataset', 'dataProduct', 'field'], parameter: 'none' },
  approvedTerms: { appliesTo: ['dataset', 'field'], parameter: 'none' },
  term: { appliesTo: ['dataset', 'field'], parameter: 'text' },
  restricted: { appliesTo: ['dataset', 'field'], parameter: 'none' },
  tag: { appliesTo: ['dataset', 'dataProduct', 'field'], parameter: 'text' },
  certified: { appliesTo: ['dataset', 'dataProduct'], parameter: 'none' },
  minTrust: { appliesTo: ['dataset', 'dataProduct'], parameter: 'score' },
  qualityChecks: { appliesTo: ['dataset'], parameter: 'none' },
  outputPorts: { appliesTo: ['dataProduct'], parameter: 'none' },
  contractConformance: { appliesTo: ['dataset'], parameter: 'none' },
} as const satisfies Record<string, { appliesTo: readonly TargetType[]; parameter: 'none' | 'text' | 'score' }>;
export type RequirementName = keyof typeof REQUIREMENTS;
const REQUIREMENT_NAMES = Object.keys(REQUIREMENTS) as RequirementName[];

export interface Requirement {
  name: RequirementName;
  /** The term or tag named (`term`, `tag`), or the least score (`minTrust`). */
  value?: string | number;
}

const names = z.array(z.string().trim().min(1)).min(1);

const targetSchema = z
  .object({
    type: z.enum(TARGET_TYPES),
    /** Domain ids; a pack's policies always target its own domain. */
    domains: names.optional(),
    /** Data product ids (a contract id) or URNs: datasets they expose, their fields, or the products themselves. */
    products: names.optional(),
    /** Any of these tags. */
    tags: names.optional(),
    /** Any of these classifications (case-insensitive), e.g. PII; the column's, or any column's for a dataset. */
    classifications: names.optional(),
    /** true: only output ports (datasets a product exposes, their columns); false: only what is not one. */
    outputPort: z.boolean().optional(),
    /** Which assets by lifecycle: `active` (the default), `removed` (gone from their source), or `any`. */
    status: z.enum(['active', 'removed', 'any']).default('active'),
  })
  .strict();

const requirementSchema = z.union(
  [
    z.string(),
    // Any value here: requirementOf says what the named requirement takes (a bare "Invalid input" would not).
    z.record(z.string(), z.unknown()).refine((entry) => Object.keys(entry).length === 1, 'a requirement with a value is one `name: value` pair'),
  ],
  { error: (issue) => `must be a requirement's name (owner) or one name: value pair (tag: PII), not ${shown(issue.input)}` },
);

const policySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: (issue) => `must be lower-case letters, digits and dashes (at most 80), not ${shown(issue.input)}` }),
    description: z.string().trim().min(1).optional(),
    target: targetSchema,
    require: z.array(requirementSchema).min(1),
    severity: z.enum(SEVERITIES),
    rationale: z.string().trim().min(1, 'must not be empty: it says why the rule exists, and the catalog shows it beside the policy'),
  })
  .strict();

/** What each key of a policy is for: a policy without one says what it needs, in words (`needs a rationale: why ...`). */
const POLICY_NEEDS: Record<string, string> = {
  id: 'an id: lower-case letters, digits and dashes, e.g. product-owned',
  target: 'a target: the assets it applies to, e.g. { type: dataset }',
  require: 'require: what it asks of them, e.g. [owner, description]',
  severity: `a severity: ${SEVERITIES.join(', ')}`,
  rationale: 'a rationale: why the rule exists, which the catalog shows beside it',
};

/** Zod's options for every parse here: plain messages (plainIssueMessage), and the inputs rootIssues needs. */
const PARSE_OPTIONS = { reportInput: true, error: (issue: z.core.$ZodRawIssue) => plainIssueMessage(issue) };

const raiseSchema = z.object({ policy: z.string(), severity: z.enum(SEVERITIES) }).strict();

const packBodySchema = z.object({ policies: z.array(z.unknown()).default([]), raise: z.array(raiseSchema).default([]) }).strict();

const packSchema = z
  .object({
    domain: z.string().min(1),
    /** A YAML file with `policies:` and `raise:`, relative to polder.yaml and under its directory. */
    file: z.string().min(1).optional(),
    policies: z.array(z.unknown()).optional(),
    raise: z.array(raiseSchema).optional(),
  })
  .strict();

const sectionSchema = z
  .object({
    schedule: cronSchedule('"0 * * * *" (every hour)').default('0 * * * *'),
    policies: z.array(z.unknown()).default([]),
    packs: z.array(packSchema).default([]),
  })
  .strict();

export interface Policy {
  id: string;
  description: string | null;
  target: z.infer<typeof targetSchema>;
  require: Requirement[];
  /** The global (or pack) severity. */
  severity: Severity;
  rationale: string;
  /** null for the global baseline; the domain id for a pack's policy. */
  domain: string | null;
  /** Global policies only: the higher severity some domain packs give it for their own assets. */
  raisedIn: Record<string, Severity>;
}

export interface PolicySet {
  /** When every policy is evaluated in full (cron). */
  schedule: string;
  policies: Policy[];
}

/** Every problem of a policy set, one per line, each naming the policy (or the pack) and where. */
export class PolicySetError extends Error {
  override name = 'PolicySetError';
  constructor(readonly problems: string[]) {
    super(`invalid governance policies (${problems.length} problem${problems.length === 1 ? '' : 's'}); the policies in force are unchanged:\n  ${problems.join('\n  ')}`);
  }
}

export interface PolicySetContext {
  /** The domain ids polder.yaml declares. */
  domains: readonly string[];
  /** Where pack files are relative to (polder.yaml's directory). */
  baseDir: string;
  /** Reads a pack file; injectable for tests. */
  readFile?: (path: string) => string;
}

/** Validates polder.yaml's `governance:` section (undefined: no policies) into a policy set; throws PolicySetError. */
export function parsePolicySet(section: unknown, context: PolicySetContext): PolicySet {
  const problems: string[] = [];
  const parsed = sectionSchema.safeParse(section ?? {}, PARSE_OPTIONS);
  if (!parsed.success) throw new PolicySetError(rootIssues(parsed.error.issues).map((issue) => `governance${pathText(issue.path)}: ${issue.message}`));

  const globals = parsePolicies(parsed.data.policies, null, 'governance.policies', problems);
  const globalIds = new Map(globals.map((policy) => [policy.id, policy]));
  const all: Policy[] = [...globals];
  const seen = new Map(globals.map((policy) => [policy.id, 'the global baseline']));
  // Where each (domain, global policy) was raised: a second raise would silently replace the first.
  const raisedBy = new Map<string, string>();
  for (const policy of duplicates(globals)) problems.push(`policy "${policy}" (governance.policies): the id is used twice in the global baseline`);

  parsed.data.packs.forEach((pack, index) => {
    const where = `governance.packs[${index}] (domain ${pack.domain})`;
    if (!context.domains.includes(pack.domain)) {
      problems.push(`${where}: unknown domain "${pack.domain}" (declared: ${context.domains.join(', ') || 'none'})`);
      return;
    }
    const body = readPack(pack, context, where, problems);
    if (!body) return;
    for (const policy of parsePolicies(body.policies, pack.domain, `${where}${pack.file ? ` ${pack.file}` : ''}`, problems)) {
      const earlier = seen.get(policy.id);
      if (earlier) {
        problems.push(
          globalIds.has(policy.id)
            ? `policy "${policy.id}" (${where}): a domain pack cannot redefine a global policy; add a policy of its own, or raise the global one's severity under \`raise\``
            : `policy "${policy.id}" (${where}): the id is already used by ${earlier}`,
        );
        continue;
      }
      seen.set(policy.id, where);
      all.push(policy);
    }
    for (const raise of body.raise) {
      const global = globalIds.get(raise.policy);
      if (!global) {
        problems.push(`${where}: raise names "${raise.policy}", which is not a global policy (a pack raises only the global baseline's severities)`);
      } else if (raisedBy.has(`${pack.domain}|${raise.policy}`)) {
        problems.push(`policy "${raise.policy}" (${where}): raised again for domain ${pack.domain} (already by ${raisedBy.get(`${pack.domain}|${raise.policy}`)}); raise it once`);
      } else if (rank(raise.severity) < rank(global.severity)) {
        problems.push(`policy "${raise.policy}" (${where}): a domain pack cannot weaken a global policy (raise to ${raise.severity}, below its ${global.severity})`);
      } else {
        raisedBy.set(`${pack.domain}|${raise.policy}`, where);
        global.raisedIn[pack.domain] = raise.severity;
      }
    }
  });

  if (problems.length > 0) throw new PolicySetError(problems);
  return { schedule: parsed.data.schedule, policies: all };
}

/** The severity of a policy for an asset of a domain: a pack may have raised it there. */
export function severityIn(policy: Policy, domain: string | null): Severity {
  return (domain && policy.raisedIn[domain]) || policy.severity;
}

export function rank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Whether `path` is inside `dir` (both absolute), not `dir` itself. */
function isUnder(dir: string, path: string): boolean {
  const inside = relative(dir, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/** Reads a pack file from disk, where a link under polder.yaml's directory may lead out of it: where it leads must be under it too. */
function readPackFile(baseDir: string): (path: string) => string {
  return (path) => {
    const real = realpathSync(path);
    if (!isUnder(realpathSync(baseDir), real)) throw new Error(`it leads to ${real}, outside polder.yaml's directory`);
    return readFileSync(real, 'utf8');
  };
}

function readPack(pack: z.infer<typeof packSchema>, context: PolicySetContext, where: string, problems: string[]): z.infer<typeof packBodySchema> | undefined {
  if (!pack.file) return { policies: pack.policies ?? [], raise: pack.raise ?? [] };
  if (pack.policies || pack.raise) {
    problems.push(`${where}: give \`policies\` and \`raise\` either inline or in \`file\`, not both`);
    return undefined;
  }
  const path = resolve(context.baseDir, pack.file);
  // A pack is part of polder.yaml's configuration: it lives beside it, never elsewhere on the machine.
  if (isAbsolute(pack.file) || !isUnder(resolve(context.baseDir), path)) {
    problems.push(`${where}: ${pack.file} is not a file under polder.yaml's directory; name it relative to polder.yaml, without ..`);
    return undefined;
  }
  let text: string;
  try {
    text = (context.readFile ?? readPackFile(context.baseDir))(path);
  } catch (error) {
    problems.push(`${where}: cannot read ${pack.file}: ${(error as Error).message}`);
    return undefined;
  }
  let value: unknown;
  try {
    value = parseYaml(text) ?? {};
  } catch (error) {
    problems.push(`${where}: ${pack.file} ${yamlSyntaxProblem(error)}`);
    return undefined;
  }
  const body = packBodySchema.safeParse(value, PARSE_OPTIONS);
  if (!body.success) {
    for (const issue of rootIssues(body.error.issues)) problems.push(`${where} ${pack.file}${pathText(issue.path)}: ${issue.message}`);
    return undefined;
  }
  return body.data;
}

function parsePolicies(raw: unknown[], domain: string | null, where: string, problems: string[]): Policy[] {
  const policies: Policy[] = [];
  raw.forEach((candidate, index) => {
    const id = typeof candidate === 'object' && candidate !== null && typeof (candidate as { id?: unknown }).id === 'string' ? (candidate as { id: string }).id : undefined;
    const name = id ? `policy "${id}" (${where}[${index}])` : `policy ${where}[${index}]`;
    if (domain && typeof candidate === 'object' && candidate !== null && ('disable' in candidate || 'override' in candidate)) {
      problems.push(`${name}: a domain pack cannot disable or override global policies, only add its own or raise their severity`);
      return;
    }
    const parsed = policySchema.safeParse(candidate, PARSE_OPTIONS);
    if (!parsed.success) {
      for (const issue of rootIssues(parsed.error.issues)) {
        const missing = issue.input === undefined && issue.path.length === 1 ? POLICY_NEEDS[String(issue.path[0])] : undefined;
        problems.push(missing ? `${name} needs ${missing}` : `${name}${pathText(issue.path)}: ${issue.message}`);
      }
      return;
    }
    const policy = parsed.data;
    const before = problems.length;
    const target = { ...policy.target };
    if (domain) {
      if (target.domains && target.domains.some((other) => other !== domain)) {
        problems.push(`${name}.target.domains: a pack of domain ${domain} targets only its own domain (it names ${target.domains.filter((other) => other !== domain).join(', ')})`);
      }
      target.domains = [domain];
    }
    if (target.type === 'dataProduct') {
      for (const key of ['classifications', 'outputPort'] as const) {
        if (target[key] !== undefined) problems.push(`${name}.target.${key}: selects datasets and columns, not data products`);
      }
    }
    const require = policy.require.map((entry, position) => requirementOf(entry, target.type, `${name}.require[${position}]`, problems));
    if (problems.length > before) return;
    policies.push({ id: policy.id, description: policy.description ?? null, target, require: require as Requirement[], severity: policy.severity, rationale: policy.rationale, domain, raisedIn: {} });
  });
  return policies;
}

function requirementOf(entry: string | Record<string, unknown>, type: TargetType, where: string, problems: string[]): Requirement | undefined {
  const [name, value] = typeof entry === 'string' ? [entry, undefined] : Object.entries(entry)[0]!;
  if (!(REQUIREMENT_NAMES as string[]).includes(name)) {
    problems.push(`${where}: unknown requirement "${name}" (known: ${REQUIREMENT_NAMES.join(', ')})`);
    return undefined;
  }
  const definition = REQUIREMENTS[name as RequirementName];
  if (!(definition.appliesTo as readonly string[]).includes(type)) {
    problems.push(`${where}: "${name}" does not apply to a ${type} (it applies to ${definition.appliesTo.join(', ')})`);
    return undefined;
  }
  if (definition.parameter === 'none' && value !== undefined) problems.push(`${where}: "${name}" takes no value; write it as \`- ${name}\``);
  if (definition.parameter === 'text' && (typeof value !== 'string' || value.trim() === '')) problems.push(`${where}: "${name}" needs a name, e.g. \`- ${name}: PII\``);
  // NaN, Infinity (YAML's .nan, .inf, 1e309) and "60" are not scores.
  if (definition.parameter === 'score' && (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100)) problems.push(`${where}: "${name}" needs a score from 0 to 100, e.g. \`- ${name}: 60\``);
  return { name: name as RequirementName, ...(value === undefined ? {} : { value: typeof value === 'string' ? value.trim() : (value as number) }) };
}

function duplicates(policies: Policy[]): string[] {
  const counts = new Map<string, number>();
  for (const policy of policies) counts.set(policy.id, (counts.get(policy.id) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
}

function pathText(path: PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}
