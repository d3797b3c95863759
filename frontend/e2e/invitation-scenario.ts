// End-to-end steps between two partners, added to the suite of run.ts (on its desktop page, after
// the event steps, which end logged out): partner2 (FME Zuid-Holland) finds partner1's referral
// with the person to speak to, and plans an event naming partner1 (Kamer van Koophandel
// Rotterdam) as organiser, which invites it; partner1 sees the invitation above its events list,
// accepts it on the event page, and from then on manages the event.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SharedCompany } from './companies-scenario.ts';
import { artifacts, checkAccessibility, earlier, expect, textOf, type ScenarioOptions, type Suite } from './harness.ts';
import { apiAs, logIn, ok, screenshots } from './session.ts';

const PROGRAMME = 'MKB010>>Next 2.0';
const PARTNER1 = 'Kamer van Koophandel Rotterdam';
const PARTNER2 = 'FME Zuid-Holland';

/** A datetime-local value some days from now at the given hour. */
function inDays(days: number, hour: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForSelector('#kc-login');
}


export function invitationScenario(suite: Suite, page: Page, { baseUrl, unique, shared }: ScenarioOptions & { shared: SharedCompany }): void {
  const main = () => page.getByRole('main');
  const title = `E2E Samen organiseren ${unique}`;
  let eventPath: string | undefined;

  suite.step(`partner2 finds the referral from ${PARTNER1} with the person to speak to`, async () => {
    expect(shared.companyName && shared.personName, 'the company scenario did not run: no referral to look for');
    await logIn(page, baseUrl, '/referrals', 'partner2');
    await main().getByRole('heading', { level: 1, name: 'Doorverwijzingen' }).waitFor();
    const row = main().getByRole('table', { name: 'Ontvangen doorverwijzingen' }).getByRole('row').filter({ hasText: shared.companyName });
    await row.getByText(`Contactpersoon: ${shared.personName}`).waitFor();
    await row.getByText(PARTNER1).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'referral inbox with a person to speak to');
  });

  suite.step(`partner2 plans an event naming ${PARTNER1} as organiser, which invites it`, async () => {
    await page.goto(`${baseUrl}/events/new`);
    await main().getByRole('heading', { level: 1, name: 'Nieuwe bijeenkomst' }).waitFor();
    const organisers = main().getByRole('group', { name: 'Organiserende partners' });
    // its own organisation organises; the form says what naming another one does
    await organisers.getByRole('checkbox', { name: PARTNER2, exact: true }).isChecked().then((checked) => expect(checked, 'the own partner is not ticked'));
    const hint = await organisers.getAttribute('aria-describedby');
    const description = await textOf(page.locator(`[id="${hint}"]`));
    expect(description.includes('krijgen een uitnodiging'), `the organiser picker does not explain invitations: ${description}`);

    await main().getByRole('combobox', { name: /^Programma/ }).selectOption({ label: PROGRAMME });
    await main().getByRole('textbox', { name: /^Titel/ }).fill(title);
    await main().getByRole('combobox', { name: /^Soort bijeenkomst/ }).selectOption('NETWORK_EVENT');
    await main().getByRole('textbox', { name: /^Locatie/ }).fill('Van Nelle Fabriek, Rotterdam');
    await main().getByLabel(/^Begint op/).fill(inDays(21, 16));
    await main().getByLabel(/^Eindigt op/).fill(inDays(21, 18));
    await organisers.getByRole('checkbox', { name: PARTNER1, exact: true }).check();
    await main().getByRole('button', { name: 'Opslaan' }).click();

    await main().getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    eventPath = new URL(page.url()).pathname;
    const details = main().getByRole('region', { name: 'Gegevens' });
    await details.getByText('Uitgenodigd als organisator').waitFor();
    // names come from the partner directory, which may answer a moment later
    await details.getByText(PARTNER1, { exact: true }).waitFor();
    const text = await textOf(details);
    expect(text.includes(`Organisatoren${PARTNER2}`), `expected ${PARTNER2} as the only organiser: ${text}`);
    expect(text.includes(`Uitgenodigd als organisator${PARTNER1}`), `expected ${PARTNER1} invited: ${text}`);
    await logOut(page);
  });

  suite.step(`partner1 sees the invitation above its events list`, async () => {
    await logIn(page, baseUrl, '/events', 'partner1');
    await main().getByRole('heading', { level: 1, name: 'Bijeenkomsten' }).waitFor();
    const invitations = main().getByRole('region', { name: /^Uw organisatie is uitgenodigd voor \d+ bijeenkomst/ });
    await invitations.getByRole('link', { name: title }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'events list with open invitations');
    await screenshots(page, 'events-list-invitations');
    await invitations.getByRole('link', { name: title }).click();
    await main().getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    expect(new URL(page.url()).pathname === eventPath, `expected ${eventPath}, got ${page.url()}`);
  });

  suite.step('partner1 accepts the invitation after confirming, and from then on manages the event', async () => {
    const invitation = main().getByRole('region', { name: 'Uitnodiging om mee te organiseren' });
    await invitation.getByText(`${PARTNER2} nodigt uw organisatie uit`).waitFor();
    // an invited partner does not manage the event yet
    expect((await main().getByRole('link', { name: 'Bewerken' }).count()) === 0, 'an invited partner may edit the event');
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'event page with an invitation');
    await screenshots(page, 'event-invitation');

    await invitation.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Meeorganiseren accepteren' });
    await dialog.waitFor();
    await checkAccessibility(page, 'accept invitation dialog');
    await page.screenshot({ path: join(artifacts, 'event-invitation-confirm-desktop.png') });
    await dialog.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await main().getByRole('status').filter({ hasText: `U organiseert „${title}” nu mee.` }).waitFor();
    await main().getByRole('link', { name: 'Bewerken' }).waitFor();
    await main().getByRole('heading', { level: 2, name: 'Aanmeldingen' }).waitFor();
    const details = await textOf(main().getByRole('region', { name: 'Gegevens' }));
    expect(!details.includes('Uitgenodigd als organisator'), `partner1 is still listed as invited: ${details}`);
    expect(details.includes(PARTNER1) && details.includes(PARTNER2), `expected both organisers: ${details}`);

    // the API agrees: partner1 organises, nobody is invited any more
    const id = Number(earlier(eventPath, 'the address of the event').split('/').at(-1));
    const event = await ok(apiAs(baseUrl, 'partner1').GET('/api/events/{id}', { params: { path: { id } } }));
    expect(event.organiserIds.includes(1) && event.organiserIds.includes(2) && event.invitedOrganiserIds.length === 0, `unexpected organisers ${JSON.stringify(event)}`);
    await screenshots(page, 'event-invitation-accepted');
  });

  suite.step('partner1 logs out of the events pages', async () => {
    await logOut(page);
  });
}
