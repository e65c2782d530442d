/** Throw-away dbt target dirs made from the jaffle-shop fixture, for crawls of artifacts other than the fixture's own. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const JAFFLE_SHOP_TARGET = fileURLToPath(new URL('../fixtures/dbt/jaffle-shop/', import.meta.url));

type ArtifactName = 'manifest.json' | 'catalog.json' | 'run_results.json';
const ARTIFACTS: ArtifactName[] = ['manifest.json', 'catalog.json', 'run_results.json'];

const created: string[] = [];

/** A copy of the fixture's target dir with some artifacts replaced (text) or left out (null). */
export function jaffleShopTargetDir(replaced: Partial<Record<ArtifactName, string | null>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'polder-dbt-target-'));
  created.push(dir);
  for (const name of ARTIFACTS) {
    const text = replaced[name];
    if (text === undefined) copyFileSync(join(JAFFLE_SHOP_TARGET, name), join(dir, name));
    else if (text !== null) writeFileSync(join(dir, name), text);
  }
  return dir;
}

export function removeTargetDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
