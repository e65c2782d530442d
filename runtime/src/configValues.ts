/**
 * The kinds of value polder.yaml and the environment give: whole numbers and yes/no settings. Each
 * comes from YAML (a number, a boolean) or from an env var (always a string), and each refuses what
 * only looks like one: `z.coerce.number()` would read `true` as 1, `[4000]` as 4000 and `0x1F90` as
 * 8080, so a typo would start a server on port 1 instead of failing.
 */
import { z } from 'zod';

const DIGITS = /^-?\d+$/;

/**
 * A whole number from `min` to `max`, written as a number or as decimal digits. `expected` says what
 * it is in words ("a whole number of hops from 1 to 50") and is the message of every refusal;
 * `whyMin` is added to it when the value is too small.
 */
export function wholeNumber(min: number, max: number, expected: string, whyMin = '') {
  return z.preprocess(
    (value) => (typeof value === 'string' && DIGITS.test(value.trim()) ? Number(value.trim()) : value),
    z.number({ error: expected }).int(expected).min(min, `${expected}${whyMin}`).max(max, expected),
  );
}

/** A port number: a whole number from 1 to 65535. */
export const portNumber = wholeNumber(1, 65535, 'a port number from 1 to 65535');

/** A yes/no setting, from YAML (a boolean) or an env var (`true`/`false`). */
export const booleanSetting = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], {
  error: 'true or false',
});
