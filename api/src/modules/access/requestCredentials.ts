/**
 * Where a request's secret comes from: `Authorization: Bearer <secret>` (tools,
 * and the web server calling on behalf of a signed-in person), else the
 * `polder_session` cookie (a browser talking to the API directly).
 */
export const SESSION_COOKIE = 'polder_session';

export type Credentials = { kind: 'NONE' } | { kind: 'SECRET'; secret: string } | { kind: 'MALFORMED'; reason: string };

export function requestCredentials(headers: { authorization?: string; cookie?: string }): Credentials {
  const authorization = headers.authorization?.trim();
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match ? { kind: 'SECRET', secret: match[1]! } : { kind: 'MALFORMED', reason: 'the Authorization header must be "Bearer <token>"' };
  }
  const cookie = headers.cookie
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  if (cookie) return { kind: 'SECRET', secret: decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1)) };
  return { kind: 'NONE' };
}
