/**
 * The one line `polder` prints for a failed command. A file the command could
 * not open or write says which file and why, in words, rather than Node's
 * `ENOENT: no such file or directory, open '…'`; a mistyped option, which.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  // node:util's parseArgs explains how to pass a positional that starts with a dash; people mistype options.
  const option = /'(--?[^']+)'/.exec(error.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && error.message.includes('ambiguous')) {
    return `option ${option} needs a value (one that starts with a dash is written ${option}=-1)`;
  }
  if (code && syscall) {
    const reason = /^[A-Z]+: ([^,]+),/.exec(error.message)?.[1] ?? code;
    return path ? `cannot ${syscall} ${path}: ${reason}` : `cannot ${syscall}: ${reason}`;
  }
  return error.message;
}
