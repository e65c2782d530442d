import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@polder/graph-schema';
import { readBackup } from './readBackup.ts';

const dir = mkdtempSync(join(tmpdir(), 'polder-read-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = JSON.stringify({ format: 'polder-backup', version: 1, exportedAt: '2026-12-02T00:00:00.000Z', migrations: [MIGRATIONS[0]!.id] });
const NODE_A = '{"node":{"id":"a","labels":["Dataset","Entity"],"props":{"name":"invoice","tags":["pii"],"version":{"$int":"3"}}}}';
const NODE_B = '{"node":{"id":"b","labels":["Column"],"props":{}}}';

let files = 0;
function backupFile(...lines: string[]): string {
  const file = join(dir, `backup-${++files}.jsonl`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** The file's header, nodes a and b, then `line` as line 4: the message readBackup refuses it with. */
async function refusal(line: string): Promise<string> {
  const file = backupFile(HEADER, NODE_A, NODE_B, line);
  const error = await readBackup(file).then(() => undefined, (thrown: Error) => thrown);
  return error ? error.message.replace(`${file}, `, '') : 'accepted';
}

describe('readBackup', () => {
  it('reads a whole backup', async () => {
    const file = backupFile(HEADER, NODE_A, '', NODE_B, '{"rel":{"type":"HAS_FIELD","from":"a","to":"b","props":{"position":{"$int":"1"},"scores":[0.5,1]}}}');
    expect(await readBackup(file)).toEqual({
      header: JSON.parse(HEADER),
      nodes: [
        { id: 'a', labels: ['Dataset', 'Entity'], props: { name: 'invoice', tags: ['pii'], version: { $int: '3' } } },
        { id: 'b', labels: ['Column'], props: {} },
      ],
      relationships: [{ type: 'HAS_FIELD', from: 'a', to: 'b', props: { position: { $int: '1' }, scores: [0.5, 1] } }],
    });
  });

  it('refuses a header that is not a current backup', async () => {
    const header = (fields: object) => backupFile(JSON.stringify({ format: 'polder-backup', version: 1, exportedAt: '2026-12-02T00:00:00.000Z', migrations: [], ...fields }), NODE_B);
    let file = header({ migrations: undefined });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: the header has no "migrations" list of migration ids`);
    file = header({ migrations: [7] });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: the header has no "migrations" list of migration ids`);
    file = header({ migrations: ['999-from-the-future'] });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: made by a newer Polder (migrations 999-from-the-future are unknown here)`);
    file = header({ version: 2 });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: backup version 2; this Polder restores version 1`);
    file = header({ exportedAt: null });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: the header has no "exportedAt" time`);
    file = backupFile('null');
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: not a Polder backup (expected "format": "polder-backup" on the first line)`);
    file = backupFile('', '  ');
    await expect(readBackup(file)).rejects.toThrow(`${file} is empty`);
  });

  it('refuses a line that is neither a node nor a relationship', async () => {
    expect(await refusal('null')).toBe('line 4: expected a "node" or a "rel"');
    expect(await refusal('[1]')).toBe('line 4: expected a "node" or a "rel"');
    expect(await refusal('{"node":{"id":"c","labels":[],"props":{}},"rel":{}}')).toBe('line 4: expected a "node" or a "rel"');
    expect(await refusal('{"node":')).toMatch(/^line 4: not JSON \(/);
  });

  it('refuses a node of the wrong shape', async () => {
    expect(await refusal('{"node":null}')).toBe('line 4: a node needs an "id" string, "labels" and "props"');
    expect(await refusal('{"node":{"id":7,"labels":[],"props":{}}}')).toBe('line 4: a node needs an "id" string, "labels" and "props"');
    expect(await refusal('{"node":{"id":"c","labels":"Dataset","props":{}}}')).toBe('line 4: node c: "labels" must be a list of labels');
    expect(await refusal('{"node":{"id":"c","labels":[3],"props":{}}}')).toBe('line 4: label 3 is not a plain identifier');
    expect(await refusal('{"node":{"id":"c","labels":["Migration"],"props":{}}}')).toBe(`line 4: label "Migration" is the target's own migration bookkeeping`);
    expect(await refusal('{"node":{"id":"c","labels":["_PolderRestore"],"props":{}}}')).toBe('line 4: label "_PolderRestore" is not a plain identifier');
    expect(await refusal('{"node":{"id":"c","labels":[]}}')).toBe('line 4: node c: "props" is missing (an object of properties, {} for none)');
    expect(await refusal('{"node":{"id":"c","labels":[],"props":null}}')).toBe('line 4: node c: "props" must be an object of properties, not null');
    expect(await refusal('{"node":{"id":"c","labels":[],"props":{"_polderImportId":"x"}}}')).toBe('line 4: node c: property "_polderImportId" is a name the restore uses for itself');
    expect(await refusal('{"node":{"id":"a","labels":[],"props":{}}}')).toBe('line 4: node id a appears twice');
  });

  it('refuses a relationship of the wrong shape', async () => {
    expect(await refusal('{"rel":null}')).toBe('line 4: a relationship needs "type", "from", "to" and "props"');
    expect(await refusal('{"rel":{"from":"a","to":"b","props":{}}}')).toBe('line 4: relationship type undefined is not a plain identifier');
    expect(await refusal('{"rel":{"type":"HAS_FIELD","from":"a","to":["b"],"props":{}}}')).toBe('line 4: relationship HAS_FIELD: "from" and "to" must be node ids');
    expect(await refusal('{"rel":{"type":"HAS_FIELD","from":"a","to":"z","props":{}}}')).toBe('line 4: relationship HAS_FIELD joins a node that is not in the file (a → z)');
    expect(await refusal('{"rel":{"type":"HAS_FIELD","from":"a","to":"b","props":null}}')).toBe('line 4: relationship HAS_FIELD (a → b): "props" must be an object of properties, not null');
    expect(await refusal('{"rel":{"type":"HAS_FIELD","from":"a","to":"b","props":{"position":{"$int":1}}}}')).toBe(
      'line 4: relationship HAS_FIELD (a → b): property "position" is {"$int":1}, not an integer as {"$int": "<digits>"}',
    );
  });

  it('refuses a property value Neo4j would refuse half-way through the restore', async () => {
    const withProps = (props: string) => refusal(`{"node":{"id":"c","labels":["Dataset"],"props":${props}}}`);
    expect(await withProps('{"owner":{"name":"x"}}')).toBe('line 4: node c: property "owner" is {"name":"x"}, which Neo4j does not store');
    expect(await withProps('{"version":{"$int":"4x"}}')).toBe('line 4: node c: property "version" is {"$int":"4x"}, not an integer as {"$int": "<digits>"}');
    expect(await withProps('{"version":{"$int":"3","extra":1}}')).toBe('line 4: node c: property "version" is {"$int":"3","extra":1}, not an integer as {"$int": "<digits>"}');
    expect(await withProps('{"rows":{"$int":"9223372036854775808"}}')).toBe(`line 4: node c: property "rows" is {"$int":"9223372036854775808"}, beyond Neo4j's 64-bit integers`);
    expect(await withProps('{"rows":{"$int":"-9223372036854775808"}}')).toBe('accepted');
    expect(await withProps('{"tags":["pii",3]}')).toBe('line 4: node c: property "tags" mixes string and number values in one list, which Neo4j does not store');
    expect(await withProps('{"ids":[{"$int":"1"},2.5]}')).toBe('line 4: node c: property "ids" mixes integer and number values in one list, which Neo4j does not store');
    expect(await withProps('{"tags":["pii",null]}')).toBe('line 4: node c: property "tags" holds null in its list, which Neo4j does not store');
    expect(await withProps('{"tags":[["pii"]]}')).toBe('line 4: node c: property "tags" holds ["pii"] in its list, which Neo4j does not store');
    expect(await withProps('{"ids":[{"$int":"x"}]}')).toBe('line 4: node c: property "ids" holds {"$int":"x"} in its list, not an integer as {"$int": "<digits>"}');
    expect(await withProps('{"":"x"}')).toBe('line 4: node c: property name "" is not one Neo4j takes');
    expect(await withProps('{"gone":null,"empty":[]}')).toBe('accepted');
  });
});
