// End-to-end steps at the door, on a phone (360x740) as the check-in volunteer: check in by name,
// by scanning a real ticket through Chromium's fake camera (a browser of its own), three
// people while the connection is down, sent when it is back, and the door while Keycloak is down.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-core';
import { artifacts, checkAccessibility, earlier, eventually, expect, launch, textOf, type ScenarioOptions, type Suite } from './harness.ts';
import { writeQrVideo } from './qr-video.ts';
import { apiAs, expectNoSidewaysScroll, findEvent, keycloakUrl, logIn, ok, registeredPeople, type Person, type Schema } from './session.ts';

const DEMO_EVENT = 'Ondernemen010 Live!';
export const PHONE = {
  viewport: { width: 360, height: 740 },
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  hasTouch: true,
} satisfies BrowserContextOptions;

/** The volunteer's phone at the door, and the people the first step found waiting there. */
interface Door {
  context: BrowserContext;
  page: Page;
  event: Schema<'Event'>;
  people: Person[];
}

/** Logs the volunteer in on /check-in, names the device, picks the event and waits for its list on the phone. */
async function openDoor(page: Page, baseUrl: string, eventId: number): Promise<void> {
  await logIn(page, baseUrl, '/check-in', 'checkin');
  const main = page.getByRole('main');
  await main.getByRole('heading', { level: 1, name: 'Inchecken' }).waitFor();
  await main.getByRole('button', { name: 'Opslaan' }).click(); // accept the offered device name
  const pick = main.getByRole('combobox', { name: 'Bijeenkomst van vandaag' });
  if (await pick.isVisible()) await pick.selectOption(String(eventId)); // more than one event today
  // set up: the settings fold into one line naming the event and the device
  await main.locator('summary').filter({ hasText: DEMO_EVENT }).filter({ hasText: /Apparaat: deur-/ }).waitFor();
  await main.getByText(/Deelnemerslijst van .* staat op dit apparaat/).waitFor();
}

/** The answer takes the screen where the volunteer looks: inside the viewport, not only in the page. */
async function expectResultOnScreen(page: Page, what: string): Promise<void> {
  const box = await page.getByTestId('scan-result').boundingBox();
  const viewport = page.viewportSize();
  expect(viewport, 'the phone has no viewport');
  const { height, width } = viewport;
  expect(box && box.y >= 0 && box.x >= 0 && box.y + box.height <= height + 1 && box.x + box.width <= width + 1 && box.height > height / 2,
    `expected ${what} to fill the screen, got ${JSON.stringify(box)} in ${width}x${height}`);
}

async function checkedInCount(page: Page): Promise<number> {
  const text = await textOf(page.getByTestId('count-checkedIn'));
  return Number(text.replace(/\D/g, ''));
}

/** Checks in by name; the answer takes the screen, and Volgende goes back to the search unless told to stay. */
async function checkInByName(page: Page, name: string, { stay = false }: { stay?: boolean } = {}): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('searchbox', { name: 'Naam of bedrijf' }).fill(name);
  await main.getByRole('list', { name: 'Gevonden deelnemers' }).getByRole('button', { name: `Inchecken ${name}` }).click();
  await main.getByRole('status').filter({ hasText: 'Toegelaten' }).filter({ hasText: name }).waitFor();
  await expectResultOnScreen(page, `the answer for ${name}`);
  if (stay) return;
  await main.getByRole('button', { name: 'Volgende' }).click();
  await main.locator('.feedback-area--full').waitFor({ state: 'detached' });
}

export function checkInScenario(suite: Suite, browser: Browser, { baseUrl }: Pick<ScenarioOptions, 'baseUrl'>): void {
  let door: Door | undefined;
  const atTheDoor = () => earlier(door, 'the phone at the door');

  suite.step(
    'the volunteer logs in on a phone and the check-in page picks today\'s event',
    async () => {
      const event = await findEvent(baseUrl, DEMO_EVENT);
      const people = await registeredPeople(baseUrl, event.id);
      expect(people.length >= 7, `expected at least 7 registered people, got ${people.length} (each run checks 6 in: restart the backend for fresh demo data)`);
      const context = await browser.newContext(PHONE);
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      door = { context, page, event, people };
      page.on('pageerror', (error) => console.log(`    page error: ${error.message}`));
      await openDoor(page, baseUrl, event.id);
      const chosen = new URL(page.url()).searchParams.get('event');
      const first = await textOf(page.getByRole('main').locator('section').first().getByRole('heading'));
      expect(first === 'Ticket scannen', `expected the scanner first on the page, got ${first}`);
      expect(chosen === null || chosen === String(event.id), `expected the demo event chosen, got ${chosen}`);
      await page.waitForLoadState('networkidle');
      await checkAccessibility(page, 'check-in page');
      await expectNoSidewaysScroll(page, 'the check-in page');
      // installable: a manifest, and a service worker that keeps the app shell
      const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
      expect(manifest === '/manifest.webmanifest', `expected the web manifest link, got ${manifest}`);
      const shell = await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        const names = (await caches.keys()).filter((name) => name.startsWith('aanjager-'));
        const cached = names.length ? (await (await caches.open(names[0])).keys()).map((request) => new URL(request.url).pathname) : [];
        return { names, cached };
      });
      expect(shell.cached.includes('/index.html') && shell.cached.some((path) => path.startsWith('/assets/')), `expected the app shell in the cache: ${JSON.stringify(shell)}`);
    },
    { shot: () => door?.page },
  );

  suite.step(
    'a) check in by name search: green feedback and the count rises',
    async () => {
      const { page, people } = atTheDoor();
      const person = people[0];
      const before = await checkedInCount(page);
      await checkInByName(page, person.contactName, { stay: true });
      const feedback = page.getByRole('main').getByRole('status').filter({ hasText: 'Toegelaten' });
      expect((await feedback.locator('.feedback--admitted').count()) === 1, 'expected the green admitted box');
      await page.screenshot({ path: join(artifacts, 'checkin-admitted-full-screen-360.png') });
      await checkAccessibility(page, 'check-in answer on the whole screen');
      await page.getByRole('main').getByRole('button', { name: 'Volgende' }).click();
      await eventually(async () => (await checkedInCount(page)) > before || (await checkedInCount(page)), `expected the checked-in count to rise above ${before}`);
      await checkAccessibility(page, 'check-in page with feedback');
      await expectNoSidewaysScroll(page, 'the check-in page with feedback');
    },
    { shot: () => door?.page },
  );

  suite.step(
    'b) check in by scanning a real ticket with the (fake) camera',
    async () => {
      const { event, people } = atTheDoor();
      const person = people[1];
      const { ticket } = person;
      expect(ticket !== undefined && ticket.startsWith('AJ2.'), `expected a ticket on the registration, got ${ticket}`);
      const video = join(tmpdir(), `aanjager-ticket-${process.pid}.y4m`);
      writeQrVideo(video, ticket);
      const cameraBrowser = await launch([
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ]);
      try {
        const cameraContext = await cameraBrowser.newContext(PHONE);
        cameraContext.setDefaultTimeout(20_000);
        await cameraContext.grantPermissions(['camera'], { origin: baseUrl });
        const scanPage = await cameraContext.newPage();
        await openDoor(scanPage, baseUrl, event.id);
        await scanPage.getByRole('button', { name: 'Camera starten' }).click();
        const feedback = scanPage.getByRole('main').getByRole('status').filter({ hasText: 'Toegelaten' }).filter({ hasText: person.contactName });
        await feedback.waitFor();
        await scanPage.screenshot({ path: join(artifacts, 'checkin-scanned-ticket.png'), fullPage: true });
      } finally {
        await cameraBrowser.close();
        rmSync(video, { force: true });
      }
    },
    { shot: () => door?.page },
  );

  suite.step(
    'c) offline: three check-ins wait on the phone and are sent when the connection is back',
    async () => {
      const { context, page, event, people } = atTheDoor();
      const three = people.slice(2, 5);
      const before = await ok(apiAs(baseUrl, 'staff').GET('/api/events/{eventId}/attendance', { params: { path: { eventId: event.id } } }));
      // the phone's counts (polled every 15 s) know the scan of the other phone before the connection drops
      await eventually(async () => (await checkedInCount(page)) === before.checkedIn || (await checkedInCount(page)), `expected ${before.checkedIn} checked in on the phone`, 25_000);
      await context.setOffline(true);
      const main = page.getByRole('main');
      await main.getByRole('status').filter({ hasText: /^Offline/ }).waitFor();
      for (const person of three) {
        await checkInByName(page, person.contactName);
        await main.getByRole('status').filter({ hasText: 'Opgeslagen op dit apparaat' }).waitFor();
      }
      await main.getByRole('status').filter({ hasText: 'Offline — 3 check-ins wachten op verbinding' }).waitFor();
      const counts = { in: await checkedInCount(page), expected: Number((await textOf(page.getByTestId('count-registered'))).replace(/\D/g, '')) };
      // offline the phone counts: three more in, three fewer expected, the same people in all
      expect(counts.in === before.checkedIn + 3 && counts.expected === before.registered - 3,
        `expected ${before.checkedIn + 3} in and ${before.registered - 3} expected offline, got ${JSON.stringify(counts)}`);
      await page.screenshot({ path: join(artifacts, 'checkin-offline-3-waiting.png'), fullPage: true });
      await context.setOffline(false);
      await main.getByRole('status').filter({ hasText: '3 check-ins verstuurd.' }).waitFor();
      const cachedApi = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return urls.filter((url) => new URL(url).pathname.startsWith('/api/'));
      });
      expect(cachedApi.length === 0, `API answers must never be cached: ${cachedApi.join(', ')}`);
      await eventually(async () => {
        const checkedIn = await ok(apiAs(baseUrl, 'staff').GET('/api/events/{id}/registrations', {
          params: { path: { id: event.id }, query: { status: 'CHECKED_IN', size: 200 } },
        }));
        const inside = new Set(checkedIn.items.map((registration) => registration.id));
        return three.every((person) => inside.has(person.id)) || three.filter((person) => !inside.has(person.id)).map((person) => person.contactName);
      }, 'expected all three CHECKED_IN on the server');
    },
    { shot: () => door?.page },
  );

  suite.step(
    'Keycloak down: the open door page keeps checking people in, a new volunteer is told why signing in fails',
    async () => {
      const { context, page, people } = atTheDoor();
      // every request of the phones to Keycloak is refused, as when it is down
      const refuse = (route: Route) => route.abort('connectionrefused');
      await context.route(`${keycloakUrl}/**`, refuse);
      await checkInByName(page, people[6].contactName);
      expect(new URL(page.url()).pathname === '/check-in', `the door page stays open, now at ${page.url()}`);

      const arriving = await browser.newContext(PHONE);
      try {
        await arriving.route(`${keycloakUrl}/**`, refuse);
        const late = await arriving.newPage();
        await late.goto(`${baseUrl}/check-in`);
        await late.getByRole('alert').filter({ hasText: 'De inlogdienst is op dit moment niet bereikbaar' }).waitFor();
        await late.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
        await checkAccessibility(late, 'sign-in unavailable');
        await expectNoSidewaysScroll(late, 'the sign-in unavailable page');
        await late.screenshot({ path: join(artifacts, 'checkin-keycloak-down-360.png'), fullPage: true });
      } finally {
        await arriving.close();
        await context.unroute(`${keycloakUrl}/**`, refuse);
      }
    },
    { shot: () => door?.page },
  );

  suite.step(
    'the volunteer undoes a check-in from the answer on the screen',
    async () => {
      const { page, people } = atTheDoor();
      const person = people[5] ?? people[0];
      await checkInByName(page, person.contactName, { stay: true });
      await page.getByRole('button', { name: `Check-in van ${person.contactName} ongedaan maken` }).click();
      await page.getByRole('main').getByRole('status').filter({ hasText: 'Ongedaan gemaakt' }).waitFor();
      await expectResultOnScreen(page, 'the undone answer');
    },
    { shot: () => door?.page },
  );
}
