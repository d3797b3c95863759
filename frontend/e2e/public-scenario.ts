// End-to-end steps of the public pages (no login, on a phone): register for the demo masterclass
// and be asked to check the mailbox (the page shows no ticket: the API answers every registration
// the same, so nobody learns whether an address was registered); read the mail the backend sent
// (its mock mailer logs it) and show through the API that its ticket is genuine; register again
// and get the same answer and the ticket mailed again; cancel with the link from the mail; and
// open an old-style cancel link (?token=), which explains that a new link was mailed.
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { PHONE } from './checkin-scenario.ts';
import { artifacts, checkAccessibility, earlier, eventually, expect, textOf, type ScenarioOptions, type Suite } from './harness.ts';
import { apiAs, expectNoSidewaysScroll, findEvent, keycloakUrl, mailsTo, newestMail, ok } from './session.ts';

const MASTERCLASS = 'Masterclass Circulair Inkopen';
const DESKTOP = { width: 1280, height: 800 };

/** A full-page screenshot at 360 px (the context's phone) and at desktop width. */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifacts, `${name}-360px.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  try {
    await page.screenshot({ path: join(artifacts, `${name}-desktop.png`), fullPage: true });
  } finally {
    await page.setViewportSize(PHONE.viewport);
  }
}

export function publicScenario(suite: Suite, browser: Browser, { baseUrl, unique }: ScenarioOptions): void {
  let phonePage: Page | undefined;
  /** What the mail said, once its ticket and cancel link are checked. */
  let mailed: { ticket: string; code: string } | undefined;
  const email = `e2e-${unique}@example.org`;
  const person = `Eva Tester ${unique}`;
  const keycloakCalls: string[] = [];
  const phone = () => earlier(phonePage, 'the phone');

  /** Fills in and sends the registration form of the masterclass page. */
  async function register(): Promise<Locator> {
    const main = phone().getByRole('main');
    await main.getByRole('textbox', { name: /^Bedrijfsnaam/ }).fill(`E2E Circulair ${unique}`);
    await main.getByRole('textbox', { name: /^Uw naam/ }).fill(person);
    await main.getByRole('textbox', { name: /^E-mailadres/ }).fill(email);
    await main.getByRole('checkbox', { name: /toestemming/ }).check();
    await main.getByRole('button', { name: 'Aanmelden' }).click();
    const received = main.getByRole('region', { name: 'Kijk in uw mailbox' });
    await received.waitFor();
    return received;
  }

  suite.step(
    'the public event list opens without a login',
    async () => {
      const context = await browser.newContext(PHONE);
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      phonePage = page;
      page.on('request', (request) => {
        if (request.url().startsWith(keycloakUrl)) keycloakCalls.push(request.url());
      });
      await page.goto(`${baseUrl}/publiek/bijeenkomsten`);
      const main = page.getByRole('main');
      await main.getByRole('heading', { level: 1, name: 'Bijeenkomsten' }).waitFor();
      await main.getByRole('list', { name: 'Bijeenkomsten waarvoor u zich kunt aanmelden' }).getByRole('heading', { name: MASTERCLASS }).waitFor();
      expect(page.url().startsWith(baseUrl), `expected to stay on the SPA, got ${page.url()}`);
      await page.waitForLoadState('networkidle');
      await checkAccessibility(page, 'public event list');
      await expectNoSidewaysScroll(page, 'the public event list');
    },
    { shot: () => phonePage },
  );

  suite.step(
    'd) an entrepreneur registers on a phone and is asked to check the mailbox, with the address typed',
    async () => {
      const page = phone();
      const main = page.getByRole('main');
      await main.getByRole('link', { name: new RegExp(`${MASTERCLASS}$`) }).click();
      await main.getByRole('heading', { level: 1, name: new RegExp(MASTERCLASS) }).waitFor();
      await main.getByRole('heading', { level: 2, name: 'Aanmelden' }).waitFor();
      await checkAccessibility(page, 'public registration page');
      await expectNoSidewaysScroll(page, 'the public registration page');

      // the honeypot is out of reach of people and their tools
      const honeypot = page.locator('input[name="website"]');
      expect((await honeypot.getAttribute('tabindex')) === '-1', 'the honeypot must not be in the tab order');
      expect((await honeypot.getAttribute('autocomplete')) === 'off', 'the honeypot must not be filled in by the browser');

      // sent without consent: the error sits at the box, in Dutch, and the page still fits 360 px
      await main.getByRole('button', { name: 'Aanmelden' }).click();
      const consent = main.getByRole('checkbox', { name: /toestemming/ });
      await eventually(async () => (await consent.getAttribute('aria-invalid')) === 'true', 'expected the consent marked invalid');
      await main.getByText('Geef toestemming om u aan te melden.').waitFor();
      await expectNoSidewaysScroll(page, 'the registration form with its errors');
      await checkAccessibility(page, 'public registration form with errors');
      await page.screenshot({ path: join(artifacts, 'public-registration-errors-360.png'), fullPage: true });

      const received = await register();
      const text = await textOf(received);
      expect(
        text.includes(`We hebben uw ticket, of uw plaats op de wachtlijst, gemaild naar ${email}`),
        `expected the mailbox confirmation with the address, got: ${text}`,
      );
      // the page shows no ticket: no QR code, no ticket text, nothing of the API's own words
      expect((await main.getByRole('img').count()) === 0, 'the confirmation shows an image (a QR code?)');
      expect(!(await textOf(main)).includes('AJ2.'), 'the confirmation shows a ticket');
      await checkAccessibility(page, 'public registration confirmation');
      await expectNoSidewaysScroll(page, 'the confirmation');
      await screenshots(page, 'public-registration-received');
      expect(keycloakCalls.length === 0, `the public pages called Keycloak: ${keycloakCalls.join(', ')}`);
    },
    { shot: () => phonePage },
  );

  suite.step(
    'the mail carries the ticket and the cancel link; the ticket is genuine: NOT_OPEN for the masterclass, a forged one UNKNOWN_TICKET; the door does not reach it yet',
    async () => {
      const mail = await newestMail(email);
      expect(mail.subject === `Uw aanmelding: ${MASTERCLASS}`, `unexpected subject: ${mail.subject}`);
      const { ticket, cancelLink } = mail;
      expect(ticket && cancelLink, `the mail has no ticket or no cancel link: ${mail.text}`);
      const code = new URL(cancelLink).searchParams.get('code');
      expect(new URL(cancelLink).pathname === '/aanmelden/annuleren' && code, `unexpected cancel link ${cancelLink}`);
      // the cancel code is a secret of its own, not a part of the ticket the door sees
      expect(!ticket.includes(code), 'the cancel code is part of the ticket');
      mailed = { ticket, code };

      const event = await findEvent(baseUrl, MASTERCLASS);
      expect(ticket.startsWith(`AJ2.${event.id}.`), `expected a ticket of event ${event.id}, got ${ticket}`);
      const scan = (username: string, scanned: string) => apiAs(baseUrl, username).POST('/api/events/{eventId}/check-ins', {
        params: { path: { eventId: event.id } },
        body: { ticket: scanned, device: 'e2e' },
      });
      // the door (checkin role) reaches only the events around now: staff scan the masterclass
      const door = await scan('checkin', ticket);
      expect(door.response.status === 404, `the door reached an event a month away: ${door.response.status} ${JSON.stringify(door.data ?? door.error)}`);
      const genuine = await scan('staff', ticket);
      // a refusal at the door is an answer (200) whose outcome says why, as in the batch
      expect(genuine.response.status === 200 && genuine.data?.outcome === 'NOT_OPEN',
        `expected NOT_OPEN, got ${genuine.response.status} ${JSON.stringify(genuine.data ?? genuine.error)}`);
      const forged = `${ticket.slice(0, ticket.lastIndexOf('.') + 1)}${'A'.repeat(86)}`;
      const refused = await scan('staff', forged);
      expect(refused.response.status === 200 && refused.data?.outcome === 'UNKNOWN_TICKET',
        `expected UNKNOWN_TICKET for a forged ticket, got ${refused.response.status} ${JSON.stringify(refused.data ?? refused.error)}`);
    },
    { shot: () => phonePage },
  );

  suite.step(
    'registering again gives the same answer, and the same ticket by mail again',
    async () => {
      const page = phone();
      const { ticket } = earlier(mailed, 'the first mail');
      const before = (await mailsTo(email)).length;
      await page.reload();
      await page.getByRole('main').getByRole('heading', { level: 2, name: 'Aanmelden' }).waitFor();
      const received = await register();
      expect((await textOf(received)).includes(email), 'expected the same confirmation with the address');
      const again = await newestMail(email, before);
      expect(again.ticket === ticket, `a second registration mailed another ticket: ${again.ticket} vs ${ticket}`);
    },
    { shot: () => phonePage },
  );

  suite.step(
    'the cancel link from the mail cancels the registration after confirming',
    async () => {
      const page = phone();
      const { code } = earlier(mailed, 'the first mail');
      // the mail's link names the public address of the local profile; this run serves the SPA here
      await page.goto(`${baseUrl}/aanmelden/annuleren?code=${encodeURIComponent(code)}`);
      const main = page.getByRole('main');
      await main.getByRole('heading', { level: 1, name: 'Aanmelding annuleren' }).waitFor();
      const confirm = main.getByRole('button', { name: 'Ja, annuleer mijn aanmelding' });
      await confirm.waitFor();
      await checkAccessibility(page, 'cancel page');
      await expectNoSidewaysScroll(page, 'the cancel page');
      await screenshots(page, 'public-cancel');
      await confirm.click();
      await main.getByRole('status').filter({ hasText: 'Uw aanmelding is geannuleerd.' }).waitFor();
      await screenshots(page, 'public-cancel-done');

      const event = await findEvent(baseUrl, MASTERCLASS);
      const cancelled = await ok(apiAs(baseUrl, 'staff').GET('/api/events/{id}/registrations', {
        params: { path: { id: event.id }, query: { status: 'CANCELLED', size: 200 } },
      }));
      expect(cancelled.items.some((registration) => registration.contactName === person), `${person} is not among the cancelled registrations`);
    },
    { shot: () => phonePage },
  );

  suite.step(
    'an old cancel link (?token=) explains that it no longer works and that a new link was mailed',
    async () => {
      const page = phone();
      const token = earlier(mailed, 'the first mail').ticket.split('.')[3];
      await page.goto(`${baseUrl}/aanmelden/annuleren?token=${encodeURIComponent(token)}`);
      const main = page.getByRole('main');
      const alert = main.getByRole('alert');
      await alert.filter({ hasText: 'Deze afmeldlink werkt niet meer' }).waitFor();
      const text = await textOf(alert);
      expect(text.includes('U hebt een e-mail gekregen met een nieuwe afmeldlink'), `unexpected explanation: ${text}`);
      expect((await main.getByRole('button').count()) === 0, 'an old link offers to cancel');
      await checkAccessibility(page, 'cancel page with an old link');
      await expectNoSidewaysScroll(page, 'the cancel page with an old link');
      await screenshots(page, 'public-cancel-old-link');
      expect(keycloakCalls.length === 0, `the public pages called Keycloak: ${keycloakCalls.join(', ')}`);
    },
    { shot: () => phonePage },
  );
}
