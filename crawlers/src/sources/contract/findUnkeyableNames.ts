/**
 * Names Polder keys by (contractUrns.ts) that cannot be part of a URN: the
 * contract's id, the schema objects' names and their fields' names. A URN part
 * may hold anything (formatUrn encodes `,` `(` `)`) but may not be empty, and a
 * URN is at most 2,048 characters long. Such a name is a violation like any
 * other, so the crawl fails and changes nothing, rather than mapping the rest and
 * removing what the name keyed (a contract whose id grew too long would lose its
 * data product, with only a warning):
 *
 *   /schema/0/name "xxx…" cannot key a dataset: a name Polder keys by may not ...
 *
 * Quality rule ids need no check: the ODCS schema allows `[A-Za-z0-9_-]` only.
 */
import { formatUrn, InvalidUrnError } from '@polder/graph-schema';
import type { ContractProblem } from './ContractError.ts';
import { contractFields } from './contractFields.ts';
import type { OdcsContract } from './OdcsContract.ts';

const RULE = 'a name Polder keys by may not be empty, nor make a URN longer than 2,048 characters';

export function findUnkeyableNames(contract: OdcsContract): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const check = (name: string, pointer: string, keys: string): void => {
    if (!isUrnPart(name)) problems.push({ pointer, message: `${JSON.stringify(name)} cannot key ${keys}: ${RULE}` });
  };
  check(contract.id, '/id', 'a data product');
  (contract.schema ?? []).forEach((object, index) => {
    check(object.name, `/schema/${index}/name`, 'a dataset');
    for (const field of contractFields(object, `/schema/${index}`)) check(field.property.name, `${field.pointer}/name`, 'a field');
  });
  return problems;
}

/** Whether formatUrn takes the name as one part of a URN (the URN's type does not matter to a part). */
function isUrnPart(name: string): boolean {
  try {
    formatUrn('dataset', name);
    return true;
  } catch (error) {
    if (error instanceof InvalidUrnError) return false;
    throw error;
  }
}
