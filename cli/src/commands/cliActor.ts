import { userInfo } from 'node:os';

/**
 * Who made a change through the CLI, for the audit log line the API writes for the same change (its `by`:
 * the signed-in account there). The CLI answers for no account: whoever can run it on the host is the
 * administrator, so the line names the operating-system user, as `cli:<user>`.
 */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    // A container's user may have no entry in /etc/passwd: userInfo then throws.
    return `cli:${process.env.USER ?? process.env.LOGNAME ?? `uid ${process.getuid?.() ?? 'unknown'}`}`;
  }
}
