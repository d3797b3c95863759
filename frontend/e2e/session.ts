// Helpers the scenarios share: Keycloak login through its page, the API as one of the demo
// users (a token from the password grant of the demo realm's aanjager-cli client; requests and
// answers typed from the contract, as in the SPA), mails the backend sent, and layout checks.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import createClient, { type Client } from 'openapi-fetch';
import type { Page } from 'playwright-core';
import type { components, paths } from '../src/api/generated/schema';
import { artifacts, eventually, expect } from './harness.ts';

export const keycloakUrl = (process.env.E2E_KEYCLOAK_URL || 'http://localhost:8180').replace(/\/$/, '');

/** A body of the contract by its schema name: Schema<'Event'>. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Opens path, logs in on the Keycloak page as username (password = username), in Dutch. */
export async function logIn(page: Page, baseUrl: string, path: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('#username');
  expect(!page.url().startsWith(baseUrl), `expected the Keycloak login page, got ${page.url()}`);
  await page.fill('#username', username);
  await page.fill('#password', username);
  await page.click('#kc-login');
  await page.waitForURL(`${baseUrl}${path.split('?')[0]}**`);
  // signed in: the logout button, or on a phone the menu button it is folded behind
  await page.locator('.app-header button:visible').first().waitFor();
  // only then look for the language: isVisible does not wait, and an earlier step in this
  // browser may have chosen English (on a phone it sits behind the menu; a new browser starts in Dutch)
  const language = page.getByRole('combobox', { name: /^(Taal|Language)$/ });
  if ((await language.isVisible()) && (await language.inputValue()) !== 'nl') await language.selectOption('nl');
}

async function apiToken(username: string): Promise<string> {
  const response = await fetch(`${keycloakUrl}/realms/aanjager/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'aanjager-cli', username, password: username }),
  });
  if (!response.ok) throw new Error(`no token for ${username}: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('access_token' in body) || typeof body.access_token !== 'string') {
    throw new Error(`no access_token in the token answer for ${username}`);
  }
  return body.access_token;
}

/**
 * The API through the SPA's server (which proxies /api) as username, typed from openapi.yaml:
 * each call answers { data, error, response }. Every request gets a fresh token.
 */
export function apiAs(baseUrl: string, username: string): Client<paths> {
  const client = createClient<paths>({ baseUrl, headers: { Accept: 'application/json, application/problem+json' } });
  client.use({
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await apiToken(username)}`);
      return request;
    },
  });
  return client;
}

/** The body of a successful answer; otherwise throws with the status and the problem sent. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw new Error(`${response.url}: HTTP ${response.status} ${JSON.stringify(error)}`);
  return data;
}

export async function findEvent(baseUrl: string, title: string): Promise<Schema<'Event'>> {
  const events = await ok(apiAs(baseUrl, 'staff').GET('/api/events', { params: { query: { q: title, size: 50 } } }));
  const event = events.items.find((candidate) => candidate.title === title);
  if (!event) throw new Error(`demo event "${title}" not found: is the backend running with demo data (profile local)?`);
  return event;
}

/** A registration of someone the door can look up by name. */
export type Person = Schema<'Registration'> & { contactName: string };

/** People of the event still waiting at the door (registered, not checked in). */
export async function registeredPeople(baseUrl: string, eventId: number): Promise<Person[]> {
  const registrations = await ok(apiAs(baseUrl, 'staff').GET('/api/events/{id}/registrations', {
    params: { path: { id: eventId }, query: { status: 'REGISTERED', size: 200 } },
  }));
  return registrations.items.map((registration) => {
    const { contactName } = registration;
    if (!contactName) throw new Error(`registration ${registration.id} names nobody: the door cannot find it by name`);
    return { ...registration, contactName };
  });
}

/** Full-page screenshots at 360 px (which must not scroll sideways) and at desktop width, then back to desktop. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  try {
    await expectNoSidewaysScroll(page, name);
    await page.screenshot({ path: join(artifacts, `${name}-360px.png`), fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.screenshot({ path: join(artifacts, `${name}-desktop.png`), fullPage: true });
}

export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    body: document.body.scrollWidth - document.body.clientWidth,
  }));
  expect(overflow.document <= 0 && overflow.body <= 0, `${label} scrolls sideways at 360 px: ${JSON.stringify(overflow)}`);
}

/** A mail the backend's mock mailer logged, with what the public pages need from it. */
export interface Mail {
  subject: string;
  text: string;
  ticket: string | undefined;
  cancelLink: string | undefined;
}

/**
 * The mails to an address, oldest first, from the backend's log: the end-to-end backend runs with
 * the mock mailer, which logs every mail ("Sending email <subject> from … to [<address>] …, text
 * body: <text> html body: …"). E2E_BACKEND_LOG names that log (deploy/local/test.sh sets it).
 */
export async function mailsTo(address: string): Promise<Mail[]> {
  const path = process.env.E2E_BACKEND_LOG;
  if (!path) throw new Error('E2E_BACKEND_LOG is not set: point it at the log file of the backend under test');
  const log = await readFile(path, 'utf8');
  const pattern = /Sending email (.*?) from .*? to \[([^\]]*)\].*?text body: ?\r?\n([\s\S]*?)\r?\nhtml body:/g;
  return [...log.matchAll(pattern)]
    .filter(([, , to]) => to.split(',').some((one) => one.trim().toLowerCase() === address.toLowerCase()))
    .map(([, subject, , text]) => ({
      subject,
      text,
      ticket: /Uw toegangscode: (\S+)/.exec(text)?.[1],
      cancelLink: /Afmelden: (\S+)/.exec(text)?.[1],
    }));
}

/** Waits until the address has received more than `seen` mails; returns the newest. */
export async function newestMail(address: string, seen = 0): Promise<Mail> {
  let mails: Mail[] = [];
  await eventually(async () => {
    mails = await mailsTo(address);
    return mails.length > seen || mails.length;
  }, `expected a new mail to ${address} in ${process.env.E2E_BACKEND_LOG}`);
  const newest = mails.at(-1);
  expect(newest, `no mail to ${address}`);
  return newest;
}
