/**
 * For unit tests of polder.yaml: a file holding `text`, in a directory of its own (loadConfig reads
 * paths in the file relative to it), removed when the calling test ends so that test runs leave
 * nothing behind in the system's temporary directory. Call it inside a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export function polderYamlFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'polder-yaml-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'polder.yaml');
  writeFileSync(file, text);
  return file;
}
