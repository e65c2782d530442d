/**
 * What is wrong with a YAML text the yaml library cannot parse, in one line that says where once:
 * `line 9, column 3 is not valid YAML: Block collections are not allowed within flow collections`.
 * The library's own first line repeats the place and ends in a colon before a code excerpt
 * (`... at line 9, column 3:`), which read as a message cut short.
 */
export function yamlSyntaxProblem(error: unknown): string {
  const where = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
  const reason = String((error as Error).message ?? error)
    .split('\n')[0]!
    .replace(/\s*at line \d+, column \d+:?\s*$/, '')
    .replace(/:\s*$/, '');
  return `${where ? `line ${where.line}, column ${where.col} ` : ''}is not valid YAML: ${reason}`;
}
