import { describe, expect, it } from 'vitest';
import { requestCredentials } from './requestCredentials.ts';

describe('requestCredentials', () => {
  it('takes a bearer token first, then the session cookie', () => {
    expect(requestCredentials({ authorization: 'Bearer abc', cookie: 'polder_session=def' })).toEqual({ kind: 'SECRET', secret: 'abc' });
    expect(requestCredentials({ cookie: 'theme=dark; polder_session=def' })).toEqual({ kind: 'SECRET', secret: 'def' });
    expect(requestCredentials({})).toEqual({ kind: 'NONE' });
  });

  it('refuses an Authorization header of another scheme', () => {
    expect(requestCredentials({ authorization: 'Basic YWRhOnNlY3JldA==' })).toEqual({ kind: 'MALFORMED', reason: 'the Authorization header must be "Bearer <token>"' });
  });
});
