/**
 * Every form's server action, called as a hand-made POST may call it (`[{}, {}]`
 * instead of a state and a FormData): each answers failed, and asks the API
 * nothing. The API, the cache, navigation and the session cookie are stubbed:
 * what is checked happens before any of them.
 */
import { revalidatePath } from 'next/cache';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { assignTermsAction } from './assignTermsAction';
import { createGlossaryTermAction } from './createGlossaryTermAction';
import { createTokenAction } from './createTokenAction';
import { editEntityAction } from './editEntityAction';
import { editGlossaryTermAction } from './editGlossaryTermAction';
import { editPolysemeAction } from './editPolysemeAction';
import { NOT_FORM_DATA } from './formDataGuard';
import { revokeTokenAction } from './revokeTokenAction';
import { signInAction } from './signInAction';
import { triggerCrawlAction } from './triggerCrawlAction';

const api = vi.hoisted(() => ({
  assignTerms: vi.fn(),
  createApiToken: vi.fn(),
  createGlossaryTerm: vi.fn(),
  editEntity: vi.fn(),
  editGlossaryTerm: vi.fn(),
  editPolyseme: vi.fn(),
  revokeApiToken: vi.fn(),
  signIn: vi.fn(),
  triggerCrawl: vi.fn(),
}));
vi.mock('../api', () => api);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({ redirect: vi.fn() }));
vi.mock('../session/sessionCookie', () => ({ writeSession: vi.fn() }));

beforeEach(() => vi.clearAllMocks());

/** Each action as its form calls it: a previous state, then the form. */
const ACTIONS: Record<string, (previous: never, form: FormData) => Promise<unknown>> = {
  assignTermsAction,
  createGlossaryTermAction,
  createTokenAction,
  editEntityAction,
  editGlossaryTermAction,
  editPolysemeAction,
  revokeTokenAction,
  signInAction,
  triggerCrawlAction,
};

describe('form actions', () => {
  it.each(Object.entries(ACTIONS))('%s refuses what is not a form, and asks the API nothing', async (_name, action) => {
    for (const notAForm of [{}, null, 'urn=x', new Map([['urn', 'x']])]) {
      await expect(action({} as never, notAForm as unknown as FormData)).resolves.toEqual(NOT_FORM_DATA);
    }
    for (const call of Object.values(api)) expect(call).not.toHaveBeenCalled();
  });

  it('still sends a dataset edit from its form', async () => {
    api.editEntity.mockResolvedValue({ ok: true, data: {} });
    const form = new FormData();
    form.set('urn', 'urn:li:dataset:(urn:li:dataPlatform:postgres,rentals.public.customer,PROD)');
    form.set('expectedVersion', '3');
    form.set('edit', 'description');
    form.set('description', ' Who rents. ');

    await expect(editEntityAction({ status: 'idle' }, form)).resolves.toEqual({ status: 'done', message: 'Description saved.' });
    expect(api.editEntity).toHaveBeenCalledWith(
      'urn:li:dataset:(urn:li:dataPlatform:postgres,rentals.public.customer,PROD)',
      3,
      { kind: 'description', description: 'Who rents.' },
      null,
    );
  });

  it("sends a dataset edit's comment for its history, and keeps it when the edit is refused", async () => {
    const URN = 'urn:polder:dataset:(postgres,rentals,public.customer)';
    const form = new FormData();
    form.set('urn', URN);
    form.set('expectedVersion', '3');
    form.set('edit', 'tags');
    form.set('tags', 'gold');
    form.set('comment', ' Agreed with finance. ');

    api.editEntity.mockResolvedValueOnce({ ok: true, data: { version: 4 } });
    await expect(editEntityAction({ status: 'idle' }, form)).resolves.toEqual({ status: 'done', message: 'Tags saved.' });
    expect(api.editEntity).toHaveBeenCalledWith(URN, 3, { kind: 'tags', tags: ['gold'] }, 'Agreed with finance.');

    api.editEntity.mockResolvedValueOnce({ ok: false, failure: { kind: 'graphql', apiUrl: 'x', code: 'CONFLICT', message: 'changed since you read it' } });
    await expect(editEntityAction({ status: 'idle' }, form)).resolves.toMatchObject({ status: 'failed', conflict: true, values: { comment: ' Agreed with finance. ' } });
  });

  it('names a tag the API would refuse, keeps what was typed, and asks the API nothing', async () => {
    const typed = `gold, Gold ,  , pii, a tag with spaces, <img src=x>, ${'x'.repeat(300)}`;
    const form = new FormData();
    form.set('urn', 'urn:polder:dataset:(postgres,rentals,public.customer)');
    form.set('expectedVersion', '3');
    form.set('edit', 'tags');
    form.set('tags', typed);

    await expect(editEntityAction({ status: 'idle' }, form)).resolves.toMatchObject({
      status: 'failed',
      message: 'The tag "xxxxxxxxxxxxxxxxxxxxxxxx…" is longer than 100 characters.',
      values: { tags: typed },
    });
    expect(api.editEntity).not.toHaveBeenCalled();
  });

  it("sends the comment of a term added or removed on a dataset's page", async () => {
    const URN = 'urn:polder:dataset:(postgres,rentals,public.customer)';
    const TERM = 'urn:polder:glossaryTerm:(rentals,customer)';
    const form = new FormData();
    form.set('urn', URN);
    form.set('datasetUrn', URN);
    form.set('expectedVersion', '5');
    form.set('add', TERM);
    form.set('comment', 'The customers table names them.');

    api.assignTerms.mockResolvedValueOnce({ ok: true, data: { version: 6 } });
    await expect(assignTermsAction({ status: 'idle' }, form)).resolves.toEqual({ status: 'done', message: 'Term added.' });
    expect(api.assignTerms).toHaveBeenCalledWith(URN, 5, [TERM], 'The customers table names them.');

    form.set('comment', '  ');
    api.assignTerms.mockResolvedValueOnce({ ok: false, failure: { kind: 'graphql', apiUrl: 'x', code: 'CONFLICT', message: 'changed since you read it' } });
    await expect(assignTermsAction({ status: 'idle' }, form)).resolves.toMatchObject({ status: 'failed', conflict: true, values: { add: TERM, comment: '  ' } });
    expect(api.assignTerms).toHaveBeenLastCalledWith(URN, 5, [TERM], null);
  });

  it('sends a polyseme edit from its form, and tells a conflict from other refusals', async () => {
    const form = new FormData();
    form.set('urn', 'urn:polder:polyseme:customer');
    form.set('expectedVersion', '2');
    form.set('edit', 'removeMapping');
    form.set('pair', JSON.stringify(['urn:polder:glossaryTerm:(rentals,customer)', 'urn:polder:glossaryTerm:(finance,customer)']));

    api.editPolyseme.mockResolvedValueOnce({ ok: true, data: { urn: 'urn:polder:polyseme:customer', version: 3 } });
    await expect(editPolysemeAction({ status: 'idle' }, form)).resolves.toEqual({ status: 'done', message: 'Mapping removed.' });
    expect(api.editPolyseme).toHaveBeenCalledWith({
      edit: 'removeMapping',
      input: { urn: 'urn:polder:polyseme:customer', expectedVersion: 2, fromUrn: 'urn:polder:glossaryTerm:(rentals,customer)', toUrn: 'urn:polder:glossaryTerm:(finance,customer)', comment: null },
    });

    api.editPolyseme.mockResolvedValueOnce({ ok: false, failure: { kind: 'graphql', apiUrl: 'x', code: 'CONFLICT', message: 'changed since you read it' } });
    await expect(editPolysemeAction({ status: 'idle' }, form)).resolves.toMatchObject({ status: 'failed', conflict: true });
  });

  it("sends a sense's identity columns from its form, refreshes its polyseme's page, and shows a refusal in the API's words", async () => {
    const TERM = 'urn:polder:glossaryTerm:(rentals,customer)';
    const EMAIL = 'urn:polder:field:(urn:polder:dataset:(postgres,rentals,public.customer),email)';
    const ID = 'urn:polder:field:(urn:polder:dataset:(postgres,rentals,public.customer),customer_id)';
    const form = new FormData();
    form.set('urn', TERM);
    form.set('expectedVersion', '6');
    form.set('edit', 'identityFields');
    form.append('field', EMAIL);
    form.set('add', ID);
    form.set('comment', '');

    api.editGlossaryTerm.mockResolvedValueOnce({ ok: true, data: { urn: TERM, name: 'Customer', version: 7, termStatus: 'DRAFT', senseOf: { urn: 'urn:polder:polyseme:customer' } } });
    await expect(editGlossaryTermAction({ status: 'idle' }, form)).resolves.toEqual({ status: 'done', message: 'Identity columns saved.' });
    expect(api.editGlossaryTerm).toHaveBeenCalledWith({ kind: 'identityFields', urn: TERM, expectedVersion: 6, fieldUrns: [EMAIL, ID], comment: null });
    expect(revalidatePath).toHaveBeenCalledWith('/polysemes/urn%3Apolder%3Apolyseme%3Acustomer');

    const refusal = 'fieldUrns: urn:polder:field:(x,y) is not in domain "rentals": a sense is identified by its own domain\'s columns';
    api.editGlossaryTerm.mockResolvedValueOnce({ ok: false, failure: { kind: 'graphql', apiUrl: 'x', code: 'BAD_USER_INPUT', message: refusal } });
    await expect(editGlossaryTermAction({ status: 'idle' }, form)).resolves.toMatchObject({
      status: 'failed',
      conflict: false,
      message: `Please check what you entered: ${refusal}.`,
      values: { add: ID },
    });

    form.set('add', '');
    api.editGlossaryTerm.mockClear();
    await expect(editGlossaryTermAction({ status: 'idle' }, form)).resolves.toMatchObject({ status: 'failed', message: 'Choose a column to add first.' });
    expect(api.editGlossaryTerm).not.toHaveBeenCalled();
  });
});
