// End-to-end steps of the public pages (no login, on a phone): register for the demo masterclass,
// get the QR ticket, read it back from a screenshot, and show through the API that the ticket is
// genuine: checking it in answers NOT_OPEN (the event is in 30 days), a forged one UNKNOWN_TICKET.
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { artifacts, checkAccessibility, expect } from './harness.mjs';
import { PHONE } from './checkin-scenario.mjs';
import { callApi, expectNoSidewaysScroll, findEvent, keycloakUrl } from './session.mjs';

const MASTERCLASS = 'Masterclass Circulair Inkopen';

export function publicScenario(suite, browser, { baseUrl, unique }) {
  let context;
  let page;
  let ticket;
  const keycloakCalls = [];

  suite.step(
    'the public event list opens without a login',
    async () => {
      context = await browser.newContext(PHONE);
      context.setDefaultTimeout(20_000);
      page = await context.newPage();
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
    { shot: () => page },
  );

  suite.step(
    'd) an entrepreneur registers and gets a QR ticket',
    async () => {
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

      await main.getByRole('textbox', { name: /^Bedrijfsnaam/ }).fill(`E2E Circulair ${unique}`);
      await main.getByRole('textbox', { name: /^Uw naam/ }).fill(`Eva Tester ${unique}`);
      await main.getByRole('textbox', { name: /^E-mailadres/ }).fill(`e2e-${unique}@example.org`);
      await main.getByRole('checkbox', { name: /toestemming/ }).check();
      await main.getByRole('button', { name: 'Aanmelden' }).click();

      await main.getByRole('heading', { level: 2, name: 'U bent aangemeld' }).waitFor();
      const qr = main.getByRole('img', { name: `QR-code van uw ticket voor ${MASTERCLASS}` });
      await qr.waitFor();
      await checkAccessibility(page, 'public registration confirmation');
      await expectNoSidewaysScroll(page, 'the confirmation');

      const png = PNG.sync.read(await qr.screenshot({ path: join(artifacts, 'public-ticket-qr.png') }));
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data, 'could not read the QR code from the screenshot');
      ticket = decoded.data;
      const shown = (await main.locator('.ticket__code').textContent()).trim();
      expect(ticket === shown, `the QR code says ${ticket}, the page shows ${shown}`);
      expect(keycloakCalls.length === 0, `the public pages called Keycloak: ${keycloakCalls.join(', ')}`);
    },
    { shot: () => page },
  );

  suite.step(
    'the ticket from the QR code is genuine: NOT_OPEN for the masterclass, a forged one UNKNOWN_TICKET',
    async () => {
      const event = await findEvent(baseUrl, MASTERCLASS);
      expect(ticket.startsWith(`AJ1.${event.id}.`), `expected a ticket of event ${event.id}, got ${ticket}`);
      const genuine = await callApi(baseUrl, 'checkin', 'POST', `/api/events/${event.id}/check-ins`, { ticket, device: 'e2e' });
      expect(genuine.status === 422 && genuine.body?.reason === 'NOT_OPEN', `expected 422 NOT_OPEN, got ${genuine.status} ${JSON.stringify(genuine.body)}`);
      const forged = `${ticket.slice(0, ticket.lastIndexOf('.') + 1)}${'A'.repeat(22)}`;
      const refused = await callApi(baseUrl, 'checkin', 'POST', `/api/events/${event.id}/check-ins`, { ticket: forged, device: 'e2e' });
      expect(refused.status === 422 && refused.body?.reason === 'UNKNOWN_TICKET', `expected 422 UNKNOWN_TICKET for a forged ticket, got ${refused.status} ${JSON.stringify(refused.body)}`);
    },
    { shot: () => page },
  );
}
