/** The "Restrict" form's server action, with the API and the cache stubbed. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { NOT_FORM_DATA } from './formDataGuard';
import { setRestrictedAction } from './setRestrictedAction';

const api = vi.hoisted(() => ({ setRestricted: vi.fn() }));
vi.mock('../api', () => api);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

beforeEach(() => vi.clearAllMocks());

const DATASET = 'urn:polder:dataset:(postgres,rentals,public.customer)';

function restrictForm(restricted: string | null, comment = ''): FormData {
  const form = new FormData();
  form.set('urn', DATASET);
  form.set('expectedVersion', '4');
  if (restricted !== null) form.set('restricted', restricted);
  form.set('comment', comment);
  return form;
}

describe('setRestrictedAction', () => {
  it('refuses what is not a form, and asks the API nothing', async () => {
    await expect(setRestrictedAction({ status: 'idle' }, null as unknown as FormData)).resolves.toEqual(NOT_FORM_DATA);
    expect(api.setRestricted).not.toHaveBeenCalled();
  });

  it('restricts and lifts as the button pressed says, with the version read and the comment', async () => {
    api.setRestricted.mockResolvedValue({ ok: true, data: { version: 5 } });
    await expect(setRestrictedAction({ status: 'idle' }, restrictForm('true', ' Holds e-mail addresses. '))).resolves.toEqual({
      status: 'done',
      message: 'Restricted: its sensitive values are now masked outside its domain.',
    });
    expect(api.setRestricted).toHaveBeenLastCalledWith(DATASET, 4, true, 'Holds e-mail addresses.');
    await expect(setRestrictedAction({ status: 'idle' }, restrictForm('false'))).resolves.toEqual({
      status: 'done',
      message: 'Restriction lifted: its sensitive values are shown to everyone who may see it.',
    });
    expect(api.setRestricted).toHaveBeenLastCalledWith(DATASET, 4, false, null);
  });

  it('calls a form that says neither incomplete, and asks the API nothing', async () => {
    for (const restricted of [null, '', 'yes']) {
      await expect(setRestrictedAction({ status: 'idle' }, restrictForm(restricted))).resolves.toMatchObject({ status: 'failed', message: 'This form is incomplete. Reload the page and try again.' });
    }
    expect(api.setRestricted).not.toHaveBeenCalled();
  });

  it('says a conflict is one, keeping the comment', async () => {
    api.setRestricted.mockResolvedValueOnce({ ok: false, failure: { kind: 'graphql', apiUrl: 'x', code: 'CONFLICT', message: 'changed since you read it' } });
    await expect(setRestrictedAction({ status: 'idle' }, restrictForm('true', 'why'))).resolves.toMatchObject({ status: 'failed', conflict: true, values: { comment: 'why' } });
  });
});
