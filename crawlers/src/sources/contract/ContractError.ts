/**
 * Contracts that cannot be crawled: a file that cannot be read, or contracts
 * that break the ODCS schema or Polder's rules. A crawl reads every contract of
 * its source before it fails, so the message lists every violation at once, one
 * a line, each where an editor can jump to:
 *
 *   2 violations in 1 contract:
 *     orders.odcs.yaml:1:1 /version is required
 *     orders.odcs.yaml:12:9 /schema/0/properties/2/logicalType must be equal to one of the allowed values (string, date, ...)
 */
export interface ContractViolation {
  /** The file as messages name it: relative to the source's directory. */
  file: string;
  /** 1-based, of the YAML node the pointer reaches (of its key, for a member of a mapping). */
  line: number;
  column: number;
  /** JSON pointer (RFC 6901) into the contract; empty for the whole document. */
  pointer: string;
  message: string;
}

/** A violation before it is located in its file. */
export type ContractProblem = Pick<ContractViolation, 'pointer' | 'message'>;

export class ContractError extends Error {
  override name = 'ContractError';

  constructor(
    message: string,
    readonly violations: ContractViolation[] = [],
  ) {
    super(message);
  }

  static of(violations: ContractViolation[]): ContractError {
    const files = new Set(violations.map((violation) => violation.file)).size;
    const lines = violations.map((violation) => `  ${formatViolation(violation)}`);
    return new ContractError([`${plural(violations.length, 'violation')} in ${plural(files, 'contract')}:`, ...lines].join('\n'), violations);
  }
}

export function formatViolation({ file, line, column, pointer, message }: ContractViolation): string {
  return `${file}:${line}:${column} ${pointer ? `${pointer} ` : ''}${message}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
