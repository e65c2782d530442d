/**
 * The one line `polder` prints for a failed command. A file the command could
 * not open or write says which file and why, in words, rather than Node's
 * `ENOENT: no such file or directory, open '…'`.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  if (code && syscall) {
    const reason = /^[A-Z]+: ([^,]+),/.exec(error.message)?.[1] ?? code;
    return path ? `cannot ${syscall} ${path}: ${reason}` : `cannot ${syscall}: ${reason}`;
  }
  return error.message;
}
