/**
 * Creating a term or a polyseme (alone or by import) checks that its name is free and picks a free URN,
 * then creates it, in one transaction. Two creates of the same name, or of names with the same slug, at
 * the same moment both pass the checks, and the second CREATE breaks a uniqueness constraint
 * (glossaryterm_name, entity_urn). Neo4j raises that only once the first has committed, so the create is
 * run once more in a fresh transaction whose checks see the first: a duplicate name is refused as it
 * always is (BAD_USER_INPUT naming the name), and a name that only shares the slug takes the next free
 * URN, exactly as had the two come one after the other. Should the second run race again (a third create
 * at that very moment), the caller is told to try again, as BAD_USER_INPUT naming the argument: never an
 * internal error. Either failed run was rolled back whole, so nothing is half-applied.
 */
import { apiError } from '../../errors.ts';

const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

export function isConstraintViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === CONSTRAINT_VIOLATION;
}

/**
 * Runs `write` (a whole write transaction that creates or renames), and once more if a concurrent write
 * broke a uniqueness constraint. A rename races the same way as a create, and is answered the same way.
 */
export async function retriedOnceOnNameRace<T>(write: () => Promise<T>, argument: string, what: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isConstraintViolation(error)) throw error;
  }
  try {
    return await write();
  } catch (error) {
    if (!isConstraintViolation(error)) throw error;
    throw apiError('BAD_USER_INPUT', `${argument.replace(/^input\./, '')}: ${what} took a name like this at the same moment; try again`, { argument });
  }
}
