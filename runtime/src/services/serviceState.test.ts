import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetService, readServiceState, recordService, type ServiceRecord } from './serviceState.ts';

const tempRoot = mkdtempSync(join(tmpdir(), 'polder-state-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

const record = (pid: number): ServiceRecord => ({ pid, port: 7000 + pid, mode: 'detached', startedAt: '2026-11-30T00:00:00.000Z' });

describe('recordService', () => {
  it('keeps every record when services are recorded at the same time', async () => {
    const stateFile = join(mkdtempSync(join(tempRoot, 'case-')), 'run', 'services.json');
    await Promise.all([
      recordService(stateFile, 'neo4j', record(1)),
      recordService(stateFile, 'meili', record(2)),
      recordService(stateFile, 'postgres', record(3)),
    ]);
    expect(await readServiceState(stateFile)).toEqual({ neo4j: record(1), meili: record(2), postgres: record(3) });
  });
});

describe('forgetService', () => {
  it('forgets the record only if it is still about the same process', async () => {
    const stateFile = join(mkdtempSync(join(tempRoot, 'case-')), 'services.json');
    await recordService(stateFile, 'meili', record(2));
    await forgetService(stateFile, 'meili', 99);
    expect(await readServiceState(stateFile)).toEqual({ meili: record(2) });
    await forgetService(stateFile, 'meili', 2);
    expect(await readServiceState(stateFile)).toEqual({});
  });
});

describe('readServiceState', () => {
  it('reads a missing file as no records', async () => {
    expect(await readServiceState(join(mkdtempSync(join(tempRoot, 'case-')), 'none.json'))).toEqual({});
  });
});
