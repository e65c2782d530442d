import { DbtArtifactError } from './DbtArtifactError.ts';
import { findJsonSyntaxError } from './findJsonSyntaxError.ts';

/**
 * Parses an artifact's text; a broken file (often one dbt was still writing)
 * fails with its path, line and column, e.g.
 * `/srv/dbt/target/manifest.json is not valid JSON: expected "," or "}" after a property value at line 3, column 5`.
 */
export function parseJsonArtifact(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const syntaxError = findJsonSyntaxError(text);
    // Only a text the scanner accepts but V8 rejects lands here (none is known); V8's message still names the file.
    if (!syntaxError) throw new DbtArtifactError(`${path} is not valid JSON: ${(error as Error).message}`);
    const { line, column } = lineAndColumn(text, syntaxError.offset);
    throw new DbtArtifactError(`${path} is not valid JSON: ${syntaxError.reason} at line ${line}, column ${column}`);
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
