// End-to-end steps for the reports dashboard, added to the suite of run.ts (on its desktop
// page, after the other steps, which end logged out): staff reads the demo programme's targets
// and funnel, opens the companies behind a number (a funnel stage, a partner's credit, the
// attendees of the event checked in at the door), downloads a CSV and checks the printout;
// a partner user opens the same kind of list and is told it holds only its own companies, and
// gets no link to another partner's credits or outcomes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifacts, checkAccessibility, earlier, eventually, expect, textOf, type ScenarioOptions, type Suite } from './harness.ts';
import { apiAs, expectNoSidewaysScroll, findEvent, logIn, ok, type Schema } from './session.ts';

const PROGRAMME = 'MKB010>>Next 2.0';
const FIRST_STAGE = 'Geïnspireerd';
const SECOND_STAGE = 'Geïnformeerd';
/** The demo event of today, where the check-in scenario checked people in. */
const EVENT = 'Ondernemen010 Live!';

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForSelector('#kc-login');
}

/** The demo programme's funnel as the API counts it now (earlier scenarios add companies). */
async function funnelNow(baseUrl: string): Promise<{ programme: Schema<'Programme'>; funnel: Schema<'FunnelReport'> }> {
  const staff = apiAs(baseUrl, 'staff');
  const programmes = await ok(staff.GET('/api/programmes', { params: { query: { size: 200 } } }));
  const programme = programmes.items.find((candidate) => candidate.name === PROGRAMME);
  if (!programme) throw new Error(`demo programme "${PROGRAMME}" not found: is the backend running with demo data?`);
  // the report also answers CSV and Excel, so the generated type of its body is loose; we ask for JSON
  const funnel = (await ok(staff.GET('/api/reports/funnel', { params: { query: { programmeId: programme.id } } }))) as Schema<'FunnelReport'>;
  return { programme, funnel };
}

export function dashboardScenario(suite: Suite, page: Page, { baseUrl }: Pick<ScenarioOptions, 'baseUrl'>): void {
  const main = () => page.getByRole('main');
  const region = (name: string) => main().getByRole('region', { name, exact: true });
  /** The demo programme and its first stage as the API counted them when the dashboard opened. */
  let counted: { programmeId: number; firstStage: Schema<'FunnelReportStage'> } | undefined;
  const demo = () => earlier(counted, 'the demo funnel');

  /** Opens the funnel's table view and returns the link on the first stage's number. */
  async function firstStageLink(): Promise<Locator> {
    const funnel = region('Funnel');
    const toggle = funnel.getByRole('button', { name: 'Toon als tabel' });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await funnel.getByRole('table', { name: /^Funnel: bedrijven per fase/ }).waitFor();
    return funnel.getByRole('link', { name: new RegExp(`bedrijven in fase ${FIRST_STAGE} bekijken$`) });
  }

  suite.step('staff opens the dashboard and sees the targets and the funnel of the demo programme', async () => {
    const now = await funnelNow(baseUrl);
    const firstStage = now.funnel.stages.find((stage) => stage.position === 1);
    expect(firstStage && firstStage.companies > 0, `the demo funnel has no companies: ${JSON.stringify(now.funnel)}`);
    counted = { programmeId: now.programme.id, firstStage };

    await logIn(page, baseUrl, '/dashboard', 'staff');
    await main().getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // earlier steps add programmes: choose the demo one (which also puts it in the URL)
    await main().getByRole('combobox', { name: 'Programma' }).selectOption({ label: PROGRAMME });
    await page.waitForURL(new RegExp(`programmeId=${now.programme.id}`));
    await main().getByText(`Programma: ${PROGRAMME}`).waitFor();
    const targets = region('Doelen');
    await targets.getByRole('heading', { level: 3 }).first().waitFor();
    const targetText = await textOf(targets);
    expect(/van 5\.000/.test(targetText), `expected the 5,000 SMEs target, got: ${targetText}`);
    expect(/Bij dit tempo gehaald op|Bij dit tempo niet binnen tien jaar gehaald|Gehaald/.test(targetText), `expected a projection, got: ${targetText}`);

    const chart = region('Funnel').getByRole('img', { name: /^Staafdiagram van de funnel/ });
    await chart.waitFor();
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label.includes(`${FIRST_STAGE}: ${firstStage.companies}`), `the funnel chart says "${label}", the API ${firstStage.companies}`);
    await region('Voortgang per maand').getByRole('img', { name: /^Lijndiagram/ }).waitFor();
    await region('Verdeling').getByRole('img', { name: /^Staafdiagram/ }).waitFor();
    await region('Behoeften').getByRole('img', { name: /^Staafdiagram/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'dashboard');
  });

  suite.step('the funnel shows as a table whose numbers are links', async () => {
    const { firstStage } = demo();
    const link = await firstStageLink();
    const text = (await textOf(link)).trim();
    expect(text === String(firstStage.companies), `expected ${firstStage.companies} in the table, got ${text}`);
    await checkAccessibility(page, 'dashboard with the funnel as a table');
  });

  suite.step('a funnel number opens the list of exactly those companies', async () => {
    const { firstStage } = demo();
    await (await firstStageLink()).click();
    await page.waitForURL(/\/companies\?.*reachedStageId=\d+/);
    const url = new URL(page.url());
    expect(url.searchParams.get('programmeId'), `expected the programme in ${url}`);
    await main().getByRole('region', { name: 'Gefilterd vanuit een rapportage' }).getByText(`Fase bereikt: ${FIRST_STAGE}`).waitFor();
    const table = main().getByRole('table', { name: 'Bedrijven' });
    await table.waitFor();
    const expected = firstStage.companies;
    const total = main().getByText(new RegExp(`^${expected} resulta(at|ten)$`));
    await total.waitFor();
    if (expected <= 20) {
      await eventually(async () => {
        const rows = (await table.getByRole('row').count()) - 1;
        return rows === expected || rows;
      }, `expected ${expected} company rows`);
    }
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'company list opened from the dashboard');
  });

  suite.step('the companies behind the number download as a Dutch Excel CSV, every one of them', async () => {
    const { firstStage } = demo();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main().getByRole('button', { name: 'Bedrijven downloaden als CSV' }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(/^bedrijven-\d{4}-\d{2}-\d{2}\.csv$/.test(name), `unexpected file name ${name}`);
    const path = join(artifacts, 'companies-behind-the-funnel.csv');
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF'), 'the file has no byte order mark: Excel would read it as Windows-1252');
    const [header, ...lines] = text.slice(1).split('\r\n').filter(Boolean);
    expect(header.startsWith('Naam;KvK-nummer;Vestigingsnummer;SBI-code;Sector;Grootteklasse'), `unexpected header: ${header}`);
    expect(lines.length === firstStage.companies, `the file has ${lines.length} companies, the funnel ${firstStage.companies}`);
    expect(!/MICRO|SMALL|MEDIUM/.test(text), 'a size class is written as its code');
  });

  suite.step('the funnel downloads as CSV with the dashboard filters', async () => {
    const { firstStage } = demo();
    await page.goBack();
    await main().getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      region('Funnel').getByRole('button', { name: 'Funnel downloaden als CSV' }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(/^funnel-\d{4}-\d{2}-\d{2}\.csv$/.test(name), `unexpected file name ${name}`);
    const path = join(artifacts, 'dashboard-funnel.csv');
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
    expect(header === 'Positie;Fase;Bedrijven;Conversie vanaf de vorige fase (0-1);Mediaan dagen sinds de vorige fase', `unexpected CSV header: ${header}`);
    // the file names the demo's first stage, a default one, in Dutch as the screen does (stored: "Inspired")
    expect(firstStage.name === 'Inspired', `the demo's first stage is stored as ${firstStage.name}`);
    expect(lines[0]?.startsWith(`1;Geïnspireerd;${firstStage.companies};`), `unexpected first row: ${lines[0]}`);
    await region('Funnel').getByText(`„${name}” is gedownload.`).waitFor({ state: 'attached' });
  });

  suite.step('the printout leaves out the navigation and the filter form and names the filters', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await eventually(async () => !(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()), 'the menu is printed');
      expect(!(await main().getByRole('form', { name: 'Filters van het dashboard' }).isVisible()), 'the filter form is printed');
      expect(!(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()), 'the print button is printed');
      expect(await main().getByText(`Programma: ${PROGRAMME}`).isVisible(), 'the printout does not name the programme');
      expect(await main().getByText(/^Stand van /).isVisible(), 'the printout has no date');
      // the charts draw at the A4 width in print (on this wide screen the panel is narrower)
      const width = await region('Verdeling').locator('.chart .recharts-wrapper > svg').evaluate((svg) => svg.getBoundingClientRect().width);
      expect(Math.round(width) === 680, `the printed chart is ${width}px wide, not the A4 width of 680`);
      await page.pdf({ path: join(artifacts, 'dashboard-a4.pdf'), format: 'A4', printBackground: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  suite.step('the dashboard does not scroll sideways at 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    try {
      await region('Funnel').getByRole('img', { name: /^Staafdiagram/ }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSidewaysScroll(page, 'the dashboard');
      await page.screenshot({ path: join(artifacts, 'dashboard-360px.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  /** Waits for the company list's total ("13 resultaten") and returns it. */
  async function listTotal(): Promise<number> {
    await main().getByRole('table', { name: 'Bedrijven' }).waitFor();
    const total = main().getByText(/^\d+ resulta(at|ten)$/);
    await total.waitFor();
    return Number((await textOf(total)).replace(/\D/g, ''));
  }

  suite.step("a partner's credit at a stage opens exactly the companies the partner report counts", async () => {
    const { programmeId } = demo();
    // the report also answers CSV and Excel, so the generated type of its body is loose; we ask for JSON
    const report = (await ok(apiAs(baseUrl, 'staff').GET('/api/reports/partners', { params: { query: { programmeId } } }))) as
      Schema<'PartnerContributionReport'>;
    // the partner credited with the most companies at the second stage
    const row = [...report.partners].sort((a, b) => (b.creditedByPosition[1] ?? 0) - (a.creditedByPosition[1] ?? 0))[0];
    const expected = row?.creditedByPosition[1] ?? 0;
    expect(expected > 0, `no partner is credited at the second stage: ${JSON.stringify(report)}`);

    const link = region('Bijdrage per partner').getByRole('link', {
      name: `${expected} bedrijven toegeschreven aan ${row.name} in fase ${SECOND_STAGE} bekijken`,
      exact: true,
    });
    const clicked = Number((await textOf(link)).trim());
    expect(clicked === expected, `the dashboard shows ${clicked}, the partner report ${expected}`);
    await link.click();
    await page.waitForURL(/\/companies\?.*creditedStageId=\d+/);
    await main().getByRole('region', { name: 'Gefilterd vanuit een rapportage' })
      .getByText(`Toegeschreven aan ${row.name} in fase ${SECOND_STAGE}`).waitFor();
    const total = await listTotal();
    expect(total === clicked, `clicked ${clicked} credited companies, the list holds ${total}`);
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, "company list of a partner's credit");
    await page.goBack();
    await main().getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });

  suite.step("the attendees of today's event open the companies checked in at it", async () => {
    const event = await findEvent(baseUrl, EVENT);
    const checkedIn = await ok(apiAs(baseUrl, 'staff').GET('/api/events/{id}/registrations', {
      params: { path: { id: event.id }, query: { status: 'CHECKED_IN', size: 200 } },
    }));
    expect(checkedIn.items.length > 0, `nobody is checked in at "${EVENT}": the check-in scenario runs first`);
    // the report counts people; the list their companies (people of one company count once)
    const companies = new Set(checkedIn.items.map((registration) => registration.companyId).filter((id) => id != null)).size;

    const link = region('Bijeenkomsten').getByRole('link', { name: new RegExp(`^Bedrijven van de \\d+ aanwezigen bij „${EVENT}” bekijken$`) });
    const clicked = Number((await textOf(link)).trim());
    expect(clicked === checkedIn.items.length, `the dashboard shows ${clicked} attendees, the event has ${checkedIn.items.length} checked in`);
    await link.click();
    await page.waitForURL(new RegExp(`/companies\\?attendedEventId=${event.id}$`));
    await main().getByRole('region', { name: 'Gefilterd vanuit een rapportage' }).getByText(`Aanwezig bij: ${EVENT}`).waitFor();
    const total = await listTotal();
    expect(total === companies, `${companies} companies were checked in at "${EVENT}", the list holds ${total}`);
    await page.goBack();
    await main().getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });

  suite.step('staff logs out of the dashboard', async () => {
    await logOut(page);
  });

  suite.step('partner1 sees the network totals and, behind a number, only its own companies', async () => {
    const { programmeId, firstStage } = demo();
    // a dashboard link, as staff might send one round
    await logIn(page, baseUrl, `/dashboard?programmeId=${programmeId}`, 'partner1');
    await main().getByText(/De getallen tellen het hele netwerk/).waitFor();
    await main().getByText(`Programma: ${PROGRAMME}`).waitFor();
    const link = await firstStageLink();
    const network = Number((await textOf(link)).trim());
    expect(network === firstStage.companies, `partner1 sees ${network}, the network count is ${firstStage.companies}`);
    await link.click();
    await page.waitForURL(/\/companies\?.*reachedStageId=\d+/);
    await main().getByText(/U ziet alleen de bedrijven waarmee uw organisatie werkt/).waitFor();
    const table = main().getByRole('table', { name: 'Bedrijven' });
    const empty = main().getByText(/^Geen bedrijven gevonden\./);
    await Promise.race([table.waitFor(), empty.waitFor()]);
    const rows = (await table.isVisible()) ? (await table.getByRole('row').count()) - 1 : 0;
    expect(rows <= network, `partner1's list has ${rows} rows, more than the network's ${network}`);
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, "partner1's company list opened from the dashboard");
  });

  suite.step("partner1 opens its own partner's credits and outcomes; another partner's stay plain numbers", async () => {
    const { programmeId } = demo();
    await page.goto(`${baseUrl}/dashboard?programmeId=${programmeId}`);
    const partners = region('Bijdrage per partner');
    const own = partners.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kamer van Koophandel Rotterdam', exact: true }) });
    const other = partners.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'FME Zuid-Holland', exact: true }) });
    await own.getByRole('link').first().waitFor();
    await other.waitFor();
    const otherText = await textOf(other);
    expect(/[1-9]/.test(otherText), `expected FME's credits in the partner report: ${otherText}`);
    // the API refuses a partner another partner's client list: no link to ask for it
    expect((await other.getByRole('link').count()) === 0, "partner1 gets links to FME Zuid-Holland's credited companies");
    const outcomes = region('Resultaten');
    await outcomes.getByRole('link', { name: /van Kamer van Koophandel Rotterdam bekijken$/ }).first().waitFor();
    expect((await outcomes.getByRole('link', { name: /van FME Zuid-Holland bekijken$/ }).count()) === 0, "partner1 gets links to FME Zuid-Holland's outcomes");
    await page.screenshot({ path: join(artifacts, 'dashboard-partner1.png'), fullPage: true });

    // a hand-made list of FME's credits is explained, not asked
    await page.goto(`${baseUrl}/companies?programmeId=${programmeId}&creditedPartnerId=2`);
    await main().getByRole('alert').filter({ hasText: 'Deze lijst vraagt naar de relaties van een andere partner' }).waitFor();
    await main().getByRole('button', { name: 'Filter op de andere partner weghalen' }).click();
    await main().getByRole('table', { name: 'Bedrijven' }).or(main().getByText(/^Geen bedrijven gevonden\./)).waitFor();
    expect(!new URL(page.url()).searchParams.has('creditedPartnerId'), `the filter stayed: ${page.url()}`);
  });

  suite.step('partner1 logs out of the dashboard', async () => {
    await logOut(page);
  });
}
