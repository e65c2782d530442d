/** Types of serverSettings.mjs, plain JavaScript for server.mjs. */
export interface ServerSettings {
  hostname: string;
  port: number;
  trustProxy: boolean;
  secureCookie: boolean;
}
export function serverSettings(env: Record<string, string | undefined>): ServerSettings;
export class ServerSettingError extends Error {}
