// The first steps of the suite, on its desktop page: the admin logs in through the Keycloak page
// and starts on the dashboard; the partner list, the partner form (also with the server's field
// errors) and the programme pages have no serious accessibility violations; the admin creates a
// partner and a programme, finds the partner with the search box and reorders the programme's
// stages with the keyboard; the partner list is usable at 360 px; the user switches to English,
// and logs out, so that the scenarios after it start on the Keycloak page.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, checkAccessibility, eventually, expect, type ScenarioOptions, type Suite } from './harness.ts';

export interface FirstVisitOptions extends ScenarioOptions {
  /** The account that logs in first (E2E_USERNAME, admin by default): it must be allowed to create partners. */
  username: string;
  password: string;
}

export function firstVisitScenario(suite: Suite, page: Page, { baseUrl, unique, username, password }: FirstVisitOptions): void {
  const partnerName = `E2E Partner ${unique}`;
  const programmeName = `E2E Programma ${unique}`;
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
    // the filters beyond the search box fold behind one button, so the list starts on the first screen
    const kind = main().getByRole('combobox', { name: 'Soort' });
    expect(!(await kind.isVisible()), 'expected the filters to be folded behind a button at 360 px');
    const filters = main().getByRole('button', { name: 'Filters' });
    await filters.click();
    await kind.waitFor();
    expect((await filters.getAttribute('aria-expanded')) === 'true', 'expected the filters button to say it is open');
    await filters.click();
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
}
