// End-to-end steps for companies, activities, the funnel and referrals, added to the suite of
// run.ts: a partner user records an activity that credits a funnel stage, adds a person who
// consented to be shared with another partner, refers the company to that partner naming the
// person, and credits itself a stage through its own activity; staff sees it on the company
// timeline. Runs after the partner and programme steps (which end logged out). `shared` passes
// the company and the person on to the invitation scenario, where the other partner looks.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts, checkAccessibility, earlier, eventually, expect, textOf, type ScenarioOptions, type Suite } from './harness.ts';
import { logIn, screenshots } from './session.ts';

const PROGRAMME = 'MKB010>>Next 2.0';
const OWN_PARTNER = 'Kamer van Koophandel Rotterdam';
const OTHER_PARTNER = 'FME Zuid-Holland';

/** What this scenario leaves for the invitation scenario: the company it referred and the person to speak to. */
export interface SharedCompany {
  companyName?: string;
  personName?: string;
}

/** Today as the SPA writes a day in words in Dutch ("12 november 2026"). */
function todayInWords(): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date());
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForSelector('#kc-login');
}

/** A random KvK number: 8 digits, not starting with 0. */
function randomKvk(): string {
  return String(10_000_000 + Math.floor(Math.random() * 89_999_999));
}

export function companyScenario(suite: Suite, page: Page, { baseUrl, unique, shared }: ScenarioOptions & { shared: SharedCompany }): void {
  const main = () => page.getByRole('main');
  const companyName = `E2E Bedrijf ${unique}`;
  const personName = `Petra Deelbaar ${unique}`;
  shared.companyName = companyName;
  shared.personName = personName;
  const summary = `E2E adviesgesprek ${unique}`;
  let companyPath: string | undefined;
  let kvkNumber: string | undefined;

  suite.step('partner1 logs in and sees the company list', async () => {
    await logIn(page, baseUrl, '/companies', 'partner1');
    await main().getByRole('heading', { level: 1, name: 'Bedrijven' }).waitFor();
    await page.getByText(/partner/).first().waitFor();
    await main().getByRole('searchbox', { name: 'Zoek bedrijven' }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'company list');
  });

  suite.step('partner1 creates a company with a new KvK number', async () => {
    await main().getByRole('link', { name: 'Nieuw bedrijf' }).click();
    await main().getByRole('heading', { level: 1, name: 'Nieuw bedrijf' }).waitFor();
    // the server refuses a short number: in Dutch, at the field with its Dutch label, no API words
    await main().getByRole('textbox', { name: /KvK-nummer/ }).fill('1234');
    await main().getByRole('textbox', { name: /^Naam/ }).fill(companyName);
    await main().getByRole('textbox', { name: /^SBI-code/ }).fill('04');
    await main().getByRole('button', { name: 'Opslaan' }).click();
    await main().getByRole('alert').filter({ hasText: 'Niet alle velden zijn goed ingevuld' }).waitFor();
    const kvkField = main().getByRole('textbox', { name: /KvK-nummer/ });
    await eventually(async () => (await kvkField.getAttribute('aria-invalid')) === 'true', 'expected the KvK number marked invalid');
    const said = await kvkField.evaluate((input) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
    expect(said.includes('Een KvK-nummer bestaat uit 8 cijfers.'), `expected the Dutch reason at the KvK number, got: ${said}`);
    const sbiSaid = await main().getByRole('textbox', { name: /^SBI-code/ }).evaluate((input) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
    expect(sbiSaid.includes('SBI-lijst'), `expected the Dutch reason at the SBI code, got: ${sbiSaid}`);
    const text = await textOf(main());
    expect(!/kvkNumber|sbiCode|digits|must be/.test(text), `expected no API field names or English on the form: ${text.slice(0, 400)}`);
    await main().getByRole('textbox', { name: /^SBI-code/ }).fill('');
    // a taken number gives a 409 with a link to the existing record: try another one
    for (let attempt = 0; attempt < 5; attempt += 1) {
      kvkNumber = randomKvk();
      await main().getByRole('textbox', { name: /KvK-nummer/ }).fill(kvkNumber);
      await main().getByRole('textbox', { name: /^Naam/ }).fill(companyName);
      await main().getByRole('textbox', { name: /Postcode/ }).fill('3011 AB');
      await main().getByRole('textbox', { name: 'Gebied' }).fill('Centrum');
      await main().getByRole('combobox', { name: 'Grootteklasse' }).selectOption('MICRO');
      await main().getByRole('button', { name: 'Opslaan' }).click();
      const outcome = await Promise.race([
        page.waitForURL(/\/companies\/\d+$/).then(() => 'created'),
        main().getByRole('link', { name: 'Open het bestaande bedrijf' }).waitFor().then(() => 'exists'),
      ]);
      if (outcome === 'created') break;
    }
    await main().getByRole('heading', { level: 1, name: companyName }).waitFor();
    companyPath = new URL(page.url()).pathname;
    await main().getByRole('status').filter({ hasText: companyName }).waitFor();
  });

  suite.step('the new company is found by its KvK number', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bedrijven' }).click();
    await main().getByRole('table', { name: 'Bedrijven' }).waitFor();
    const search = main().getByRole('searchbox', { name: 'Zoek bedrijven' });
    await search.fill(earlier(kvkNumber, 'the KvK number of the new company'));
    await search.press('Enter');
    await page.waitForURL(/[?&]q=\d{8}/);
    const link = main().getByRole('table').getByRole('link', { name: companyName });
    await link.waitFor();
    await checkAccessibility(page, 'company list with a search result');
    await link.click();
    await main().getByRole('heading', { level: 1, name: companyName }).waitFor();
  });

  suite.step(`partner1 records an activity that credits "informed" of ${PROGRAMME}`, async () => {
    await main().getByRole('button', { name: 'Nieuwe activiteit' }).click();
    const form = main().locator('form').filter({ has: page.getByRole('combobox', { name: /Soort activiteit/ }) });
    await form.getByRole('combobox', { name: /Soort activiteit/ }).selectOption('ADVICE_SESSION');
    await form.getByRole('textbox', { name: 'Samenvatting' }).fill(summary);
    await form.getByRole('checkbox', { name: 'Digitaal' }).check();
    await form.getByRole('checkbox', { name: 'Financiering' }).check();
    await form.getByRole('combobox', { name: 'Programma' }).selectOption({ label: PROGRAMME });
    const stage = form.getByRole('combobox', { name: /^Fase/ });
    await stage.locator('option', { hasText: 'Geïnformeerd' }).waitFor({ state: 'attached' });
    await stage.selectOption({ label: 'Geïnformeerd' });
    await form.getByRole('button', { name: 'Nieuwe activiteit' }).click();
    await main().getByRole('status').filter({ hasText: 'De activiteit is vastgelegd.' }).waitFor();
    await main().getByText(summary).first().waitFor();
  });

  suite.step('the funnel position shows the company as informed', async () => {
    const stages = main().getByRole('list', { name: `Fases van ${PROGRAMME}` });
    await stages.waitFor();
    const current = stages.locator('[aria-current="step"]');
    await current.filter({ hasText: 'Geïnformeerd' }).waitFor();
    const inspired = await textOf(stages.getByRole('listitem').filter({ hasText: 'Geïnspireerd' }));
    expect(inspired.includes('Bereikt'), `expected "inspired" reached on the way to "informed", got ${inspired}`);
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'company page');
  });

  suite.step(`partner1 adds a person who consented to be shared with ${OTHER_PARTNER}`, async () => {
    const contacts = main().getByRole('region', { name: 'Contactpersonen' });
    await contacts.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    const form = contacts.locator('form');
    await form.getByRole('textbox', { name: /^Naam/ }).fill(personName);
    await form.getByRole('textbox', { name: 'E-mailadres' }).fill(`petra-${unique}@example.org`);
    await form.getByRole('textbox', { name: 'Doel van de toestemming' }).fill('Doorverwijzing naar een andere partner');
    await form.getByRole('textbox', { name: 'Bron van de toestemming' }).fill('mondeling, adviesgesprek');
    const sharing = form.getByRole('group', { name: 'Gedeeld met partners' });
    // the user's own organisation sees the person anyway: it is not offered
    expect((await sharing.getByRole('checkbox', { name: OWN_PARTNER, exact: true }).count()) === 0, 'the own partner is offered for sharing');
    await sharing.getByRole('checkbox', { name: OTHER_PARTNER, exact: true }).check();
    await checkAccessibility(page, 'contact form with sharing');
    await form.scrollIntoViewIfNeeded();
    await screenshots(page, 'contact-form-sharing');
    await form.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await contacts.getByRole('status').filter({ hasText: personName }).waitFor();
    const row = contacts.getByRole('row').filter({ hasText: personName });
    await row.getByText(`Gedeeld met ${OTHER_PARTNER}`).waitFor();
  });

  suite.step(`partner1 refers the company to ${OTHER_PARTNER}, naming the person to speak to`, async () => {
    const refer = main().getByRole('region', { name: 'Doorverwijzen' });
    const form = refer.locator('form');
    await form.getByRole('combobox', { name: /^Naar partner/ }).selectOption({ label: OTHER_PARTNER });
    const person = form.getByRole('combobox', { name: 'Contactpersoon om te spreken' });
    await person.locator('option', { hasText: personName }).waitFor({ state: 'attached' });
    await person.selectOption({ label: personName });
    await form.getByRole('textbox', { name: /^Reden/ }).fill(`Zoekt hulp bij automatisering ${unique}`);
    await checkAccessibility(page, 'refer form');
    await form.scrollIntoViewIfNeeded();
    await screenshots(page, 'refer-form');
    await form.getByRole('button', { name: 'Doorverwijzen' }).click();
    await refer.getByRole('status').filter({ hasText: `De doorverwijzing naar ${OTHER_PARTNER} is verstuurd.` }).waitFor();
  });

  suite.step('partner1 credits itself a stage by hand only through a basis of its own: its activity', async () => {
    const funnel = main().getByRole('region', { name: 'Funnelpositie' });
    await funnel.getByRole('button', { name: 'Fase vastleggen' }).click();
    const form = funnel.locator('form');
    await form.getByRole('combobox', { name: /^Programma/ }).selectOption({ label: PROGRAMME });
    const stage = form.getByRole('combobox', { name: /^Fase/ });
    await stage.locator('option', { hasText: 'Geactiveerd' }).waitFor({ state: 'attached' });
    await stage.selectOption({ label: 'Geactiveerd' });
    const basis = form.getByRole('combobox', { name: /^Grond/ });
    const activity = `Adviesgesprek op ${todayInWords()}`;
    await basis.locator('option', { hasText: activity }).waitFor({ state: 'attached' });
    // a partner has no "toeschrijven aan": it credits its own organisation
    expect((await form.getByRole('combobox', { name: /Toeschrijven aan partner/ }).count()) === 0, 'a partner may choose whom to credit');
    // without a basis the form does not send: a partner has no manual credits
    await form.getByRole('button', { name: 'Fase vastleggen' }).click();
    await form.getByText('Kies de activiteit of bijeenkomst waardoor het bedrijf deze fase bereikte.').waitFor();
    await basis.selectOption({ label: activity });
    await checkAccessibility(page, 'record stage form of a partner');
    await form.scrollIntoViewIfNeeded();
    await screenshots(page, 'record-stage-partner');
    await form.getByRole('button', { name: 'Fase vastleggen' }).click();
    await funnel.getByRole('status').filter({ hasText: 'Fase „Geactiveerd” is vastgelegd.' }).waitFor();
    await funnel.getByRole('list', { name: `Fases van ${PROGRAMME}` }).locator('[aria-current="step"]').filter({ hasText: 'Geactiveerd' }).waitFor();
    const record = funnel.getByRole('row').filter({ hasText: 'Geactiveerd' }).filter({ hasText: 'activiteit' });
    await record.filter({ hasText: OWN_PARTNER }).first().waitFor();
  });

  suite.step('the company page does not scroll sideways at 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    await main().getByRole('heading', { level: 1, name: companyName }).waitFor();
    await main().getByRole('list', { name: `Fases van ${PROGRAMME}` }).waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
    }));
    expect(overflow.document <= 0 && overflow.body <= 0, `the company page scrolls sideways at 360 px: ${JSON.stringify(overflow)}`);
    await page.screenshot({ path: join(artifacts, 'company-page-360px.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  suite.step('partner1 logs out', async () => {
    await logOut(page);
  });

  suite.step('staff logs in and sees the activity on the company timeline', async () => {
    await logIn(page, baseUrl, earlier(companyPath, 'the address of the new company'), 'staff');
    await main().getByRole('heading', { level: 1, name: companyName }).waitFor();
    const timeline = main().getByRole('list', { name: 'Tijdlijn' });
    const activity = timeline.getByRole('listitem').filter({ hasText: summary });
    await activity.waitFor();
    // the partner's name comes from the partner directory, which may answer a moment later
    await activity.filter({ hasText: 'Kamer van Koophandel Rotterdam' }).waitFor();
    const text = await textOf(activity);
    expect(text.includes('Activiteit') && text.includes('Adviesgesprek'), `unexpected timeline entry: ${text}`);
    await timeline.getByRole('listitem').filter({ hasText: 'Fase bereikt' }).filter({ hasText: 'Geïnformeerd' }).first().waitFor();
    await page.screenshot({ path: join(artifacts, 'company-page-staff.png'), fullPage: true });
  });

  suite.step('the referrals page has no serious accessibility violations', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Doorverwijzingen' }).click();
    await main().getByRole('heading', { level: 1, name: 'Doorverwijzingen' }).waitFor();
    await main().getByRole('tab', { name: 'Ontvangen', selected: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'referrals page');
  });

  suite.step('staff logs out', async () => {
    await logOut(page);
  });
}
