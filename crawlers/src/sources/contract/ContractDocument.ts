/**
 * A contract file parsed as YAML with its source ranges kept, so that a problem
 * found in the parsed value (by its JSON pointer) is reported at the line and
 * column where the contract says it:
 *
 *   document.violation('/schema/0/properties/2/logicalType', 'must be ...')
 *   → { file: 'orders.odcs.yaml', line: 12, column: 9, pointer: '/schema/0/properties/2/logicalType', message: 'must be ...' }
 *
 * YAML 1.2 (the `yaml` package's default): `2022-10-03` and `09:00` stay strings,
 * and `yes` is no boolean, as in the JSON the ODCS schema describes.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { ContractViolation } from './ContractError.ts';

export class ContractDocument {
  /** Unreadable YAML (bad indentation, a duplicate key, ...): the value is then not to be trusted. */
  readonly syntaxViolations: ContractViolation[];
  /** The contract as plain data, as JSON Schema sees it. */
  readonly value: unknown;

  private constructor(
    readonly file: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {
    // A tag YAML cannot resolve (`!foo bar`) is only a warning to the parser, which keeps the text: the contract would
    // then say something else than its author meant, so it is refused with the errors.
    const unresolvedTags = document.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
    this.syntaxViolations = [...document.errors, ...unresolvedTags]
      .sort((a, b) => a.pos[0] - b.pos[0])
      .map((error) => ({ file, ...this.position(error.pos[0]), pointer: '', message: readableYamlError(error) }));
    if (this.syntaxViolations.length === 0) {
      try {
        this.value = document.toJS();
      } catch (error) {
        // Aliases that expand beyond reason ("billion laughs"): the yaml package refuses to resolve them.
        this.syntaxViolations.push({ file, line: 1, column: 1, pointer: '', message: (error as Error).message });
      }
    }
  }

  static parse(file: string, text: string): ContractDocument {
    const lines = new LineCounter();
    return new ContractDocument(file, parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines);
  }

  violation(pointer: string, message: string): ContractViolation {
    return { file: this.file, ...this.locate(pointer), pointer, message };
  }

  /**
   * Where the deepest node the pointer reaches starts: a member of a mapping at
   * its key, an item of a sequence at the item. A pointer to a member that is
   * missing (a required key) stops at the mapping that lacks it.
   */
  private locate(pointer: string): { line: number; column: number } {
    let node: unknown = this.document.contents;
    let offset = rangeStart(node) ?? 0;
    for (const segment of pointerSegments(pointer)) {
      if (isAlias(node)) node = node.resolve(this.document);
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        offset = rangeStart(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item: unknown = node.items[Number(segment)];
        if (item === undefined) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return this.position(offset);
  }

  private position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

/** The parser's message, in a contract author's words where the parser speaks to programmers. */
function readableYamlError(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return 'a second YAML document starts here (after `---`): a contract file holds one contract; put each in a file of its own';
  if (error.code === 'TAG_RESOLVE_FAILED') return `${error.message}: Polder reads plain YAML values only (text, numbers, booleans, lists and mappings)`;
  return error.message;
}

/** `/a~1b/0` → `['a/b', '0']` (RFC 6901 escapes). */
function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}
