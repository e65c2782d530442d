import { describe, expect, it } from 'vitest';

import { editRefusal } from './editRefusal';

const values = { tags: 'gold, renters' };
const refused = (code: string) => editRefusal({ kind: 'graphql', apiUrl: 'http://127.0.0.1:4000/graphql', code, message: 'refused' }, values);

describe('editRefusal', () => {
  it('keeps what was submitted, whatever the refusal', () => {
    for (const code of ['CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT']) expect(refused(code)).toMatchObject({ status: 'failed', values });
    expect(editRefusal({ kind: 'unreachable', apiUrl: 'http://127.0.0.1:4000/graphql', detail: 'ECONNREFUSED' }, values)).toMatchObject({ status: 'failed', values, conflict: false, signedOut: false });
  });

  it('flags a conflict for a reload and an ended session for a sign-in, each in words', () => {
    expect(refused('CONFLICT')).toMatchObject({ conflict: true, signedOut: false, message: expect.stringContaining('Someone changed this') });
    expect(refused('UNAUTHENTICATED')).toMatchObject({ conflict: false, signedOut: true, message: expect.stringContaining('You are no longer signed in') });
    expect(refused('FORBIDDEN')).toMatchObject({ conflict: false, signedOut: false, message: 'You may not do that: refused.' });
  });
});
