/**
 * Turns a source's contract files into contracts, or fails before anything is
 * mapped: a crawl either reads every contract of its source or changes nothing.
 *
 * Each file is parsed as YAML, then validated against the ODCS JSON Schema, then
 * checked against Polder's own rules: the names it keys by must be unique and fit
 * in a URN (findDuplicateNames.ts, findUnkeyableNames.ts), and a threshold must be
 * one a number can meet (findThresholdProblems.ts). Each step runs only when the
 * one before found nothing: the errors of a broken step would only echo it.
 * Contract ids must be unique across the source's files, since a contract id
 * keys its data product. Every violation of every file is collected
 * before the ContractError is thrown, so one crawl lists all there is to fix.
 */
import { ContractDocument } from './ContractDocument.ts';
import { ContractError, type ContractProblem, type ContractViolation } from './ContractError.ts';
import type { ContractFile } from './extract.ts';
import { findDuplicateNames } from './findDuplicateNames.ts';
import { findThresholdProblems } from './findThresholdProblems.ts';
import { findUnkeyableNames } from './findUnkeyableNames.ts';
import type { OdcsContract } from './OdcsContract.ts';
import { odcsSchema, odcsSchemaErrors } from './odcsSchema.ts';
import { readableSchemaErrors } from './readableSchemaErrors.ts';

export interface ParsedContract {
  /** The file it was read from, as messages name it. */
  file: string;
  contract: OdcsContract;
}

export function parseContracts(files: ContractFile[]): ParsedContract[] {
  const violations = new Map<string, ContractViolation[]>();
  const valid: Array<{ document: ContractDocument; contract: OdcsContract }> = [];
  for (const file of files) {
    const document = ContractDocument.parse(file.name, file.text);
    const found = document.syntaxViolations.length > 0 ? document.syntaxViolations : contractProblems(document.value).map(({ pointer, message }) => document.violation(pointer, message));
    violations.set(file.name, found);
    if (found.length === 0) valid.push({ document, contract: document.value as OdcsContract });
  }

  const fileById = new Map<string, string>();
  for (const { document, contract } of valid) {
    const earlier = fileById.get(contract.id);
    if (earlier === undefined) fileById.set(contract.id, document.file);
    else violations.get(document.file)!.push(document.violation('/id', `"${contract.id}" is already used by ${earlier}`));
  }

  const all = [...violations.values()].flatMap((found) => found.sort(byPosition));
  if (all.length > 0) throw ContractError.of(all);
  return valid.map(({ document, contract }) => ({ file: document.file, contract }));
}

function contractProblems(value: unknown): ContractProblem[] {
  const schemaProblems = readableSchemaErrors(odcsSchemaErrors(value), odcsSchema());
  if (schemaProblems.length > 0) return schemaProblems;
  const contract = value as OdcsContract;
  return [...findUnkeyableNames(contract), ...findDuplicateNames(contract), ...findThresholdProblems(contract)];
}

function byPosition(a: ContractViolation, b: ContractViolation): number {
  return a.line - b.line || a.column - b.column || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0);
}
