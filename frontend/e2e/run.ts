// End-to-end tests against the running stack: Keycloak (realm aanjager), the backend and the
// SPA served by `vite preview`. This file only runs them: it reads the environment, checks that
// the SPA answers, starts Chromium with the desktop page most scenarios share, adds the
// scenarios (e2e/*-scenario.ts) in the order they build on each other and exits with the result.
//
//   E2E_BASE_URL          the SPA (default http://localhost:4173)
//   E2E_PRODUCTION_URL    the SPA behind the production nginx configuration; without it the
//                         nginx scenario is left out (make test sets it)
//   E2E_USERNAME, E2E_PASSWORD  who logs in first (default admin, admin)
//   E2E_ONLY              one scenario alone: webhooks, imports, audit, checkin (on fresh demo
//                         data), walkthrough or nginx
//   E2E_KEYCLOAK_URL, E2E_BACKEND_LOG and CHROMIUM_PATH are read where they are used.
//
// Run: E2E_BASE_URL=http://localhost:4173 npm run e2e
import type { Browser, Page } from 'playwright-core';
import { auditScenario } from './audit-scenario.ts';
import { checkInScenario } from './checkin-scenario.ts';
import { companyScenario, type SharedCompany } from './companies-scenario.ts';
import { dashboardScenario } from './dashboard-scenario.ts';
import { eventsScenario } from './events-scenario.ts';
import { firstVisitScenario } from './first-visit-scenario.ts';
import { createSuite, launch, messageOf, type ScenarioOptions, type Suite } from './harness.ts';
import { importScenario } from './imports-scenario.ts';
import { invitationScenario } from './invitation-scenario.ts';
import { productionNginxScenario } from './production-nginx-scenario.ts';
import { publicScenario } from './public-scenario.ts';
import { walkthroughScenario } from './walkthrough-scenario.ts';
import { webhooksScenario } from './webhooks-scenario.ts';

const baseUrl = (process.env.E2E_BASE_URL || 'http://localhost:4173').replace(/\/$/, '');
const productionUrl = process.env.E2E_PRODUCTION_URL?.replace(/\/$/, '');
const username = process.env.E2E_USERNAME || 'admin';
const password = process.env.E2E_PASSWORD || 'admin';
const only = process.env.E2E_ONLY || undefined;
const TIMEOUT = 20_000;

const options: ScenarioOptions = {
  baseUrl,
  unique: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
};
// what one scenario leaves for a later one (the company and person the invitation scenario looks for)
const shared: SharedCompany = {};

/** The browser and the desktop page most scenarios share. */
interface Stage {
  browser: Browser;
  page: Page;
}

interface Scenario {
  /** The name E2E_ONLY runs it by; none for a scenario that builds on the ones before it. */
  alone?: string;
  add(suite: Suite, on: Stage): void;
}

/** Every scenario in the order of the whole run. */
const scenarios: Scenario[] = [
  { add: (suite, { page }) => firstVisitScenario(suite, page, { ...options, username, password }) },
  { add: (suite, { page }) => companyScenario(suite, page, { ...options, shared }) },
  { add: (suite, { page }) => eventsScenario(suite, page, options) },
  { add: (suite, { page }) => invitationScenario(suite, page, { ...options, shared }) },
  { alone: 'checkin', add: (suite, { browser }) => checkInScenario(suite, browser, options) },
  { add: (suite, { browser }) => publicScenario(suite, browser, options) },
  { add: (suite, { page }) => dashboardScenario(suite, page, options) },
  { alone: 'imports', add: (suite, { page }) => importScenario(suite, page, options) },
  { alone: 'webhooks', add: (suite, { page }) => webhooksScenario(suite, page, options) },
  { alone: 'audit', add: (suite, { page }) => auditScenario(suite, page, options) },
  { alone: 'walkthrough', add: (suite, { browser }) => walkthroughScenario(suite, browser, options) },
];
// the production nginx configuration in front of the same backend (make test starts it)
if (productionUrl) {
  scenarios.push({ alone: 'nginx', add: (suite, { browser }) => productionNginxScenario(suite, browser, { ...options, productionUrl }) });
}

/** Ends the run before any step, with the closing line the scripts read. */
function refuse(message: string): never {
  console.error(message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const chosen = only === undefined ? scenarios : scenarios.filter((scenario) => scenario.alone === only);
if (chosen.length === 0) {
  const names = scenarios.flatMap((scenario) => scenario.alone ?? []).join(', ');
  refuse(`E2E_ONLY=${only} is not a scenario that runs alone: ${names}${productionUrl ? '' : ' (nginx needs E2E_PRODUCTION_URL)'}.`);
}

try {
  const response = await fetch(baseUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
} catch (error) {
  refuse(`The SPA is not reachable at ${baseUrl} (${messageOf(error)}). Start the stack first.`);
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
for (const scenario of chosen) scenario.add(suite, { browser, page });
const ok = await suite.run();
await browser.close();
process.exit(ok ? 0 : 1);
