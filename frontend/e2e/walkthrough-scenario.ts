// A walk through every page as every demo user (and the public pages without login), at desktop
// width and on a phone (360 × 740): each page, once loaded, must show people words, not the
// system's own — no "#36", no account names, no enum values, no JSON field names, no
// "undefined" or "Invalid Date", no English leftovers in the Dutch screens. On the phone the page
// must not scroll sideways, every table must fit or scroll inside a labelled region, and the
// header must fold its menu behind a button. A screenshot per page, user and width goes to
// e2e/artifacts/walk-*.png, with the text that was read beside it (walk-*.txt, to grep). Detail
// pages are reached by clicking in the lists, so the walk needs no ids; the import job is a small
// file each user checks (previewed, never imported: it does leave an entry in the audit trail).
// Run alone: E2E_ONLY=walkthrough npm run e2e
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { artifacts, earlier, expect, messageOf, type ScenarioOptions, type Suite } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** A screen width the walk looks at, named as in the file names of the screenshots. */
interface Width {
  name: string;
  options: BrowserContextOptions;
}

const DESKTOP: Width = { name: '1280', options: { viewport: { width: 1280, height: 900 } } };
const PHONE: Width = { name: '360', options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } };

// ---------------------------------------------------------------------------------------------
// What must not reach people. The enum values and field names come from the contract, so a new
// enum or field is covered without touching this file.

/** Upper-case enum values and camelCase property names from openapi.yaml (a line reader: the file is block YAML). */
function contractWords(): { enums: string[]; fields: string[] } {
  const lines = readFileSync(join(here, '..', '..', 'openapi.yaml'), 'utf8').split('\n');
  const enums = new Set<string>();
  const fields = new Set<string>();
  lines.forEach((line, index) => {
    if (/^\s*enum:\s*$/.test(line)) {
      for (const next of lines.slice(index + 1)) {
        const item = /^\s*- ['"]?([^'"]+)['"]?\s*$/.exec(next);
        if (!item) break;
        if (/^[A-Z][A-Z0-9_]+$/.test(item[1])) enums.add(item[1]);
      }
    }
    const block = /^(\s*)properties:\s*$/.exec(line);
    if (block) {
      let indent: number | undefined;
      for (const next of lines.slice(index + 1)) {
        if (!next.trim()) continue;
        const depth = next.length - next.trimStart().length;
        if (depth <= block[1].length) break;
        indent ??= depth;
        const key = /^\s*([A-Za-z][A-Za-z0-9]*):/.exec(next);
        if (depth === indent && key && /[a-z][A-Z]/.test(key[1])) fields.add(key[1]);
      }
    }
  });
  return { enums: [...enums], fields: [...fields] };
}

// True positives that are fine in front of people; keep this short and say why.
const ALLOWED = [
  // file formats people choose and recognise, on the download and import buttons
  'CSV', 'XLSX', 'JSON',
];

const ACCOUNTS = ['admin', 'staff', 'partner1', 'partner2', 'checkin'];
const ENGLISH = ['Loading', 'Submit', 'Cancel', 'Save', 'Delete', 'Search', 'Error', 'Not found', 'Something went wrong',
  'must not', 'must be', 'is required', 'Bad Request', 'Forbidden', 'Unauthorized', 'Internal Server Error'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word: no letter, digit or underscore (or, for names, e-mail/URL characters) on either side. */
const word = (alternatives: string[], flags = 'gu') =>
  new RegExp(`(?<![\\p{L}\\p{N}_@./-])(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}_@-]|\\.\\p{L})`, flags);

/** A kind of text that must not reach people, and how to find it. */
interface Check {
  what: string;
  pattern: RegExp;
}

function rules(): Check[] {
  const { enums, fields } = contractWords();
  const known = enums.filter((value) => !ALLOWED.includes(value));
  return [
    { what: 'a number with # (an id)', pattern: /#\d+/g },
    { what: 'an account name', pattern: word(ACCOUNTS) },
    { what: 'a service account', pattern: /service-account-[\w-]+/g },
    { what: 'an enum value', pattern: /(?<![\p{L}\p{N}])[A-Z]{2,}_[A-Z_]+(?![\p{L}\p{N}])/gu },
    { what: 'an enum value', pattern: word(known) },
    { what: 'a JSON field name', pattern: word(fields) },
    { what: 'a programming value', pattern: /\[object Object\]|Invalid Date|(?<![\p{L}])(?:undefined|null|NaN)(?![\p{L}])/gu },
    { what: 'English text', pattern: word(ENGLISH) },
  ];
}

/**
 * Findings accepted for now, each [where (page label), text around the finding] with a comment
 * why: `// TODO(issue 12): …` for what needs the backend or the contract. None at the moment.
 */
const KNOWN: [page: RegExp, around: RegExp][] = [];

function findings(text: string, where: string, checks: Check[]): string[] {
  const found: string[] = [];
  const seen = new Set<number>(); // "ADVICE_SESSION" is both enum-like and a known enum value: say it once
  for (const { what, pattern } of checks) {
    for (const match of text.matchAll(pattern)) {
      if (seen.has(match.index)) continue;
      seen.add(match.index);
      const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ');
      if (KNOWN.some(([page, allowed]) => page.test(where) && allowed.test(around))) continue;
      found.push(`${where}: ${what} "${match[0]}" in "…${around}…"`);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The pages. `roles` says who reaches a page (as the menu and the buttons offer it; the walk
// checks that it visits everything the menu offers). A page is opened by its address (`path`, as
// a menu link does), by the first link matching `link` on the page `after` (a row of a list, an
// edit button), by a `tab`, by checking a file (`upload`) or by setting up the door (`station`).

type Role = 'admin' | 'staff' | 'partner' | 'checkin';

type PageStep = { name: string; roles: Role[] } & (
  | { path: string }
  | { after: string; link: RegExp }
  | { after: string; tab: string }
  | { after: string; upload: true }
  | { after: string; station: true }
);

const PAGES: PageStep[] = [
  { name: 'my-work', path: '/my-work', roles: ['partner'] },
  { name: 'dashboard', path: '/dashboard', roles: ['admin', 'staff', 'partner'] },
  { name: 'partners', path: '/partners', roles: ['admin', 'staff', 'partner'] },
  { name: 'partner', after: 'partners', link: /^\/partners\/\d+$/, roles: ['admin', 'staff', 'partner'] },
  { name: 'partner-edit', after: 'partners', link: /^\/partners\/\d+\/edit$/, roles: ['admin', 'staff'] },
  { name: 'partner-new', path: '/partners/new', roles: ['admin', 'staff'] },
  { name: 'programmes', path: '/programmes', roles: ['admin', 'staff', 'partner'] },
  { name: 'programme', after: 'programmes', link: /^\/programmes\/\d+$/, roles: ['admin', 'staff', 'partner'] },
  { name: 'programme-edit', after: 'programme', link: /^\/programmes\/\d+\/edit$/, roles: ['admin', 'staff'] },
  { name: 'programme-new', path: '/programmes/new', roles: ['admin', 'staff'] },
  { name: 'companies', path: '/companies', roles: ['admin', 'staff', 'partner'] },
  { name: 'company', after: 'companies', link: /^\/companies\/\d+$/, roles: ['admin', 'staff', 'partner'] },
  { name: 'company-edit', after: 'company', link: /^\/companies\/\d+\/edit$/, roles: ['admin', 'staff', 'partner'] },
  { name: 'company-history', after: 'company', link: /^\/audit\?companyId=\d+$/, roles: ['admin'] },
  { name: 'company-new', path: '/companies/new', roles: ['admin', 'staff', 'partner'] },
  { name: 'referrals', path: '/referrals', roles: ['admin', 'staff', 'partner'] },
  { name: 'referrals-sent', after: 'referrals', tab: 'Verzonden', roles: ['admin', 'staff', 'partner'] },
  { name: 'ambassadors', path: '/ambassadors', roles: ['admin', 'staff', 'partner'] },
  { name: 'events', path: '/events', roles: ['admin', 'staff', 'partner'] },
  { name: 'event', after: 'events', link: /^\/events\/\d+$/, roles: ['admin', 'staff', 'partner'] },
  // a partner edits only the events it organises: the first one in the list may not be one
  { name: 'event-edit', after: 'event', link: /^\/events\/\d+\/edit$/, roles: ['admin', 'staff'] },
  { name: 'event-new', path: '/events/new', roles: ['admin', 'staff', 'partner'] },
  { name: 'import', path: '/imports?kind=companies', roles: ['admin', 'staff', 'partner'] },
  { name: 'import-job', after: 'import', upload: true, roles: ['admin', 'staff', 'partner'] },
  { name: 'check-in', path: '/check-in', roles: ['admin', 'staff', 'checkin'] },
  { name: 'check-in-station', after: 'check-in', station: true, roles: ['admin', 'staff', 'checkin'] },
  { name: 'audit', path: '/audit', roles: ['admin'] },
  { name: 'retention', path: '/bewaartermijn', roles: ['admin'] },
  { name: 'webhooks', path: '/webhooks', roles: ['admin', 'partner'] },
  { name: 'not-found', path: '/bestaat-niet', roles: ['admin', 'staff', 'partner', 'checkin'] },
];

/** A demo user, or (username undefined) a visitor of the public pages. */
interface User {
  username: string | undefined;
  role: Role | 'public';
}

const USERS: User[] = [
  { username: 'admin', role: 'admin' },
  { username: 'staff', role: 'staff' },
  { username: 'partner1', role: 'partner' },
  { username: 'partner2', role: 'partner' },
  { username: 'checkin', role: 'checkin' },
];

/** Requests to the API in flight on a page; the page has loaded when there are none for a moment. */
function trackRequests(page: Page): (timeout?: number) => Promise<void> {
  let inFlight = 0;
  const api = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');
  page.on('request', (request) => { if (api(request)) inFlight += 1; });
  const done = (request: Request) => { if (api(request)) inFlight -= 1; };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async function settled(timeout = 15_000) {
    const deadline = Date.now() + timeout;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (inFlight > 0) quietSince = Date.now();
      const loading = await page.locator('main [aria-busy="true"]').count();
      if (loading > 0) quietSince = Date.now();
      if (Date.now() - quietSince >= 300) return;
      await page.waitForTimeout(50);
    }
    throw new Error(`the page did not settle within ${timeout} ms (${inFlight} API requests open)`);
  };
}

/** In-app navigation (no reload, so no round trip through Keycloak): what a click on a menu link does. */
async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, path);
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
}

/** Everything the page itself checks on one screen; returns the problems found. */
async function inspect(page: Page, where: string, file: string, checks: Check[], { phone, signedIn }: { phone: boolean; signedIn: boolean }): Promise<string[]> {
  const found: string[] = [];
  const { text, layout } = await page.evaluate(({ phone }) => {
    // folded parts count too: a person opens them ("Binnenlaten zonder aanmelding")
    const closed = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
    closed.forEach((details) => { details.open = true; });
    const shown = ['header', 'main'].map((selector) => document.querySelector<HTMLElement>(selector)?.innerText ?? '');
    // what screen readers and tooltips say is in front of people as well
    const said = [...document.querySelectorAll('header [aria-label], main [aria-label], main [title], main [placeholder], main img[alt]')]
      .map((element) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? '').join(' '));
    const text = [...shown, ...said].join('\n');
    closed.forEach((details) => { details.open = false; });
    if (!phone) return { text, layout: [] };
    const layout: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      layout.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide on a ${width} px screen)`);
    }
    const nameOf = (element: Element) => {
      const label = element.getAttribute('aria-label');
      if (label?.trim()) return label.trim();
      const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    };
    for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
      if (!table.checkVisibility()) continue;
      const caption = table.caption?.textContent?.trim() || nameOf(table) || 'a table';
      const box = table.getBoundingClientRect();
      const fits = box.left >= -1 && box.right <= width + 1 && table.scrollWidth <= table.clientWidth + 1;
      let scroller = table.parentElement;
      while (scroller && scroller !== document.body && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) {
        scroller = scroller.parentElement;
      }
      if (scroller && scroller !== document.body && scroller.scrollWidth > scroller.clientWidth + 1) {
        const outer = scroller.getBoundingClientRect();
        if (scroller.getAttribute('role') !== 'region' || !nameOf(scroller)) {
          layout.push(`"${caption}" scrolls sideways in a container that is not a labelled region`);
        }
        if (outer.right > width + 1 || outer.left < -1) layout.push(`the scroll container of "${caption}" is cut off at the edge of the screen`);
      } else if (!fits) {
        layout.push(`"${caption}" is cut off (${Math.round(box.right)} px wide, no scroll container)`);
      }
    }
    return { text, layout };
  }, { phone });
  found.push(...findings(text, where, checks));
  writeFileSync(join(artifacts, `${file}.txt`), text); // what was read, beside the screenshot: grep it
  found.push(...layout.map((problem) => `${where}: ${problem}`));
  if (phone && signedIn) {
    const menu = page.locator('.app-header__menu-button');
    if (!(await menu.isVisible())) found.push(`${where}: the header has no visible menu button at 360 px`);
  }
  return found;
}

/** The CSV each user checks to reach an import job page: one good row, one with a bad KvK number. */
function importFile(username: string): Buffer {
  const kvk = String(10_000_000 + ((Date.now() * 7 + username.length) % 89_000_000));
  return Buffer.from(`KvK-nummer;Naam;Postcode\r\n${kvk};Wandeling ${username} BV;3011 AB\r\n123;Wandeling fout;3011 AB\r\n`, 'utf8');
}

/** A browser at one width, signed in as the user (the Keycloak page) or, for nobody, on the public pages. */
/** One browser context at one width and what the walk gathers on its pages. */
interface Session {
  context: BrowserContext;
  page: Page;
  settled: (timeout?: number) => Promise<void>;
  errors: string[];
}

async function openAs(browser: Browser, baseUrl: string, username: string | undefined, width: Width): Promise<Session> {
  const context = await browser.newContext({ ...width.options, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const session: Session = { context, page, settled: trackRequests(page), errors: [] };
  page.on('pageerror', (error) => session.errors.push(error.message));
  if (username) {
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector('#username');
    await page.fill('#username', username);
    await page.fill('#password', username);
    await page.click('#kc-login');
    await page.waitForURL(`${baseUrl}/**`);
    await page.locator('.app-header').waitFor(); // past "Bezig met aanmelden…": the app itself
  }
  return session;
}

/** One user (or nobody, for the public pages) at one width: every page, in order. */
/** What one walk found: the problems on its pages, the pages it saw, and the script errors. */
interface WalkResult {
  problems: string[];
  pages: string[];
  errors: string[];
}

async function walk({ context, page, settled, errors }: Session, baseUrl: string, { username, role }: User, width: Width, checks: Check[]): Promise<WalkResult> {
  const problems: string[] = [];
  const phone = width === PHONE;
  const main = page.getByRole('main');
  const pages: string[] = [];
  const addressOf: Partial<Record<string, string>> = {}; // where each page was, to go back to it for the next link

  const look = async (name: string) => {
    const where = `${name} as ${username ?? 'visitor'} at ${width.name} px`;
    await main.locator('h1').first().waitFor({ state: 'attached' });
    await settled();
    const heading = await main.locator('h1').first().innerText();
    if (name !== 'not-found' && heading === 'Pagina niet gevonden') problems.push(`${where}: the page was not found`);
    // without the code from the mail the cancel page explains in an alert that the link is incomplete
    if (name !== 'public-cancel') {
      // an empty alert is a live region waiting for news (the door's scan result), not an error
      const alerts = (await main.getByRole('alert').allInnerTexts()).filter((text) => text.trim());
      problems.push(...alerts.map((alert) => `${where}: the page shows an error: ${alert.replace(/\s+/g, ' ')}`));
    }
    const file = `walk-${username ?? 'public'}-${width.name}-${name}`;
    problems.push(...(await inspect(page, where, file, checks, { phone, signedIn: Boolean(username) })));
    await page.screenshot({ path: join(artifacts, `${file}.png`), fullPage: true });
    pages.push(name);
    addressOf[name] = new URL(page.url()).pathname + new URL(page.url()).search;
  };
  /** Clicks the first link in main whose address matches (a row of a list, an edit button). */
  const follow = async (pattern: RegExp, from: string) => {
    const hrefs = await main.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const href = hrefs.find((candidate) => candidate !== null && pattern.test(candidate));
    expect(href, `no link to ${pattern} on ${from}`);
    await main.locator(`a[href="${href}"]`).first().click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
  };

  try {
    if (!username) {
      await page.goto(`${baseUrl}/publiek/bijeenkomsten`);
      await look('public-events');
      await follow(/^\/publiek\/bijeenkomsten\/\d+$/, 'the public event list');
      await look('public-event');
      await page.goto(`${baseUrl}/aanmelden/annuleren`);
      await look('public-cancel');
      return { problems, pages, errors };
    }
    const reachable = PAGES.filter((candidate) => role !== 'public' && candidate.roles.includes(role));
    // the menu is the map of what a role reaches: the walk must cover all of it
    // the menu fills in once /api/me has said who this is: wait for it before reading it
    await page.locator('#app-menu nav a[href]').first().waitFor({ state: 'attached' });
    const offered = await page.locator('#app-menu nav a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(offered.length > 0, 'no menu found in the header');
    const unvisited = offered.filter((href) => !reachable.some((candidate) => 'path' in candidate && candidate.path.split('?')[0] === href));
    expect(unvisited.length === 0, `the menu offers ${unvisited.join(', ')}, which the walk does not visit`);
    for (const step of reachable) {
      if ('path' in step) {
        await visit(page, step.path);
      } else if ('link' in step) {
        const from = earlier(addressOf[step.after], `the address of ${step.after}`);
        if (`${new URL(page.url()).pathname}${new URL(page.url()).search}` !== from) {
          await visit(page, from);
          await main.locator('h1').first().waitFor({ state: 'attached' });
          await settled();
        }
        await follow(step.link, step.after);
      } else if ('tab' in step) {
        await main.getByRole('tab', { name: step.tab }).click();
        await page.waitForURL(/[?&]box=/);
      } else if ('upload' in step) {
        await main.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'wandeling.csv', mimeType: 'text/csv', buffer: importFile(earlier(username, 'the user')) });
        await main.getByRole('button', { name: 'Bestand controleren' }).click();
        await page.waitForURL(/\/imports\/\d+$/);
      } else if ('station' in step) {
        // the door: a device name, then the first of today's events (the demo data has one)
        const device = main.getByRole('textbox', { name: 'Apparaatnaam' });
        if (await device.isVisible()) {
          await device.fill('Ingang');
          await main.getByRole('button', { name: 'Opslaan' }).click();
        }
        const event = main.getByRole('combobox', { name: 'Bijeenkomst van vandaag' });
        if (await event.isVisible()) {
          const first = await event.locator('option:not([value=""])').first().getAttribute('value');
          await event.selectOption(first);
        }
        await main.getByRole('heading', { name: 'Ticket scannen' }).waitFor();
      }
      await look(step.name);
    }
    return { problems, pages, errors };
  } catch (error) {
    await page.screenshot({ path: join(artifacts, `walk-${username ?? 'public'}-${width.name}-failed.png`), fullPage: true }).catch(() => undefined);
    throw new Error(`walking as ${username ?? 'visitor'} at ${width.name} px after ${pages.at(-1) ?? 'the start'}: ${messageOf(error)}`, { cause: error });
  } finally {
    await context.close();
  }
}

export function walkthroughScenario(suite: Suite, browser: Browser, { baseUrl }: Pick<ScenarioOptions, 'baseUrl'>): void {
  const checks = rules();
  const totals = { pages: 0, started: 0 };

  suite.step('walk-through: the checks catch internal values and let Dutch words be', async () => {
    const caught = ['Aanmelding #36', 'gewijzigd door staff', 'door partner1.', 'service-account-partner1-api', 'Grootteklasse SMALL',
      'Status: OPEN', 'ADVICE_SESSION', 'kvkNumber: 12345678', 'Naam: undefined', 'null', 'Invalid Date', '[object Object]', 'NaN %',
      'Loading…', 'must not be blank'];
    const missed = caught.filter((text) => findings(text, 'test', checks).length !== 1);
    const fine = ['Anna Admin, beheerder', 'Inchecken', 'check-in', 'Staffelkorting', 'administratie', 'Open', 'Partners',
      'partner1@example.org', 'Downloaden: CSV Excel', 'KvK-nummer 24234567', 'nul', 'Annuleren', 'Pagina 1 van 13'];
    const flagged = fine.filter((text) => findings(text, 'test', checks).length !== 0);
    expect(missed.length === 0, `the checks miss (or double count) ${JSON.stringify(missed)}`);
    expect(flagged.length === 0, `the checks flag good Dutch: ${flagged.map((text) => findings(text, 'test', checks)).join('; ')}`);
  }, { always: true, shot: () => null });

  for (const user of [...USERS, { username: undefined, role: 'public' } satisfies User]) {
    const who = user.username ?? 'a visitor without login';
    suite.step(`walk-through: every page as ${who}, at 1280 and 360 px, shows no internal values`, async () => {
      totals.started ||= Date.now();
      // one login after the other (Keycloak refuses the same user signing in twice at once), then
      // both widths walk at the same time: they share nothing but the backend
      const sessions: Session[] = [];
      try {
        for (const width of [DESKTOP, PHONE]) sessions.push(await openAs(browser, baseUrl, user.username, width));
      } catch (error) {
        await Promise.all(sessions.map((session) => session.context.close()));
        throw new Error(`${who} could not sign in: ${messageOf(error)}`, { cause: error });
      }
      const results = await Promise.all([DESKTOP, PHONE].map((width, index) => walk(sessions[index], baseUrl, user, width, checks)));
      const problems = results.flatMap((result) => result.problems);
      const errors = results.flatMap((result) => result.errors);
      totals.pages += results.reduce((sum, result) => sum + result.pages.length, 0);
      console.log(`    ${results[0].pages.length} pages × 2 widths: ${results[0].pages.join(', ')}`);
      expect(errors.length === 0, `script errors on the pages as ${who}:\n  ${errors.join('\n  ')}`);
      expect(problems.length === 0, `${problems.length} problem(s) as ${who}:\n  ${problems.join('\n  ')}`);
    }, { always: true, shot: () => null }); // each user's walk stands alone: one user's findings do not hide another's
  }

  suite.step('walk-through: totals', async () => {
    console.log(`    ${totals.pages} page views in ${Math.round((Date.now() - totals.started) / 1000)} s`);
  }, { always: true, shot: () => null });
}
