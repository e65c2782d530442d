/**
 * polder.yaml's governance section aimed at a test file's copy of the demo mesh: each pack at its
 * prefixed domain, each global policy limited to those domains (so other files' leftovers stay out of it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parsePolicySet, type PolicySet } from '@polder/runtime';
import { DEMO_DOMAINS, type DemoDomain, type DemoProductsMesh } from './demoProductsMesh.ts';

const POLDER_YAML = new URL('../../polder.yaml', import.meta.url);
const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));

export function demoPolicySetOf(mesh: Pick<DemoProductsMesh, 'domainId'>): PolicySet {
  const { governance } = parseYaml(readFileSync(POLDER_YAML, 'utf8')) as { governance: Record<string, any> };
  const domains = DEMO_DOMAINS.map((domain) => mesh.domainId(domain));
  return parsePolicySet(
    {
      ...governance,
      policies: governance.policies.map((policy: Record<string, any>) => ({ ...policy, target: { ...policy.target, domains } })),
      packs: governance.packs.map((pack: Record<string, any>) => ({ ...pack, domain: mesh.domainId(pack.domain as DemoDomain) })),
    },
    { domains, baseDir: REPOSITORY },
  );
}
