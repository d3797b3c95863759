// End-to-end steps for webhooks, added to the suite of run.ts (logged out before and after):
// partner1 subscribes its "CRM" (a receiver this scenario starts on loopback) to accepted
// referrals, sees the secret once, accepts a referral partner2 sent it, and finds the signed
// delivery in the log. The signature is checked here with the Standard Webhooks algorithm.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { Page } from 'playwright-core';
import { checkAccessibility, earlier, eventually, expect, type ScenarioOptions, type Suite } from './harness.ts';
import { apiAs, logIn, screenshots } from './session.ts';

/** A request the partner's endpoint received. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A partner's endpoint on loopback. */
interface Receiver {
  url: string;
  received: Received[];
  close: () => void;
}

/** A partner's endpoint: records every request and answers 200. */
async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`the receiver listens on ${address}, not on a TCP port`);
  return { url: `http://127.0.0.1:${address.port}/aanjager`, received, close: () => server.close() };
}

/** Whether the request is the referral.accepted message about that referral (payload: type, data). */
function isAcceptanceOf(referralId: number, { body }: Received): boolean {
  const payload: unknown = JSON.parse(body);
  if (typeof payload !== 'object' || payload === null || !('type' in payload) || !('data' in payload)) return false;
  const { type, data } = payload;
  return type === 'referral.accepted' && typeof data === 'object' && data !== null && 'referralId' in data && data.referralId === referralId;
}

/** Standard Webhooks: HMAC-SHA256 with the secret's bytes over "id.timestamp.body"; one v1 signature must match. */
function signedWith(secret: string, { headers, body }: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest();
  return String(headers['webhook-signature'])
    .split(' ')
    .filter((signature) => signature.startsWith('v1,'))
    .some((signature) => {
      const given = Buffer.from(signature.slice(3), 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

export function webhooksScenario(suite: Suite, page: Page, { baseUrl, unique }: ScenarioOptions): void {
  const main = () => page.getByRole('main');
  const description = `E2E CRM ${unique}`;
  const state: { receiver?: Receiver; referralId?: number; secret?: string } = {};

  suite.step('partner2 refers a company to partner1 (set up through the API)', async () => {
    state.receiver = await startReceiver();
    const company = await apiAs(baseUrl, 'admin').POST('/api/companies', {
      body: {
        kvkNumber: String(10_000_000 + ((Date.now() * 7) % 89_000_000)),
        name: `E2E Webhook BV ${unique}`,
        postcode: '3011 AB',
      },
    });
    expect(company.response.status === 201 && company.data,
      `company: HTTP ${company.response.status} ${JSON.stringify(company.data ?? company.error)}`);
    const referral = await apiAs(baseUrl, 'partner2').POST('/api/referrals', {
      body: {
        companyId: company.data.id,
        toPartnerId: 1,
        reason: 'Wil verduurzamen',
      },
    });
    expect(referral.response.status === 201 && referral.data,
      `referral: HTTP ${referral.response.status} ${JSON.stringify(referral.data ?? referral.error)}`);
    state.referralId = referral.data.id;
  });

  suite.step('partner1 opens Webhooks from the menu', async () => {
    await logIn(page, baseUrl, '/', 'partner1');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Webhooks' }).click();
    await main().getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'webhooks list');
  });

  suite.step('partner1 subscribes its receiver to accepted referrals and sees the secret once', async () => {
    await main().getByRole('button', { name: 'Webhook toevoegen' }).click();
    await main().getByRole('textbox', { name: /Adres \(URL\)/ }).fill(earlier(state.receiver, 'the receiver').url);
    await main().getByRole('checkbox', { name: 'Doorverwijzing geaccepteerd' }).check();
    await main().getByRole('textbox', { name: 'Omschrijving' }).fill(description);
    await checkAccessibility(page, 'webhook form');
    await screenshots(page, 'webhooks-1-form');
    await main().getByRole('button', { name: 'Opslaan' }).click();
    const notice = main().getByRole('region', { name: 'Uw geheime sleutel' });
    await notice.getByText(/u krijgt hem niet opnieuw te zien/).waitFor();
    state.secret = (await notice.locator('code').textContent())?.trim();
    expect(/^whsec_[A-Za-z0-9+/=]{40,}$/.test(state.secret ?? ''), `no secret shown: ${state.secret}`);
    await checkAccessibility(page, 'webhook secret');
    await screenshots(page, 'webhooks-2-secret');
    await notice.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  suite.step('partner1 accepts the referral and its receiver gets a signed message', async () => {
    const referralId = earlier(state.referralId, 'the referral');
    const { received } = earlier(state.receiver, 'the receiver');
    const accepted = await apiAs(baseUrl, 'partner1').POST('/api/referrals/{id}/acceptance', { params: { path: { id: referralId } }, body: {} });
    expect(accepted.response.status === 200, `acceptance: HTTP ${accepted.response.status}`);
    let message: Received | undefined;
    await eventually(() => {
      message = received.find((request) => isAcceptanceOf(referralId, request));
      return Boolean(message);
    }, 'the receiver got no referral.accepted message');
    expect(message, 'the receiver got no referral.accepted message');
    expect(signedWith(earlier(state.secret, 'the secret'), message), 'the signature does not verify with the secret the page showed');
    expect(!message.body.includes('Wil verduurzamen'), 'the referral reason must not travel in the payload');
  });

  suite.step('partner1 sees the delivery in the log', async () => {
    const card = main().getByRole('listitem').filter({ has: page.getByRole('heading', { name: description }) });
    await card.getByRole('button', { name: 'Logboek' }).click();
    const table = card.getByRole('table', { name: /Verstuurde berichten naar/ });
    const row = table.getByRole('row').filter({ hasText: 'Doorverwijzing geaccepteerd' });
    await row.getByText('Afgeleverd').waitFor();
    await row.getByText(/HTTP 200 in/).waitFor();
    await page.waitForLoadState('networkidle');
    await checkAccessibility(page, 'webhook delivery log');
    await screenshots(page, 'webhooks-3-log');
  });

  suite.step('partner1 logs out', async () => {
    state.receiver?.close();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForSelector('#kc-login');
  }, { always: true });
}
