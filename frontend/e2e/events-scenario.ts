// End-to-end steps for event management, added to the suite of run.ts (on its desktop page,
// after the company steps, which end logged out): staff finds the demo event, sees its
// registrations and live counts, and plans, publishes and opens a new event.
import type { Page } from 'playwright-core';
import { checkAccessibility, expect, textOf, type ScenarioOptions, type Suite } from './harness.ts';
import { logIn } from './session.ts';

const DEMO_EVENT = 'Ondernemen010 Live!';

/** A datetime-local value some days from now at the given hour. */
function inDays(days: number, hour: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

export function eventsScenario(suite: Suite, page: Page, { baseUrl, unique }: ScenarioOptions): void {
  const main = () => page.getByRole('main');
  const title = `E2E Workshop ${unique}`;

  suite.step('staff sees the events list, which has no serious accessibility violations', async () => {
    await logIn(page, baseUrl, '/events', 'staff');
    await main().getByRole('heading', { level: 1, name: 'Bijeenkomsten' }).waitFor();
    await main().getByRole('table', { name: 'Bijeenkomsten' }).getByRole('link', { name: DEMO_EVENT }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'events list');
  });

  suite.step('the event page shows registrations, live attendance and the check-in history', async () => {
    await main().getByRole('link', { name: DEMO_EVENT }).click();
    await main().getByRole('heading', { level: 1, name: new RegExp(DEMO_EVENT.replace('!', '\\!')) }).waitFor();
    await main().getByRole('table', { name: 'Aanmeldingen voor deze bijeenkomst' }).getByRole('row').nth(1).waitFor();
    await main().getByRole('heading', { level: 2, name: 'Aanwezigheid' }).waitFor();
    await main().getByRole('heading', { level: 2, name: 'Check-ingeschiedenis' }).waitFor();
    await main().getByRole('link', { name: 'Openbare aanmeldpagina' }).waitFor();
    await main().getByRole('combobox', { name: 'Toon' }).selectOption('CHECKED_IN');
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'event page');
  });

  suite.step('staff plans a workshop, which starts as a draft, and publishes it after confirming', async () => {
    await page.goto(`${baseUrl}/events/new`);
    await main().getByRole('heading', { level: 1, name: 'Nieuwe bijeenkomst' }).waitFor();
    // the form checks before sending: the venue or a link, and the end after the start
    await main().getByRole('button', { name: 'Opslaan' }).click();
    await main().locator('[aria-invalid="true"]').first().waitFor();
    await checkAccessibility(page, 'event form with errors');

    await main().getByRole('combobox', { name: /^Programma/ }).selectOption({ label: 'MKB010>>Next 2.0' });
    await main().getByRole('textbox', { name: /^Titel/ }).fill(title);
    await main().getByRole('combobox', { name: /^Soort bijeenkomst/ }).selectOption('WORKSHOP');
    await main().getByRole('checkbox', { name: 'Digitaal' }).check();
    await main().getByRole('textbox', { name: /^Locatie/ }).fill('Cambridgelaan 1, Rotterdam');
    await main().getByLabel(/^Begint op/).fill(inDays(14, 14));
    await main().getByLabel(/^Eindigt op/).fill(inDays(14, 16));
    await main().getByRole('textbox', { name: /^Capaciteit/ }).fill('30');
    const stage = main().getByRole('combobox', { name: /^Funnelfase/ });
    await stage.locator('option', { hasText: 'Geïnspireerd' }).waitFor({ state: 'attached' });
    await stage.selectOption({ label: 'Geïnspireerd' });
    await main().getByRole('group', { name: 'Organiserende partners' }).getByRole('checkbox', { name: 'Kamer van Koophandel Rotterdam' }).check();
    await main().getByRole('button', { name: 'Opslaan' }).click();

    await main().getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    await main().getByRole('status').filter({ hasText: 'concept' }).waitFor();
    await main().getByText('Concept', { exact: true }).waitFor();
    await main().getByRole('button', { name: 'Publiceren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bijeenkomst publiceren' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Publiceren' }).click();
    await main().getByRole('status').filter({ hasText: 'gepubliceerd' }).waitFor();
    await main().getByText('Gepubliceerd', { exact: true }).waitFor();
    const text = await textOf(main());
    expect(text.includes('Kamer van Koophandel Rotterdam'), 'expected the organiser on the event page');
  });

  suite.step('staff registers a contact person for the new workshop and cancels the registration', async () => {
    const form = main().locator('form').filter({ has: page.getByRole('searchbox', { name: 'Zoek het bedrijf' }) });
    await form.getByRole('searchbox', { name: 'Zoek het bedrijf' }).fill('Bakkerij De Zon');
    await form.getByRole('button', { name: 'Zoeken' }).click();
    const company = form.getByRole('combobox', { name: 'Bedrijf' });
    await company.locator('option', { hasText: 'Bakkerij De Zon' }).first().waitFor({ state: 'attached' });
    await company.selectOption({ index: 1 });
    const contact = form.getByRole('combobox', { name: /^Contactpersoon/ });
    await contact.locator('option').nth(1).waitFor({ state: 'attached' });
    const person = (await textOf(contact.locator('option').nth(1))).trim();
    await contact.selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await main().getByRole('status').filter({ hasText: `„${person}” is aangemeld.` }).waitFor();
    const row = main().getByRole('table', { name: 'Aanmeldingen voor deze bijeenkomst' }).getByRole('row').filter({ hasText: person });
    await row.getByText('Aangemeld', { exact: true }).waitFor();
    await row.getByRole('button', { name: `Afmelden ${person}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanmelding annuleren' });
    await dialog.getByRole('button', { name: 'Afmelden' }).click();
    await main().getByRole('status').filter({ hasText: `„${person}” is afgemeld.` }).waitFor();
    await row.getByText('Afgemeld', { exact: true }).waitFor();
  });

  suite.step('staff logs out of the events pages', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForSelector('#kc-login');
  });
}
