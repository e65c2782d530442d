import { revalidatePath } from 'next/cache';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { editEntityAction } from './editEntityAction';

const api = vi.hoisted(() => ({ editEntity: vi.fn() }));
vi.mock('../api', () => api);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

beforeEach(() => vi.clearAllMocks());

const DATASET = 'urn:polder:dataset:(sqlite,shop,main.orders)';
const DATASET_PAGE = '/datasets/urn%3Apolder%3Adataset%3A(sqlite%2Cshop%2Cmain.orders)';

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe('editEntityAction', () => {
  it('refreshes the page that shows what was edited: a dataset’s own, a column’s dataset, a data product’s own', async () => {
    api.editEntity.mockResolvedValue({ ok: true, data: { version: 2 } });
    const edits: Array<[string, string]> = [
      [DATASET, DATASET_PAGE],
      [`urn:polder:field:(${DATASET},email)`, DATASET_PAGE],
      ['urn:polder:dataProduct:(shop,orders)', '/products/urn%3Apolder%3AdataProduct%3A(shop%2Corders)'],
    ];
    for (const [urn, page] of edits) {
      const form = formOf({ urn, expectedVersion: '1', edit: 'tags', tags: 'gold, pii' });
      await expect(editEntityAction({ status: 'idle' }, form)).resolves.toEqual({ status: 'done', message: 'Tags saved.' });
      expect(api.editEntity).toHaveBeenLastCalledWith(urn, 1, { kind: 'tags', tags: ['gold', 'pii'] }, null);
      expect(revalidatePath).toHaveBeenLastCalledWith(page);
    }
  });

  it('refreshes nothing when the API refuses the edit', async () => {
    api.editEntity.mockResolvedValue({ ok: false, failure: { kind: 'graphql', apiUrl: 'x', code: 'CONFLICT', message: 'changed since you read it' } });
    const form = formOf({ urn: 'urn:polder:dataProduct:(shop,orders)', expectedVersion: '1', edit: 'description', description: 'Orders.' });
    await expect(editEntityAction({ status: 'idle' }, form)).resolves.toMatchObject({ status: 'failed', conflict: true, values: { description: 'Orders.' } });
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
