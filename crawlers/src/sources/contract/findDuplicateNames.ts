/**
 * Names that must be unique within a contract for Polder to key what it maps
 * (see contractUrns.ts) and that the ODCS schema cannot check: the names of the
 * schema objects, the field names of each object (nested ones by their path, see
 * contractFields.ts), and the ids of each list of quality rules. Two of one
 * name would get one URN, so the contract is refused rather than half mapped:
 *
 *   /schema/1/name "orders" is already used by /schema/0
 */
import type { ContractProblem } from './ContractError.ts';
import { contractFields } from './contractFields.ts';
import type { OdcsContract, OdcsQualityRule } from './OdcsContract.ts';

export function findDuplicateNames(contract: OdcsContract): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const unique = (entries: Array<{ key: string | undefined; pointer: string }>, member: string): void => {
    const first = new Map<string, string>();
    for (const { key, pointer } of entries) {
      if (key === undefined) continue;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, pointer);
      else problems.push({ pointer: `${pointer}/${member}`, message: `"${key}" is already used by ${earlier}` });
    }
  };
  const uniqueRuleIds = (rules: OdcsQualityRule[] | undefined, pointer: string): void =>
    unique((rules ?? []).map((rule, index) => ({ key: rule.id, pointer: `${pointer}/quality/${index}` })), 'id');

  const objects = contract.schema ?? [];
  unique(objects.map((object, index) => ({ key: object.name, pointer: `/schema/${index}` })), 'name');
  objects.forEach((object, index) => {
    const fields = contractFields(object, `/schema/${index}`);
    unique(fields.map((field) => ({ key: field.name, pointer: field.pointer })), 'name');
    uniqueRuleIds(object.quality, `/schema/${index}`);
    for (const field of fields) uniqueRuleIds(field.property.quality, field.pointer);
  });
  return problems;
}
