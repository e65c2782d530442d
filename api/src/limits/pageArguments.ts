/**
 * The checks every list argument gets: a page size (or any count: of days, of runs) within the field's
 * maximum, an offset from 0 up.
 * Each refusal is a BAD_USER_INPUT that names the argument by its path (`input.limit`) in
 * `extensions.argument`, and by its own name in the message.
 */
import { apiError } from '../errors.ts';

/** Refuses a count that is not a whole number from 1 to `max`. */
export function checkCount(count: number, max: number, argument = 'limit'): number {
  if (!Number.isInteger(count) || count < 1 || count > max) throw apiError('BAD_USER_INPUT', `${nameOf(argument)} must be between 1 and ${max}`, { argument });
  return count;
}

/** Refuses an `offset` that is not a whole number from 0 up. */
export function checkOffset(offset: number, argument = 'offset'): number {
  if (!Number.isInteger(offset) || offset < 0) throw apiError('BAD_USER_INPUT', `${nameOf(argument)} must be 0 or more`, { argument });
  return offset;
}

/** `limit` of `input.limit`. */
function nameOf(argument: string): string {
  return argument.slice(argument.lastIndexOf('.') + 1);
}

/** The options of a list field's `limit` argument: its default page size, and its maximum said. */
export function limitArgument(defaultValue: number, max: number): { defaultValue: number; description: string } {
  return { defaultValue, description: `Most items to return, 1 to ${max}.` };
}

/** The options of a list field's `offset` argument. */
export const OFFSET_ARGUMENT = { defaultValue: 0, description: 'How many items to skip, for the next pages.' };

/** A page of a list: at most `max` items from the `offset`-th. */
export function checkPage(limit: number, offset: number, max: number): { limit: number; offset: number } {
  return { limit: checkCount(limit, max), offset: checkOffset(offset) };
}
