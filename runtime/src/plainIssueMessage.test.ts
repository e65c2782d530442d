import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainIssueMessage } from './plainIssueMessage.ts';

/** The messages `schema` refuses `value` with, under plainIssueMessage. */
function messagesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: (issue) => plainIssueMessage(issue) });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('plainIssueMessage', () => {
  it('says what was expected and what was given, for a missing or mistyped value', () => {
    const schema = z.object({ name: z.string(), rows: z.number().int(), on: z.boolean(), tags: z.array(z.string()), at: z.object({}) });
    expect(messagesOf(schema, { rows: 1.5, on: 'yes', tags: { a: 1 }, at: null })).toEqual([
      'is required',
      'must be a whole number, not 1.5',
      'must be true or false, not "yes"',
      'must be a list, not a mapping',
      'must be a mapping (key: value), not empty',
    ]);
  });

  it('says the bound a number, a string or a list is outside of, and the value', () => {
    expect(messagesOf(z.number().min(1), 0)).toEqual(['must be at least 1, not 0']);
    expect(messagesOf(z.number().max(365), 400)).toEqual(['must be at most 365, not 400']);
    expect(messagesOf(z.number().positive(), 0)).toEqual(['must be above 0, not 0']);
    expect(messagesOf(z.string().min(1), '')).toEqual(['must not be empty']);
    expect(messagesOf(z.string().max(3), 'abcd')).toEqual(['must be at most 3 characters long, not 4']);
    expect(messagesOf(z.array(z.number()).min(1), [])).toEqual(['must list at least one item, not none']);
    expect(messagesOf(z.array(z.number()).max(1), [1, 2])).toEqual(['must list at most 1 items, not 2']);
  });

  it('lists the values an option takes, with the one meant by a typo', () => {
    expect(messagesOf(z.enum(['mesh', 'private']), 'public')).toEqual(['must be mesh or private, not "public"']);
    expect(messagesOf(z.enum(['info', 'low', 'high']), 'hihg')).toEqual(['must be one of info, low, high, not "hihg" (did you mean high?)']);
    const sources = z.discriminatedUnion('kind', [z.object({ kind: z.literal('postgres') }), z.object({ kind: z.literal('sqlite') })]);
    expect(messagesOf(sources, { kind: 'postgress' })).toEqual(['must be postgres or sqlite, not "postgress" (did you mean postgres?)']);
    expect(messagesOf(sources, {})).toEqual(['is required: postgres or sqlite']);
  });

  it('names an unknown key, with the key it likely means or else the keys known there', () => {
    const schema = z.object({ host: z.string().optional(), port: z.number().optional() }).strict();
    expect(messagesOf(schema, { prot: 1 })).toEqual(['unknown key "prot" (did you mean "port"?)']);
    expect(messagesOf(schema, { prot: 1, user: 'x' })).toEqual(['unknown keys "prot" (did you mean "port"?), "user"; known keys here: host, port']);
  });

  it('lets a schema keep the keys a person writes at a place', () => {
    const schema = z.object({ mesh: z.object({}) }).strict();
    const result = schema.safeParse({ mesh: {}, soruces: [] }, { error: (issue) => plainIssueMessage(issue, { keysAt: () => ['sources', 'domains'] }) });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['unknown key "soruces" (did you mean "sources"?)']);
  });

  it('never quotes a URL back, which may carry a password, nor the password of one given where another value belongs', () => {
    expect(messagesOf(z.string().url(), 'redis://:hunter2@cache 6379')).toEqual(['must be a URL (scheme://host:port)']);
    expect(messagesOf(z.object({}), 'postgres://crawler:hunter2@db/rentals')).toEqual(['must be a mapping (key: value), not "postgres://crawler:***@db/rentals"']);
  });

  it('says which types a union takes', () => {
    expect(messagesOf(z.union([z.string(), z.number()]), true)).toEqual(['must be a string or a number, not true']);
  });

  it('leaves a message the schema sets itself alone', () => {
    expect(messagesOf(z.number().min(1, 'a port number from 1 to 65535'), 0)).toEqual(['a port number from 1 to 65535']);
  });
});
