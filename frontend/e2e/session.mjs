// Helpers the event, check-in and public scenarios share: Keycloak login through its page, a
// token for direct API calls (password grant of the demo realm's aanjager-cli client), the
// API itself, and layout checks.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { artifacts, eventually, expect } from './harness.mjs';

export const keycloakUrl = (process.env.E2E_KEYCLOAK_URL || 'http://localhost:8180').replace(/\/$/, '');

/** Opens path, logs in on the Keycloak page as username (password = username), in Dutch. */
export async function logIn(page, baseUrl, path, username) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('#username');
  expect(!page.url().startsWith(baseUrl), `expected the Keycloak login page, got ${page.url()}`);
  await page.fill('#username', username);
  await page.fill('#password', username);
  await page.click('#kc-login');
  await page.waitForURL(`${baseUrl}${path.split('?')[0]}**`);
  const language = page.getByRole('combobox', { name: /^(Taal|Language)$/ });
  // on a phone the language sits behind the menu; a new browser starts in Dutch anyway
  if ((await language.isVisible()) && (await language.inputValue()) !== 'nl') await language.selectOption('nl');
  // signed in: the logout button, or on a phone the menu button it is folded behind
  await page.locator('.app-header button:visible').first().waitFor();
}

export async function apiToken(username) {
  const response = await fetch(`${keycloakUrl}/realms/aanjager/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'aanjager-cli', username, password: username }),
  });
  if (!response.ok) throw new Error(`no token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** Calls the API through the SPA's server (which proxies /api) as username; returns status and body. */
export async function callApi(baseUrl, username, method, path, body) {
  const token = await apiToken(username);
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json, application/problem+json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function findEvent(baseUrl, title) {
  const { body } = await callApi(baseUrl, 'staff', 'GET', `/api/events?q=${encodeURIComponent(title)}&size=50`);
  const event = body.items.find((candidate) => candidate.title === title);
  if (!event) throw new Error(`demo event "${title}" not found: is the backend running with demo data (profile local)?`);
  return event;
}

/** People of the event still waiting at the door (registered, not checked in). */
export async function registeredPeople(baseUrl, eventId) {
  const { body } = await callApi(baseUrl, 'staff', 'GET', `/api/events/${eventId}/registrations?status=REGISTERED&size=200`);
  return body.items;
}

/** Full-page screenshots at 360 px (which must not scroll sideways) and at desktop width, then back to desktop. */
export async function screenshots(page, name) {
  await page.setViewportSize({ width: 360, height: 740 });
  try {
    await expectNoSidewaysScroll(page, name);
    await page.screenshot({ path: join(artifacts, `${name}-360px.png`), fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.screenshot({ path: join(artifacts, `${name}-desktop.png`), fullPage: true });
}

export async function expectNoSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    body: document.body.scrollWidth - document.body.clientWidth,
  }));
  expect(overflow.document <= 0 && overflow.body <= 0, `${label} scrolls sideways at 360 px: ${JSON.stringify(overflow)}`);
}

/**
 * The mails to an address, oldest first, from the backend's log: the end-to-end backend runs with
 * the mock mailer, which logs every mail ("Sending email <subject> from … to [<address>] …, text
 * body: <text> html body: …"). E2E_BACKEND_LOG names that log (deploy/local/test.sh sets it).
 */
export async function mailsTo(address) {
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
export async function newestMail(address, seen = 0) {
  let mails = [];
  await eventually(async () => {
    mails = await mailsTo(address);
    return mails.length > seen || mails.length;
  }, `expected a new mail to ${address} in ${process.env.E2E_BACKEND_LOG}`);
  return mails.at(-1);
}
