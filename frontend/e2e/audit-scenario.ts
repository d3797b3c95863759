// End-to-end steps for the privacy officer (logged out before and after): a company's name is
// changed, the admin opens the company's history in the audit trail and reads the change with
// the name before and after; the retention page shows its rule and dry run.
import type { Page } from 'playwright-core';
import { checkAccessibility, expect, type ScenarioOptions, type Suite } from './harness.ts';
import { apiAs, logIn, screenshots } from './session.ts';

export function auditScenario(suite: Suite, page: Page, { baseUrl, unique }: ScenarioOptions): void {
  const main = () => page.getByRole('main');
  const before = `E2E Bakkerij Voor ${unique}`;
  const after = `E2E Bakkerij Na ${unique}`;
  const state: { companyId?: number } = {};

  suite.step('a company is renamed (through the API, as staff)', async () => {
    const staff = apiAs(baseUrl, 'staff');
    const kvkNumber = String(10_000_000 + ((Date.now() * 13) % 89_000_000));
    const created = await staff.POST('/api/companies', { body: { kvkNumber, name: before, postcode: '3011 AB' } });
    expect(created.response.status === 201 && created.data, `company: HTTP ${created.response.status} ${JSON.stringify(created.data ?? created.error)}`);
    state.companyId = created.data.id;
    const renamed = await staff.PUT('/api/companies/{id}', {
      params: { path: { id: state.companyId }, header: { 'If-Match': '"0"' } },
      body: { kvkNumber, name: after, postcode: '3011 AB' },
    });
    expect(renamed.response.status === 200, `rename: HTTP ${renamed.response.status} ${JSON.stringify(renamed.data ?? renamed.error)}`);
  });

  suite.step('the admin opens the company history and reads the name before and after', async () => {
    await logIn(page, baseUrl, `/companies/${state.companyId}`, 'admin');
    await main().getByRole('heading', { level: 1, name: after }).waitFor();
    await main().getByRole('link', { name: 'Geschiedenis' }).click();
    await page.waitForURL(`${baseUrl}/audit?companyId=${state.companyId}`);
    await main().getByRole('heading', { level: 1, name: 'Wijzigingslog' }).waitFor();
    const list = main().getByRole('list', { name: 'Wijzigingen' });
    const change = list.getByRole('listitem').filter({ hasText: 'Bedrijfsgegevens gewijzigd' });
    await change.getByText('Naam').waitFor();
    await change.getByText(before, { exact: true }).waitFor();
    await change.getByText(after, { exact: true }).waitFor();
    await change.getByText(/door Sami Staf/).waitFor(); // the person's name, never the account's user name
    await list.getByRole('listitem').filter({ hasText: 'Bedrijf toegevoegd' }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'audit trail of one company');
    await screenshots(page, 'audit-1-company-history');
  });

  suite.step('the admin narrows the trail to renames of companies', async () => {
    await main().getByRole('combobox', { name: 'Soort record' }).selectOption('company');
    await main().getByRole('combobox', { name: 'Handeling' }).selectOption('company.updated');
    await main().getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/action=company\.updated/);
    const list = main().getByRole('list', { name: 'Wijzigingen' });
    // the earlier page stays on screen while the filtered one loads: wait until the creation is gone
    await list.getByText('Bedrijf toegevoegd').waitFor({ state: 'detached' });
    await list.getByRole('listitem').filter({ hasText: 'Bedrijfsgegevens gewijzigd' }).first().waitFor();
  });

  suite.step('the retention page states its rule and what a run now would do', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bewaartermijn' }).click();
    await main().getByRole('heading', { level: 1, name: 'Bewaartermijn persoonsgegevens' }).waitFor();
    await main().getByText(/in de laatste 24 maanden worden geanonimiseerd/).waitFor();
    await main().getByRole('heading', { level: 2, name: 'Wat er nu zou gebeuren' }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'retention page');
    await screenshots(page, 'audit-2-retention');
  });

  suite.step('the admin logs out', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForSelector('#kc-login');
  }, { always: true });
}
