/**
 * The kinds of value polder.yaml and the environment give: whole numbers and yes/no settings. Each
 * comes from YAML (a number, a boolean) or from an env var (always a string), and each refuses what
 * only looks like one: `z.coerce.number()` would read `true` as 1, `[4000]` as 4000 and `0x1F90` as
 * 8080, so a typo would start a server on port 1 instead of failing.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { shown } from './plainIssueMessage.ts';

const DIGITS = /^-?\d+$/;

/**
 * A whole number from `min` to `max`, written as a number or as decimal digits. `expected` says what
 * it is in words ("a whole number of hops from 1 to 50") and, with the value given, is the message of
 * every refusal ("a whole number of hops from 1 to 50, not 0"); `whyMin` is added when it is too small.
 */
export function wholeNumber(min: number, max: number, expected: string, whyMin = '') {
  const refusal = (why = '') => (issue: { input?: unknown }) => `${expected}, not ${shown(issue.input)}${why}`;
  return z.preprocess(
    (value) => (typeof value === 'string' && DIGITS.test(value.trim()) ? Number(value.trim()) : value),
    z.number({ error: refusal() }).int({ error: refusal() }).min(min, { error: refusal(whyMin) }).max(max, { error: refusal() }),
  );
}

/** A port number: a whole number from 1 to 65535. */
export const portNumber = wholeNumber(1, 65535, 'a port number from 1 to 65535');

/** A yes/no setting, from YAML (a boolean) or an env var (`true`/`false`). */
export const booleanSetting = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], {
  error: (issue) => `true or false, not ${shown(issue.input)}`,
});

const NAMED_PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];
const PROXY_EXPECTED = 'a list of loopback, linklocal, uniquelocal, IP addresses or CIDR ranges (10.0.0.0/8)';

/** An address or a range the API takes a caller's `X-Forwarded-For` from: a named range, an IP, or an IP with a prefix length. */
export function isProxyAddress(value: string): boolean {
  if (NAMED_PROXY_RANGES.includes(value)) return true;
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** A list of proxy addresses, from YAML (a list) or an env var (comma-separated). */
export const proxyAddresses = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value),
  z.array(z.string().refine(isProxyAddress, { error: (issue) => `${JSON.stringify(issue.input)} is not ${PROXY_EXPECTED.replace('a list of ', 'one of ')}` }), { error: PROXY_EXPECTED }).min(1, PROXY_EXPECTED),
);
