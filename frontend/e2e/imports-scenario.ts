// End-to-end steps for the import wizard, added to the suite of run.ts (logged out before and
// after): partner1 opens the companies, chooses "Importeren", sees a file without the required
// columns refused in Dutch at the file picker, uploads a CSV as a spreadsheet
// writes it (semicolons, Dutch headers) with three good rows and one bad KvK number, sees the
// row error, imports only the good rows, watches the bar reach 100 %, downloads the rejected
// row and finds a new company in the list. KvK numbers come from the clock, so a run on the
// same database creates companies again instead of finding them unchanged.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, checkAccessibility, eventually, expect, type ScenarioOptions, type Suite } from './harness.ts';
import { logIn, screenshots } from './session.ts';

/** Three unused 8-digit KvK numbers (not starting with 0), different per run. */
function freshKvkNumbers(): string[] {
  const base = 10_000_000 + ((Date.now() * 3) % 89_000_000);
  return [base, base + 1, base + 2].map(String);
}

export function importScenario(suite: Suite, page: Page, { baseUrl, unique }: ScenarioOptions): void {
  const main = () => page.getByRole('main');
  const names = ['A', 'B', 'C'].map((letter) => `E2E Import ${unique} ${letter}`);
  const kvk = freshKvkNumbers();
  const csv = [
    'KvK-nummer;Naam;Postcode;Plaats;SBI-code;Medewerkers',
    `${kvk[0]};${names[0]};3011 AB;Rotterdam;10.71;4`,
    `${kvk[1]};${names[1]};3072 AP;Rotterdam;62.01;30`,
    `${kvk[2]};${names[2]};3081 AA;Rotterdam;;`,
    `123;E2E Import ${unique} fout;3011 AB;Rotterdam;;`,
  ].join('\r\n');

  suite.step('partner1 opens the import wizard from the companies list', async () => {
    await logIn(page, baseUrl, '/companies', 'partner1');
    await main().getByRole('heading', { level: 1, name: 'Bedrijven' }).waitFor();
    await main().getByRole('table', { name: 'Bedrijven' }).waitFor();
    await screenshots(page, 'import-0-companies');
    await main().getByRole('link', { name: 'Importeren' }).click();
    await page.waitForURL(`${baseUrl}/imports?kind=companies`);
    await main().getByRole('heading', { level: 1, name: 'Bedrijven importeren' }).waitFor();
    expect(await main().getByRole('radio', { name: 'Bedrijven' }).isChecked(), 'expected companies preset');
    const sample = main().getByRole('link', { name: /Voorbeeldbestand downloaden/ });
    const sampleFile = await fetch(new URL((await sample.getAttribute('href')) ?? '', baseUrl));
    expect(sampleFile.ok && (await sampleFile.text()).includes('KvK-nummer;Naam;'), 'the sample file is not served');
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'import: choose a file');
    await screenshots(page, 'import-1-choose');
  });

  suite.step('a file without the required columns is refused in Dutch at the file picker', async () => {
    const picker = main().getByLabel('Bestand', { exact: true });
    await picker.setInputFiles({ name: 'leden.csv', mimeType: 'text/csv', buffer: Buffer.from('Nummer;Bedrijf\r\n1;Iets\r\n', 'utf8') });
    await main().getByText('leden.csv', { exact: true }).waitFor();
    await main().getByRole('button', { name: 'Bestand controleren' }).click();
    const message = 'Het bestand heeft geen kolommen voor KvK-nummer en Naam. Noem de kolommen zoals in het voorbeeldbestand.';
    await main().getByText(message).waitFor();
    expect((await picker.getAttribute('aria-invalid')) === 'true', 'expected the file picker marked invalid');
    const described = await picker.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
    expect(described.includes(message), `the refusal is not bound to the picker: ${described}`);
    await checkAccessibility(page, 'import: refused file');
    await screenshots(page, 'import-1-refused');
  });

  suite.step('a CSV with one bad KvK number shows the row error in the preview', async () => {
    await main().getByLabel('Bestand', { exact: true }).setInputFiles({
      name: `e2e-import-${unique}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'),
    });
    await main().getByRole('button', { name: 'Bestand controleren' }).click();
    await main().getByRole('heading', { level: 2, name: 'Controleren' }).waitFor();
    await page.waitForURL(/\/imports\/\d+$/);

    const columns = main().getByRole('table', { name: 'Kolommen in uw bestand en hoe Aanjager ze leest' });
    await columns.getByRole('row').filter({ hasText: 'SBI-code' }).waitFor();
    const counts = await main().locator('.import-counts dd').allTextContents();
    expect(JSON.stringify(counts) === '["3","0","0","1"]', `expected 3 new and 1 rejected, got ${JSON.stringify(counts)}`);
    const rejected = main().getByRole('table', { name: 'Afgewezen rijen en de reden' });
    const row = rejected.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '5', exact: true }) });
    await row.getByRole('cell', { name: 'KvK-nummer', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'Een KvK-nummer bestaat uit 8 cijfers.' }).waitFor();
    await checkAccessibility(page, 'import: preview');
    await screenshots(page, 'import-2-preview');
  });

  suite.step('partner1 chooses to import only the good rows and sees the bar reach 100 %', async () => {
    await main().getByRole('button', { name: 'Verder' }).click();
    await main().getByRole('heading', { level: 2, name: 'Bevestigen' }).waitFor();
    await main().getByRole('region', { name: 'Eerst het bestand verbeteren' }).waitFor();
    await checkAccessibility(page, 'import: confirm');
    await screenshots(page, 'import-3-confirm');
    await main().getByRole('button', { name: 'Alleen de goede rijen importeren' }).click();

    const bar = main().getByRole('progressbar', { name: 'Voortgang van de import' });
    await bar.waitFor();
    await eventually(async () => (await bar.getAttribute('aria-valuenow')) === '100' || (await bar.getAttribute('aria-valuenow')),
      'expected the progress bar to reach 100');
    await main().getByRole('heading', { level: 2, name: 'Resultaat' }).waitFor();
    await main().getByText('De import is klaar.').waitFor();
    const counts = await main().locator('.import-counts dd').allTextContents();
    expect(JSON.stringify(counts) === '["3","0","0","1"]', `expected 3 created and 1 rejected, got ${JSON.stringify(counts)}`);
    await checkAccessibility(page, 'import: result');
    await screenshots(page, 'import-4-result');
  });

  suite.step('the rejected row downloads as a CSV with the reason', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('button', { name: 'Afgewezen rijen downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename().endsWith('-afgewezen-rijen.csv'), `unexpected name ${download.suggestedFilename()}`);
    const path = join(artifacts, `import-rejected-${unique}.csv`);
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    // the reason column is headed and worded in the screen's language, as the rest of the file
    expect(text.includes(`123;E2E Import ${unique} fout`) && /;fout\r?\n/.test(text)
      && text.includes('Een KvK-nummer bestaat uit 8 cijfers.'), `unexpected rejected rows file:\n${text}`);
  });

  suite.step('a new company of the import is in the companies list', async () => {
    await main().getByRole('link', { name: 'Naar de bedrijven' }).click();
    await main().getByRole('heading', { level: 1, name: 'Bedrijven' }).waitFor();
    const search = main().getByRole('searchbox', { name: 'Zoek bedrijven' });
    await search.fill(kvk[1]);
    await search.press('Enter');
    await main().getByRole('table', { name: 'Bedrijven' }).getByRole('link', { name: names[1] }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForSelector('#kc-login');
  });
}
