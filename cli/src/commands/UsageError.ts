/**
 * What the command line got wrong (an unknown option, source or check; a value out of range): `polder`
 * says so and exits 2, as for every refused input, where a failure of the work itself exits 1.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit code 2 for a usage error, node:util's parseArgs' included; 1 for any other failure. */
export function exitCodeOf(error: unknown): 1 | 2 {
  if (error instanceof UsageError) return 2;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_') ? 2 : 1;
}
