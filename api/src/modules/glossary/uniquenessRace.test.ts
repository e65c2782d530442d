import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { retriedOnceOnNameRace, isConstraintViolation } from './uniquenessRace.ts';

const violation = () => Object.assign(new Error('Node(42) already exists with label `Entity` and property `urn`'), { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });

function failing(times: number, error: () => Error = violation) {
  let runs = 0;
  const create = async () => {
    runs++;
    if (runs <= times) throw error();
    return `created on run ${runs}`;
  };
  return { create, runs: () => runs };
}

describe('retriedOnceOnNameRace', () => {
  it('runs the create once when nothing races it', async () => {
    const attempt = failing(0);
    expect(await retriedOnceOnNameRace(attempt.create, 'input.name', 'another term')).toBe('created on run 1');
    expect(attempt.runs()).toBe(1);
  });

  it('runs it again after a constraint violation: the fresh run sees the create that won', async () => {
    const attempt = failing(1);
    expect(await retriedOnceOnNameRace(attempt.create, 'input.name', 'another term')).toBe('created on run 2');
    expect(attempt.runs()).toBe(2);
  });

  it('answers a second violation with BAD_USER_INPUT naming the argument, not an internal error', async () => {
    const attempt = failing(2);
    const refusal = await retriedOnceOnNameRace(attempt.create, 'input.label', 'another polyseme').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect(refusal).toMatchObject({ message: 'label: another polyseme took a name like this at the same moment; try again', extensions: { code: 'BAD_USER_INPUT', argument: 'input.label' } });
    expect(attempt.runs()).toBe(2);
  });

  it('passes any other error through, without running the create again', async () => {
    const attempt = failing(1, () => Object.assign(new Error('gone'), { code: 'ServiceUnavailable' }));
    await expect(retriedOnceOnNameRace(attempt.create, 'input.name', 'another term')).rejects.toThrow('gone');
    expect(attempt.runs()).toBe(1);
  });

  it('knows a constraint violation by its Neo4j code alone', () => {
    expect(isConstraintViolation(violation())).toBe(true);
    expect(isConstraintViolation(new Error('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBe(false);
    expect(isConstraintViolation(null)).toBe(false);
  });
});
