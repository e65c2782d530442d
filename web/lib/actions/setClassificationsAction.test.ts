/**
 * The "Classifications" forms' server action, with the API and the cache stubbed: what it sends for
 * what was ticked and typed, and what it keeps when it sends nothing or is refused.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { NOT_FORM_DATA } from './formDataGuard';
import { setClassificationsAction } from './setClassificationsAction';

const api = vi.hoisted(() => ({ setClassifications: vi.fn() }));
vi.mock('../api', () => api);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

beforeEach(() => vi.clearAllMocks());

const DATASET = 'urn:polder:dataset:(postgres,rentals,public.customer)';
const EMAIL = `urn:polder:field:(${DATASET},email)`;

function columnForm(ticked: string[], other: string, comment = ''): FormData {
  const form = new FormData();
  form.set('urn', EMAIL);
  form.set('datasetUrn', DATASET);
  form.set('expectedVersion', '2');
  for (const name of ticked) form.append('classification', name);
  form.set('other', other);
  form.set('comment', comment);
  return form;
}

describe('setClassificationsAction', () => {
  it('refuses what is not a form, and asks the API nothing', async () => {
    await expect(setClassificationsAction({ status: 'idle' }, {} as unknown as FormData)).resolves.toEqual(NOT_FORM_DATA);
    expect(api.setClassifications).not.toHaveBeenCalled();
  });

  it('sends those ticked and the one typed, with the version read and the comment', async () => {
    api.setClassifications.mockResolvedValueOnce({ ok: true, data: { version: 3 } });
    await expect(setClassificationsAction({ status: 'idle' }, columnForm(['PII'], 'confidential', ' Receipts go there. '))).resolves.toEqual({ status: 'done', message: 'Classifications saved.' });
    expect(api.setClassifications).toHaveBeenCalledWith(EMAIL, 2, ['CONFIDENTIAL', 'PII'], 'Receipts go there.');
  });

  it('sends an empty list when every box is cleared', async () => {
    api.setClassifications.mockResolvedValueOnce({ ok: true, data: { version: 3 } });
    await setClassificationsAction({ status: 'idle' }, columnForm([], ''));
    expect(api.setClassifications).toHaveBeenCalledWith(EMAIL, 2, [], null);
  });

  it('names a typed one the API would refuse, keeps what was ticked and typed, and asks the API nothing', async () => {
    await expect(setClassificationsAction({ status: 'idle' }, columnForm(['PII', 'INTERNAL'], '3d', 'why'))).resolves.toEqual({
      status: 'failed',
      message: '“3D” is not a classification: use letters, digits and _, starting with a letter, e.g. PII.',
      values: { classifications: 'PII INTERNAL', other: '3d', comment: 'why' },
    });
    expect(api.setClassifications).not.toHaveBeenCalled();
  });

  it('says a conflict is one, keeping what was ticked', async () => {
    api.setClassifications.mockResolvedValueOnce({ ok: false, failure: { kind: 'graphql', apiUrl: 'x', code: 'CONFLICT', message: 'changed since you read it' } });
    await expect(setClassificationsAction({ status: 'idle' }, columnForm(['PII'], ''))).resolves.toMatchObject({ status: 'failed', conflict: true, values: { classifications: 'PII' } });
  });

  it('calls a form without its version incomplete', async () => {
    const form = columnForm(['PII'], '');
    form.delete('expectedVersion');
    await expect(setClassificationsAction({ status: 'idle' }, form)).resolves.toMatchObject({ status: 'failed', message: 'This form is incomplete. Reload the page and try again.' });
    expect(api.setClassifications).not.toHaveBeenCalled();
  });
});
