import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSecretsInText, maskSecrets, scanForSecrets, secretForms } from './scanForSecrets.ts';

const SESSION = { label: 'session of ada', value: 'pld_s_0123456789abcdef' };
const QUOTED = { label: 'password of bob', value: 'pa"ss\\word 42' };
const dir = mkdtempSync(join(tmpdir(), 'polder-scan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('secretForms', () => {
  it('gives the value as written, JSON-escaped and percent-encoded, once each, longest first', () => {
    expect(secretForms('pa"ss\\word 42')).toEqual(['pa%22ss%5Cword%2042', 'pa\\"ss\\\\word 42', 'pa"ss\\word 42']);
    expect(secretForms('pld_s_0123456789abcdef')).toEqual(['pld_s_0123456789abcdef']);
  });
});

describe('findSecretsInText', () => {
  it('finds a secret in any form, naming the line and the secret, with every secret masked', () => {
    const text = [
      '{"level":30,"msg":"signed in"}',
      `{"level":20,"msg":"request","headers":{"authorization":"Bearer ${SESSION.value}"}}`,
      `{"level":30,"msg":"bad sign-in","input":${JSON.stringify({ password: QUOTED.value })}}`,
      `GET /login?p=${encodeURIComponent(QUOTED.value)}&s=${SESSION.value}`,
      'nothing here',
    ].join('\n');
    expect(findSecretsInText('1234.log', text, [SESSION, QUOTED])).toEqual([
      { file: '1234.log', line: 2, label: 'session of ada', masked: '{"level":20,"msg":"request","headers":{"authorization":"Bearer [secret: session of ada]"}}' },
      { file: '1234.log', line: 3, label: 'password of bob', masked: '{"level":30,"msg":"bad sign-in","input":{"password":"[secret: password of bob]"}}' },
      { file: '1234.log', line: 4, label: 'password of bob', masked: 'GET /login?p=[secret: password of bob]&s=[secret: session of ada]' },
      { file: '1234.log', line: 4, label: 'session of ada', masked: 'GET /login?p=[secret: password of bob]&s=[secret: session of ada]' },
    ]);
  });

  it('finds nothing in lines that hold no secret, nor a part of one', () => {
    expect(findSecretsInText('a.log', `{"msg":"pld_s_0123456789abcde"}\n{"msg":"[redacted]"}\n`, [SESSION])).toEqual([]);
  });

  it('finds a secret on the last line without a newline, and twice on one line once', () => {
    expect(findSecretsInText('a.log', `x\n${SESSION.value} and ${SESSION.value}`, [SESSION]).map(({ line }) => line)).toEqual([2]);
  });
});

describe('maskSecrets', () => {
  it('masks a secret that contains another one whole', () => {
    const inner = { label: 'inner', value: 'abcdefgh' };
    const outer = { label: 'outer', value: 'xx-abcdefgh-yy' };
    expect(maskSecrets('xx-abcdefgh-yy and abcdefgh', [inner, outer])).toBe('[secret: outer] and [secret: inner]');
  });
});

describe('scanForSecrets', () => {
  it('reads every file of the directory and counts its lines', () => {
    writeFileSync(join(dir, '1.log'), '{"msg":"a"}\n{"msg":"b"}\n');
    writeFileSync(join(dir, 'service-neo4j.log'), `started\nkey=${SESSION.value}\n`);
    expect(scanForSecrets(dir, [SESSION, QUOTED])).toEqual({
      files: 2,
      lines: 4,
      secrets: 2,
      findings: [{ file: 'service-neo4j.log', line: 2, label: 'session of ada', masked: 'key=[secret: session of ada]' }],
    });
  });
});
