/**
 * People in a browser test of the web catalog: each in a fresh browser profile (its own cookie jar),
 * signing in the way a person does, through the page that sent them to sign in. The browser and the
 * web's address are read when called: a test file starts them in its `beforeAll`.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP } from './pageChecks.ts';

export function webPeople(the: { browser: () => Browser; webUrl: () => string; password: string }) {
  /** A fresh browser profile at desktop size, and a page in it. */
  async function newPerson(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await the.browser().newContext({ viewport: DESKTOP, ...options });
    return { context, page: await context.newPage() };
  }

  /** Opens `path`, which sends a signed-out person to sign in, signs in there as `username`, and comes back. */
  async function signInAt(page: Page, path: string, username: string): Promise<void> {
    await page.goto(`${the.webUrl()}${path}`);
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === path);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(the.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
    await page.getByText(`Signed in as ${username}`).waitFor();
  }

  return { newPerson, signInAt };
}
