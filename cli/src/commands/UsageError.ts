/**
 * What the command line got wrong (an unknown option, subcommand, source or check; a value out of range; a
 * missing argument), or the input file it names (a backup that is not one): `polder` says so in one line
 * and exits 2, where a failure of the work itself exits 1.
 */
export class UsageError extends Error {
  override name = 'UsageError';

  /**
   * `showUsage`: the command's usage follows the line, for a mistake in the shape of the command line (a
   * subcommand unknown or missing, an argument missing or one too many), where it shows what was meant.
   */
  constructor(
    message: string,
    readonly options: { showUsage?: boolean } = {},
  ) {
    super(message);
  }
}

/** Exit code 2 for a usage error, node:util's parseArgs' included; 1 for any other failure. */
export function exitCodeOf(error: unknown): 1 | 2 {
  if (error instanceof UsageError) return 2;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_') ? 2 : 1;
}
