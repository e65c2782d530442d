/**
 * Seeds the demo mesh's glossary and polysemes (demo/glossary.yaml) through the
 * API's importer and polyseme service, after the first crawl so identity fields
 * and assignments find their columns. Idempotent: a restart changes nothing.
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { applyGlossarySeed, parseGlossarySeed, type SeedReport } from '@polder/api';
import type { Logger } from '@polder/runtime';

export async function seedDemoGlossary(driver: Driver, file: string, logger: Logger, database?: string): Promise<SeedReport> {
  const report = await applyGlossarySeed(driver, parseGlossarySeed(readFileSync(file, 'utf8')), { actor: 'polder-demo', database });
  const created = Object.values(report.imported).reduce((sum, imported) => sum + imported.created.length + imported.updated.length, 0);
  if (created + report.polysemesCreated.length + report.mappingsSet + report.identityFieldsSet + report.assignmentsMade > 0) {
    logger.info(
      { terms: created, polysemes: report.polysemesCreated, mappings: report.mappingsSet, identityFields: report.identityFieldsSet, assignments: report.assignmentsMade },
      'demo glossary loaded',
    );
  }
  for (const warning of report.warnings) logger.warn({ warning }, 'demo glossary');
  // The demo creates its accounts first: a name left out means an account the glossary expects is missing.
  if (report.accountsLeftOut.length > 0) logger.warn({ accounts: report.accountsLeftOut }, 'demo glossary: reviewers and agreeing names without an enabled account were left out');
  return report;
}
