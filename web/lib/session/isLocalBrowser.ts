import 'server-only';

import { clientAddress } from './clientAddress';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * True when the browser runs on the web server's own machine (its address is loopback): the person who
 * started Polder, most likely. Only they are shown where the API is and how reaching it failed; anyone
 * else would learn the internal address of a service they cannot reach anyway.
 */
export async function isLocalBrowser(): Promise<boolean> {
  const address = await clientAddress();
  return address !== undefined && LOOPBACK.test(address);
}
