import { describe, expect, it } from 'vitest';
import { polderYamlFile } from './testing/polderYamlFile.ts';
import { loadConfig } from './config.ts';
import { profilingTargets } from './profilingConfig.ts';

const mesh = `
domains:
  - { id: rentals, name: Rentals }
sources:
  - { id: rentals-db, kind: postgres, domain: rentals, connection: { database: rentals, user: crawler, passwordEnv: RENTALS_PASSWORD } }
  - { id: shop-db, kind: mysql, domain: rentals, connection: { database: shop, user: crawler, passwordEnv: SHOP_PASSWORD } }
  - { id: local, kind: sqlite, domain: rentals, path: local.db }
  - { id: analytics, kind: dbt, domain: rentals, targetDir: target }
`;

describe('profiling in polder.yaml', () => {
  it('reads the section into the mesh with its defaults', () => {
    const config = loadConfig({
      file: polderYamlFile(`${mesh}profiling:
  schedule: "0 3 * * *"
  sources:
    - { source: rentals-db }
    - { source: local, datasets: [orders], views: true, sampleRows: 50, timeoutMs: 500, schedule: "*/5 * * * *" }
`),
      env: {},
    });
    expect(config.mesh.profiling).toEqual({
      sampleRows: 10_000,
      timeoutMs: 30_000,
      schedule: '0 3 * * *',
      runOnStart: false,
      sources: [
        { source: 'rentals-db', datasets: [], exclude: [], views: false },
        { source: 'local', datasets: ['orders'], exclude: [], views: true, sampleRows: 50, timeoutMs: 500, schedule: '*/5 * * * *' },
      ],
    });
    expect(profilingTargets(config.mesh.profiling)).toEqual([
      { source: 'rentals-db', datasets: [], exclude: [], views: false, schedule: '0 3 * * *', sampleRows: 10_000, timeoutMs: 30_000 },
      { source: 'local', datasets: ['orders'], exclude: [], views: true, schedule: '*/5 * * * *', sampleRows: 50, timeoutMs: 500 },
    ]);
  });

  it('is optional', () => {
    const config = loadConfig({ file: polderYamlFile(mesh), env: {} });
    expect(config.mesh.profiling).toBeUndefined();
    expect(profilingTargets(config.mesh.profiling)).toEqual([]);
  });

  it.each([
    ['sources: [{ source: nowhere }]', 'Invalid configuration at "profiling.sources.0.source"', 'unknown source "nowhere" (declared postgres, mysql and sqlite sources: rentals-db, shop-db, local)'],
    ['sources: [{ source: analytics }]', 'Invalid configuration at "profiling.sources.0.source"', 'source "analytics" is of kind dbt; profiling runs on postgres, mysql, sqlite sources'],
    ['sources: [{ source: local }, { source: local }]', 'Invalid configuration at "profiling.sources.1.source"', 'source "local" is listed twice'],
    ['sources: [{ source: rentals-db, datasets: [orders] }]', 'Invalid configuration at "profiling.sources.0.datasets.0"', '"orders" is not a schema.table pattern'],
    ['sources: [{ source: shop-db, exclude: [a.b.c] }]', 'Invalid configuration at "profiling.sources.0.exclude.0"', '"a.b.c" is not a schema.table pattern'],
    ['sampleRows: 0', 'Invalid configuration at "profiling.sampleRows"', 'must be at least 1, not 0'],
    ['sampleRows: 2000000', 'Invalid configuration at "profiling.sampleRows"', 'must be at most 1000000, not 2000000'],
    ['timeoutMs: 1.5', 'Invalid configuration at "profiling.timeoutMs"', 'must be a whole number, not 1.5'],
    ['schedule: nightly', 'Invalid configuration at "profiling.schedule"', 'a cron expression'],
    ['sources: [{ source: local, sample: 10 }]', 'Invalid configuration at "profiling.sources.0"', 'unknown key "sample" (did you mean "sampleRows"?)'],
    ['rows: 10', 'Invalid configuration at "profiling"', 'unknown key "rows"; known keys here: sampleRows, timeoutMs, schedule, runOnStart, sources'],
    ['schedule: "0 3 * * * 2025"', 'Invalid configuration at "profiling.schedule"', '"0 3 * * * 2025" is not valid (invalid value for dayOfWeek: 2025)'],
  ])('names the bad key: %s', (section, where, message) => {
    const load = () => loadConfig({ file: polderYamlFile(`${mesh}profiling:\n  ${section}\n`), env: {} });
    expect(load).toThrow(where);
    expect(load).toThrow(message);
  });
});
