import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@polder/graph-schema';
import { readBackup } from './readBackup.ts';

const dir = mkdtempSync(join(tmpdir(), 'polder-read-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = JSON.stringify({ format: 'polder-backup', version: 2, exportedAt: '2026-12-02T00:00:00.000Z', migrations: [MIGRATIONS[0]!.id] });
const NODE_A = '{"node":{"id":"a","labels":["Dataset","Entity"],"props":{"name":"invoice","tags":["pii"],"version":{"$int":"3"}}}}';
const NODE_B = '{"node":{"id":"b","labels":["Column"],"props":{}}}';
const REL_AB = '{"rel":{"type":"HAS_FIELD","from":"a","to":"b","props":{}}}';

let files = 0;
function backupFile(...lines: string[]): string {
  const file = join(dir, `backup-${++files}.jsonl`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** The end line an export writes after `lines` (the header first): their counts and checksum, worked out here independently of linesChecksum.ts. */
function endLine(lines: string[], counts: { nodes?: number; relationships?: number } = {}): string {
  const sha256 = createHash('sha256').update(lines.map((line) => `${line}\n`).join('')).digest('hex');
  const nodes = counts.nodes ?? lines.filter((line) => line.startsWith('{"node"')).length;
  const relationships = counts.relationships ?? lines.filter((line) => line.startsWith('{"rel"')).length;
  return JSON.stringify({ end: { nodes, relationships, sha256 } });
}

/** A backup of `lines` (the header first) as an export writes it: with its end line, and a line break after every line. */
function wholeBackup(...lines: string[]): string {
  return backupFile(...lines, endLine(lines), '');
}

/** What readBackup says about `file` without its directory: its refusal, or 'accepted'. */
async function verdict(file: string, options?: { acceptVersion1?: boolean }): Promise<string> {
  const error = await readBackup(file, options).then(() => undefined, (thrown: Error) => thrown);
  return error ? error.message.replace(`${file}, `, '').replace(file, '<file>') : 'accepted';
}

/** The file's header, nodes a and b, then `line` as line 4, then the end line: the message readBackup refuses it with. */
async function refusal(line: string): Promise<string> {
  return verdict(wholeBackup(HEADER, NODE_A, NODE_B, line));
}

describe('readBackup', () => {
  it('reads a whole backup', async () => {
    const file = wholeBackup(HEADER, NODE_A, '', NODE_B, '{"rel":{"type":"HAS_FIELD","from":"a","to":"b","props":{"position":{"$int":"1"},"scores":[0.5,1]}}}');
    expect(await readBackup(file)).toEqual({
      header: JSON.parse(HEADER),
      nodes: [
        { id: 'a', labels: ['Dataset', 'Entity'], props: { name: 'invoice', tags: ['pii'], version: { $int: '3' } } },
        { id: 'b', labels: ['Column'], props: {} },
      ],
      relationships: [{ type: 'HAS_FIELD', from: 'a', to: 'b', props: { position: { $int: '1' }, scores: [0.5, 1] } }],
      verified: true,
    });
  });

  it('refuses a file cut at a line boundary: its end line is missing', async () => {
    // As `head -n 3` leaves a backup: every line whole JSON, the end line and what came before it gone.
    const file = backupFile(HEADER, NODE_A, NODE_B, '');
    expect(await verdict(file)).toBe(
      '<file> stops at line 3 without the end line every export writes last: the file is incomplete (cut short by a copy, a full disk or an edit), ' +
        'and restoring it would lose the rest of the graph; restore a complete copy, or export again',
    );
    expect(await verdict(backupFile(HEADER))).toMatch(/^<file> stops at line 1 without the end line/);
  });

  it('refuses a file whose end line counts other nodes or relationships than it holds', async () => {
    // A relationship line lost from the middle, the end line kept.
    const lines = [HEADER, NODE_A, NODE_B, REL_AB];
    expect(await verdict(backupFile(HEADER, NODE_A, NODE_B, endLine(lines)))).toBe(
      'line 4: the end line counts 2 nodes and 1 relationships, but the file holds 2 and 0: lines were lost or added since the export; restore an unchanged copy, or export again',
    );
    expect(await verdict(backupFile(...lines, endLine(lines, { nodes: 3 })))).toBe(
      'line 5: the end line counts 3 nodes and 1 relationships, but the file holds 2 and 1: lines were lost or added since the export; restore an unchanged copy, or export again',
    );
  });

  it('refuses a file changed since its export, though it counts the same', async () => {
    const lines = [HEADER, NODE_A, NODE_B, REL_AB];
    const changed = NODE_A.replace('invoice', 'invoices');
    const message = 'line 5: the lines before the end line do not match its sha256: the file was changed since the export; restore an unchanged copy, or export again';
    expect(await verdict(backupFile(HEADER, changed, NODE_B, REL_AB, endLine(lines)))).toBe(message);
    // Two lines swapped: the same lines, not the file the export wrote.
    expect(await verdict(backupFile(HEADER, NODE_B, NODE_A, REL_AB, endLine(lines)))).toBe(message);
  });

  it('refuses an end line of the wrong shape, and anything after the end line', async () => {
    const lines = [HEADER, NODE_A];
    expect(await verdict(backupFile(...lines, '{"end":{"nodes":1,"relationships":0}}'))).toBe('line 3: the end line needs "nodes" and "relationships" counts and a "sha256" of 64 hex digits');
    expect(await verdict(backupFile(...lines, '{"end":{"nodes":-1,"relationships":0,"sha256":"' + '0'.repeat(64) + '"}}'))).toBe(
      'line 3: the end line needs "nodes" and "relationships" counts and a "sha256" of 64 hex digits',
    );
    expect(await verdict(backupFile(...lines, endLine(lines), NODE_B))).toBe('line 4: follows the end line (line 3), which must be the last');
    // Line breaks after the end line are no content.
    expect(await verdict(backupFile(...lines, endLine(lines), '', '', ''))).toBe('accepted');
  });

  it('takes a file whose line breaks a copy turned into CRLF', async () => {
    const lines = [HEADER, NODE_A, NODE_B, REL_AB];
    const file = join(dir, 'crlf.jsonl');
    writeFileSync(file, [...lines, endLine(lines), ''].join('\r\n'));
    expect(await verdict(file)).toBe('accepted');
  });

  it('refuses a version 1 backup, which has no end line, unless asked to accept it, and then says it is unverified', async () => {
    const header = HEADER.replace('"version":2', '"version":1');
    const file = backupFile(header, NODE_A, NODE_B, REL_AB);
    expect(await verdict(file)).toBe(
      'line 1: backup version 1, which has no end line: whether the file is complete cannot be checked. ' +
        'If it is the backup you have, restore it with --accept-version-1 and compare the counts printed with those its export printed; otherwise export a new backup with this Polder',
    );
    const read = await readBackup(file, { acceptVersion1: true });
    expect({ version: read.header.version, nodes: read.nodes.length, relationships: read.relationships.length, verified: read.verified }).toEqual({ version: 1, nodes: 2, relationships: 1, verified: false });
    // A version 2 file is checked against its end line, asked to accept version 1 or not.
    expect(await verdict(backupFile(HEADER, NODE_A, NODE_B), { acceptVersion1: true })).toMatch(/^<file> stops at line 3 without the end line/);
  });

  it('refuses a header that is not a current backup', async () => {
    const header = (fields: object) => wholeBackup(JSON.stringify({ format: 'polder-backup', version: 2, exportedAt: '2026-12-02T00:00:00.000Z', migrations: [], ...fields }), NODE_B);
    let file = header({ migrations: undefined });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: the header has no "migrations" list of migration ids`);
    file = header({ migrations: [7] });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: the header has no "migrations" list of migration ids`);
    file = header({ migrations: ['999-from-the-future'] });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: made by a newer Polder (migrations 999-from-the-future are unknown here)`);
    file = header({ version: 3 });
    await expect(readBackup(file)).rejects.toThrow(`${file}, line 1: backup version 3; this Polder restores version 2 (and 1, with --accept-version-1)`);
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
