/**
 * Looks for known secrets in log files. A secret counts as found in any of the
 * forms a log line could carry it in: as written, escaped inside a JSON string
 * (a quote or backslash in it), or percent-encoded (inside a URL). A finding
 * names the file, the line and the secret's label, and quotes the line with
 * every secret in it masked: the report never repeats a secret.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KnownSecret } from './knownSecrets.ts';

export interface SecretFinding {
  file: string;
  /** 1-based. */
  line: number;
  label: string;
  /** The line with every known secret replaced by `[secret: <label>]`, cut to 300 characters. */
  masked: string;
}

export interface SecretScan {
  files: number;
  lines: number;
  secrets: number;
  findings: SecretFinding[];
}

/** The forms of a secret that a log line could hold, longest first. */
export function secretForms(value: string): string[] {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Every line of `text` that holds a secret, with the secret's label (one finding per line and secret). */
export function findSecretsInText(file: string, text: string, secrets: readonly KnownSecret[]): SecretFinding[] {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const hits = new Map<string, { line: number; label: string }>();
  for (const secret of secrets) {
    for (const form of secretForms(secret.value)) {
      for (let offset = text.indexOf(form); offset !== -1; offset = text.indexOf(form, offset + 1)) {
        const line = lineOf(offset);
        hits.set(`${line}\u0000${secret.label}`, { line, label: secret.label });
      }
    }
  }
  return [...hits.values()]
    .sort((a, b) => a.line - b.line || a.label.localeCompare(b.label))
    .map(({ line, label }) => {
      const content = text.slice(lineStarts[line], (lineStarts[line + 1] ?? text.length + 1) - 1);
      return { file, line: line + 1, label, masked: maskSecrets(content, secrets).slice(0, 300) };
    });
}

/** `line` with every form of every secret replaced by `[secret: <label>]`. */
export function maskSecrets(line: string, secrets: readonly KnownSecret[]): string {
  const forms = secrets.flatMap((secret) => secretForms(secret.value).map((form) => ({ form, label: secret.label })));
  // Longest first, so a secret that contains another is masked whole.
  forms.sort((a, b) => b.form.length - a.form.length);
  let masked = line;
  for (const { form, label } of forms) masked = masked.split(form).join(`[secret: ${label}]`);
  return masked;
}

/** Scans every file directly in `dir`. */
export function scanForSecrets(dir: string, secrets: readonly KnownSecret[]): SecretScan {
  const scan: SecretScan = { files: 0, lines: 0, secrets: secrets.length, findings: [] };
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const text = readFileSync(path, 'utf8');
    scan.files++;
    scan.lines += text.split('\n').filter((line) => line.length > 0).length;
    scan.findings.push(...findSecretsInText(name, text, secrets));
  }
  return scan;
}
