/**
 * A directory file's text as plain data, and its format, which its syntax
 * decides: a `.json` file is a SCIM export (readScimExport.ts), a `.yaml`/`.yml`
 * file Polder's YAML (readPolderDirectory.ts); a file of any other name is JSON,
 * so SCIM, when its text starts like JSON. A file that does not parse is one
 * problem, with its line and column:
 *
 *   okta.json: not valid JSON: expected "," or "}" after a property value at line 3, column 5
 *
 * YAML 1.2 (the `yaml` package's default): `yes` stays a string, and a key given
 * twice is an error rather than a silent overwrite.
 */
import { extname } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { findJsonSyntaxError } from '../dbt/findJsonSyntaxError.ts';
import type { DirectoryFile } from './extract.ts';
import type { ValueReader } from './ValueReader.ts';

export interface DirectoryDocument {
  format: 'scim' | 'polder';
  value: unknown;
}

/** The file's value and format, or null with a problem when it does not parse. */
export function readDocument(file: DirectoryFile, reader: ValueReader): DirectoryDocument | null {
  const extension = extname(file.name).toLowerCase();
  const json = extension === '.json' || (extension !== '.yaml' && extension !== '.yml' && /^\s*[[{]/.test(file.text));
  const parsed = json ? readJson(file.text, reader) : readYaml(file.text, reader);
  return parsed && { format: json ? 'scim' : 'polder', value: parsed.value };
}

function readJson(text: string, reader: ValueReader): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const syntaxError = findJsonSyntaxError(text);
    if (!syntaxError) {
      reader.problem('', `not valid JSON: ${(error as Error).message}`);
    } else {
      const before = text.slice(0, syntaxError.offset);
      const column = syntaxError.offset - before.lastIndexOf('\n');
      reader.problem('', `not valid JSON: ${syntaxError.reason} at line ${before.split('\n').length}, column ${column}`);
    }
    return null;
  }
}

function readYaml(text: string, reader: ValueReader): { value: unknown } | null {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  for (const error of document.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    reader.problem('', `not valid YAML: ${error.message} at line ${line}, column ${col}`);
  }
  if (document.errors.length > 0) return null;
  try {
    return { value: document.toJS() };
  } catch (error) {
    // Aliases that expand beyond reason ("billion laughs"): the yaml package refuses to resolve them.
    reader.problem('', `not valid YAML: ${(error as Error).message}`);
    return null;
  }
}
