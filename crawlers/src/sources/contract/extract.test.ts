import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractContractFiles, MAX_CONTRACT_BYTES } from './extract.ts';

describe('extractContractFiles', () => {
  let root: string;
  let contracts: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'polder-contracts-'));
    contracts = join(root, 'contracts');
    await mkdir(contracts);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('reads the contract files of a directory in name order, a link inside it included, without a byte order mark', async () => {
    await writeFile(join(contracts, 'b.odcs.yml'), '\uFEFFid: b\n');
    await writeFile(join(contracts, 'a.odcs.yaml'), 'id: café\n');
    await writeFile(join(contracts, 'notes.yaml'), 'not a contract\n');
    await symlink(join(contracts, 'a.odcs.yaml'), join(contracts, 'c.odcs.yaml'));
    expect(await extractContractFiles(contracts)).toEqual([
      { name: 'a.odcs.yaml', text: 'id: café\n' },
      { name: 'b.odcs.yml', text: 'id: b\n' },
      { name: 'c.odcs.yaml', text: 'id: café\n' },
    ]);
  });

  it('refuses a file that is not UTF-8, at the line of its first bad byte, rather than change its words', async () => {
    await writeFile(join(contracts, 'a.odcs.yaml'), Buffer.concat([Buffer.from('id: a\ndescription:\n  purpose: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    await expect(extractContractFiles(contracts)).rejects.toThrow(`${join(contracts, 'a.odcs.yaml')}:3 is not UTF-8 text (save the contract as UTF-8)`);
  });

  it('refuses a symbolic link that leads out of the directory', async () => {
    await writeFile(join(root, 'secret.txt'), 'password: hunter2\n');
    await symlink(join(root, 'secret.txt'), join(contracts, 'a.odcs.yaml'));
    await expect(extractContractFiles(contracts)).rejects.toThrow(`${join(contracts, 'a.odcs.yaml')} is a symbolic link that leads out of`);
  });

  it('refuses a directory named as a contract, and a file too large to be one', async () => {
    await mkdir(join(contracts, 'a.odcs.yaml'));
    await expect(extractContractFiles(contracts)).rejects.toThrow(`${join(contracts, 'a.odcs.yaml')} is a directory, not a contract file`);
    await rm(join(contracts, 'a.odcs.yaml'), { recursive: true });
    await writeFile(join(contracts, 'a.odcs.yaml'), '');
    await truncate(join(contracts, 'a.odcs.yaml'), MAX_CONTRACT_BYTES + 1);
    await expect(extractContractFiles(contracts)).rejects.toThrow(`${join(contracts, 'a.odcs.yaml')} is ${MAX_CONTRACT_BYTES + 1} bytes: a contract file may have ${MAX_CONTRACT_BYTES} at most`);
  });
});
