// End-to-end tests against the running stack: Keycloak (realm aanjager), the backend and the
// SPA served by `vite preview`. Run: E2E_BASE_URL=http://localhost:4173 npm run e2e
import { join } from 'node:path';
import { artifacts, checkAccessibility, createSuite, eventually, expect, launch, messageOf, type Suite } from './harness.ts';
import { companyScenario, type SharedCompany } from './companies-scenario.ts';
import { eventsScenario } from './events-scenario.ts';
import { invitationScenario } from './invitation-scenario.ts';
import { checkInScenario } from './checkin-scenario.ts';
import { publicScenario } from './public-scenario.ts';
import { dashboardScenario } from './dashboard-scenario.ts';
import { importScenario } from './imports-scenario.ts';
import { webhooksScenario } from './webhooks-scenario.ts';
import { auditScenario } from './audit-scenario.ts';
import { walkthroughScenario } from './walkthrough-scenario.ts';
import { productionNginxScenario } from './production-nginx-scenario.ts';

const baseUrl = (process.env.E2E_BASE_URL || 'http://localhost:4173').replace(/\/$/, '');
const username = process.env.E2E_USERNAME || 'admin';
const password = process.env.E2E_PASSWORD || 'admin';
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const partnerName = `E2E Partner ${unique}`;
const programmeName = `E2E Programma ${unique}`;
const TIMEOUT = 20_000;

try {
  const response = await fetch(baseUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
} catch (error) {
  console.error(`The SPA is not reachable at ${baseUrl} (${messageOf(error)}). Start the stack first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const browser = await launch();
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
});
context.setDefaultTimeout(TIMEOUT);
const page = await context.newPage();
page.on('pageerror', (error) => console.log(`    page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') console.log(`    console error: ${message.text()}`);
});

const suite = createSuite(page);

// E2E_ONLY=webhooks (or imports, audit, walkthrough, or checkin on fresh demo data) runs that scenario alone
if (process.env.E2E_ONLY) {
  const only = createSuite(page);
  const scenarios: Partial<Record<string, (suite: Suite) => void>> = {
    webhooks: (suite) => webhooksScenario(suite, page, { baseUrl, unique }),
    imports: (suite) => importScenario(suite, page, { baseUrl, unique }),
    audit: (suite) => auditScenario(suite, page, { baseUrl, unique }),
    checkin: (suite) => checkInScenario(suite, browser, { baseUrl }),
    walkthrough: (suite) => walkthroughScenario(suite, browser, { baseUrl }),
    nginx: (suite) => productionNginxScenario(suite, browser, { productionUrl: process.env.E2E_PRODUCTION_URL ?? '', baseUrl }),
  };
  const scenario = scenarios[process.env.E2E_ONLY];
  if (!scenario) throw new Error(`E2E_ONLY=${process.env.E2E_ONLY}: no such scenario (${Object.keys(scenarios).join(', ')})`);
  scenario(only);
  const ok = await only.run();
  await browser.close();
  process.exit(ok ? 0 : 1);
}
const main = () => page.getByRole('main');

suite.step('admin logs in through the Keycloak login page', async () => {
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector('#username');
  expect(!page.url().startsWith(baseUrl), `expected the Keycloak login page, got ${page.url()}`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#kc-login');
  // whoever reads the reports starts on the dashboard
  await page.waitForURL(`${baseUrl}/dashboard**`);
  await main().getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partners' }).click();
  await main().getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
  await page.getByText(/beheerder/).first().waitFor(); // the admin role, from GET /api/me
});

suite.step('the partner list has no serious accessibility violations', async () => {
  await main().getByRole('searchbox', { name: 'Zoek partners' }).waitFor();
  await page.waitForLoadState('networkidle');
  await checkAccessibility(page, 'partner list');
});

suite.step('admin creates a partner', async () => {
  await main().getByRole('link', { name: 'Nieuwe partner' }).click();
  await main().getByRole('heading', { level: 1, name: 'Nieuwe partner' }).waitFor();
  await checkAccessibility(page, 'partner form');
  await main().getByRole('textbox', { name: 'Naam', exact: true }).fill(partnerName);
  await main().getByRole('combobox', { name: 'Soort organisatie' }).selectOption('BUSINESS_NETWORK');
  await main().getByRole('textbox', { name: 'Website' }).fill('https://www.example.org');
  await main().getByRole('textbox', { name: 'E-mailadres' }).fill('e2e@example.org');
  await main().getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(`${baseUrl}/partners`);
  await main().getByRole('status').filter({ hasText: partnerName }).waitFor();
});

suite.step('the new partner is found with the search box', async () => {
  const search = main().getByRole('searchbox', { name: 'Zoek partners' });
  await search.fill(partnerName);
  await search.press('Enter');
  await page.waitForURL(/[?&]q=/);
  const row = main().getByRole('rowheader', { name: partnerName });
  await row.waitFor();
  // the previous page stays visible while the search runs; wait for the single match
  await eventually(
    async () => (await main().getByRole('table').getByRole('row').count()) === 2 || (await main().getByRole('table').getByRole('row').count()),
    'expected exactly one partner row (plus the header row) for the unique name',
  );
  await checkAccessibility(page, 'partner list with search result');
});

suite.step('the form shows the server field errors next to the fields', async () => {
  await page.goto(`${baseUrl}/partners/new`);
  await main().getByRole('textbox', { name: 'Naam', exact: true }).fill(`${partnerName} (invalid)`);
  await main().getByRole('combobox', { name: 'Soort organisatie' }).selectOption('OTHER');
  await main().getByRole('textbox', { name: 'Website' }).fill('not a url');
  await main().getByRole('button', { name: 'Opslaan' }).click();
  await main().getByRole('alert').waitFor();
  const invalid = await main().locator('[aria-invalid="true"]').count();
  expect(invalid > 0, 'expected the website field marked invalid after the 400 from the server');
  const describedBy = await main().getByRole('textbox', { name: 'Website' }).getAttribute('aria-describedby');
  expect(describedBy?.includes('error'), 'expected the website error message bound with aria-describedby');
  await checkAccessibility(page, 'partner form with errors');
});

suite.step('the programme pages have no serious accessibility violations', async () => {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Programma's" }).click();
  await main().getByRole('heading', { level: 1, name: "Programma's" }).waitFor();
  await page.waitForLoadState('networkidle');
  await checkAccessibility(page, 'programme list');

  await main().getByRole('link', { name: 'Nieuw programma' }).click();
  await main().getByRole('heading', { level: 1, name: 'Nieuw programma' }).waitFor();
  await checkAccessibility(page, 'programme form');
  await main().getByRole('textbox', { name: 'Naam', exact: true }).fill(programmeName);
  await main().getByRole('checkbox', { name: 'Duurzaam' }).check();
  await main().getByRole('checkbox', { name: 'Circulair' }).check();
  await main().getByLabel(/^Startdatum/).fill('2025-01-01');
  await main().getByRole('button', { name: 'Opslaan' }).click();

  await main().getByRole('heading', { level: 1, name: programmeName }).waitFor();
  const stages = main().getByRole('list', { name: 'Funnelfases' });
  await stages.getByText('Fase 1: Geïnspireerd').waitFor();
  await page.waitForLoadState('networkidle');
  await checkAccessibility(page, 'programme detail');
});

suite.step('stages can be reordered with the keyboard', async () => {
  const stageNames = () => main().getByRole('list', { name: 'Funnelfases' }).locator('.stage__name').allTextContents();
  const before = await stageNames();
  expect(before.length >= 2, `expected the default stages, got ${JSON.stringify(before)}`);
  await main().getByRole('button', { name: `Omlaag ${before[0].replace(/^Fase \d+: /, '')}` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (first) => document.querySelector('.stage-list .stage__name')?.textContent !== first,
    before[0],
  );
  const after = await stageNames();
  expect(after[1].endsWith(before[0].replace(/^Fase \d+: /, '')), `unexpected order ${JSON.stringify(after)}`);
});

suite.step('the partner list is usable at 360 px wide', async () => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${baseUrl}/partners`);
  await main().getByRole('table').waitFor();
  const overflow = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    body: document.body.scrollWidth - document.body.clientWidth,
  }));
  expect(overflow.document <= 0 && overflow.body <= 0, `the page scrolls sideways at 360 px: ${JSON.stringify(overflow)}`);
  await main().getByRole('searchbox', { name: 'Zoek partners' }).waitFor();
  // the navigation folds behind a menu button: the page starts near the top of the screen
  const header = await page.locator('.app-header').boundingBox();
  expect(header && header.height <= 90, `expected a compact header at 360 px, got ${header?.height} px`);
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  expect((await menu.getAttribute('aria-expanded')) === 'true', 'expected the menu button to say it is open');
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  await page.screenshot({ path: join(artifacts, 'partners-360px-menu.png') });
  await checkAccessibility(page, 'the open menu at 360 px');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partners' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor({ state: 'hidden' });
  await page.screenshot({ path: join(artifacts, 'partners-360px.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
});

suite.step('the user switches to English', async () => {
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Programmes' }).waitFor();
  await main().getByRole('searchbox', { name: 'Search partners' }).waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(lang === 'en', `expected <html lang="en">, got "${lang}"`);
  await page.reload();
  await page.getByRole('button', { name: 'Log out' }).waitFor(); // the choice survives a reload
});

suite.step('the user logs out and sees the Keycloak login page again', async () => {
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForSelector('#username');
  await page.waitForSelector('#kc-login');
  expect(!page.url().startsWith(baseUrl), `expected to be on Keycloak, got ${page.url()}`);
});

// what one scenario leaves for a later one (the company and person the invitation scenario looks for)
const shared: SharedCompany = {};
companyScenario(suite, page, { baseUrl, unique, shared });
eventsScenario(suite, page, { baseUrl, unique });
invitationScenario(suite, page, { baseUrl, unique, shared });
checkInScenario(suite, browser, { baseUrl });
publicScenario(suite, browser, { baseUrl, unique });
dashboardScenario(suite, page, { baseUrl });
importScenario(suite, page, { baseUrl, unique });
webhooksScenario(suite, page, { baseUrl, unique });
auditScenario(suite, page, { baseUrl, unique });
walkthroughScenario(suite, browser, { baseUrl });
// E2E_PRODUCTION_URL: the production nginx configuration in front of the same backend (make test starts it)
if (process.env.E2E_PRODUCTION_URL) {
  productionNginxScenario(suite, browser, { productionUrl: process.env.E2E_PRODUCTION_URL.replace(/\/$/, ''), baseUrl });
}

const ok = await suite.run();
await browser.close();
process.exit(ok ? 0 : 1);
