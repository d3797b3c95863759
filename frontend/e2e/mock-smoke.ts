// Stack-free smoke test: serves fake Keycloak and API answers through Playwright routing, so
// the built SPA (vite preview) can be looked at, screenshotted and axe-checked without the
// backend. Not a replacement for run.ts, which uses the real stack.
// Run: npx vite preview & npm run e2e:mock
import { join } from 'node:path';
import { artifacts, checkAccessibility, createSuite, expect, launch } from './harness.ts';

const baseUrl = (process.env.E2E_BASE_URL || 'http://localhost:4173').replace(/\/$/, '');
const keycloak = 'http://localhost:8180/realms/aanjager/protocol/openid-connect';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.sig`;

const partners = Array.from({ length: 23 }, (_, index) => ({
  id: index + 1,
  name: `Partnerorganisatie met een lange naam ${index + 1}`,
  kind: ['CHAMBER_OF_COMMERCE', 'KNOWLEDGE_INSTITUTION', 'BUSINESS_NETWORK'][index % 3],
  website: `https://www.partner-${index + 1}.example.nl`,
  email: `info@partner-${index + 1}.example.nl`,
  active: index % 4 !== 0,
  version: 1,
}));
const programme = { id: 1, name: 'MKB010>>Next 2.0', description: 'Rotterdamse mkb-ers verduurzamen, digitaliseren en circulair ondernemen.', themes: ['SUSTAINABLE', 'DIGITAL', 'CIRCULAR'], startDate: '2025-01-01', endDate: '2027-12-31', version: 3 };
const stages = [
  { id: 1, code: 'inspired', name: 'Inspired', position: 1, version: 0 },
  { id: 2, code: 'informed', name: 'Informed', position: 2, version: 0 },
  { id: 3, code: 'activated', name: 'Activated', position: 3, version: 0 },
];
const targets = [{ id: 1, name: '5.000 ondernemers geïnspireerd', stageId: 1, targetCount: 5000, deadline: '2027-12-31', version: 0 }];

/** The fake API's answer to a GET, or undefined for a 404. */
function api(url: URL): unknown {
  const path = url.pathname;
  if (path === '/api/me') return { username: 'admin', name: 'Anna Admin', roles: ['admin', 'staff'] };
  if (path === '/api/partners') {
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    return { items: partners.slice(page * size, page * size + size), total: partners.length, page, size };
  }
  if (path === '/api/programmes') return { items: [programme], total: 1, page: 0, size: 20 };
  if (path === '/api/programmes/1') return programme;
  if (path === '/api/programmes/1/stages') return stages;
  if (path === '/api/programmes/1/targets') return targets;
  return undefined;
}

const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
let nonce = '';
await context.route(`${keycloak}/auth?**`, (route) => {
  const url = new URL(route.request().url());
  nonce = url.searchParams.get('nonce') ?? '';
  const back = `${url.searchParams.get('redirect_uri')}#state=${url.searchParams.get('state')}&session_state=s&code=c`;
  return route.fulfill({ contentType: 'text/html', body: `<script>location.replace(${JSON.stringify(back)})</script>` });
});
await context.route(`${keycloak}/token`, (route) => {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iat: now, exp: now + 3600, sub: 'u1', preferred_username: 'admin', nonce, session_state: 's' };
  return route.fulfill({
    contentType: 'application/json',
    headers: { 'Access-Control-Allow-Origin': baseUrl, 'Access-Control-Allow-Credentials': 'true' },
    body: JSON.stringify({ access_token: jwt(claims), refresh_token: jwt(claims), id_token: jwt(claims), token_type: 'Bearer', expires_in: 3600 }),
  });
});
await context.route(`${keycloak}/logout?**`, (route) =>
  route.fulfill({ contentType: 'text/html', body: '<form><input id="username"><input id="password"><button id="kc-login">Sign in</button></form>' }),
);
await context.route(`${baseUrl}/api/**`, (route) => {
  const body = api(new URL(route.request().url()));
  return body === undefined
    ? route.fulfill({ status: 404, contentType: 'application/problem+json', body: JSON.stringify({ status: 404, title: 'Not Found' }) })
    : route.fulfill({ contentType: 'application/json', headers: { ETag: '"1"' }, body: JSON.stringify(body) });
});

const page = await context.newPage();
if (process.env.DEBUG) page.on('request', (r) => console.log('    >', r.method(), r.url().slice(0, 140)));
if (process.env.DEBUG) page.on('console', (m) => console.log('    console:', m.text()));
page.on('pageerror', (error) => console.log(`    page error: ${error.message}`));
const suite = createSuite(page);
const main = () => page.getByRole('main');
const shot = (name: string) => page.screenshot({ path: join(artifacts, `mock-${name}.png`), fullPage: true });

suite.step('signs in through the (fake) Keycloak redirect', async () => {
  // (the start page of admin and staff is the dashboard, which this fake API does not serve)
  await page.goto(`${baseUrl}/partners`);
  await main().getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
  await main().getByRole('table').waitFor();
});
suite.step('partner list: axe, paging', async () => {
  await checkAccessibility(page, 'partner list');
  await main().getByRole('button', { name: 'Volgende pagina' }).click();
  await main().getByText('Pagina 2 van 2').waitFor();
});
suite.step('partner form: axe with client-side errors', async () => {
  await page.goto(`${baseUrl}/partners/new`);
  await main().getByRole('button', { name: 'Opslaan' }).click();
  await main().locator('[aria-invalid="true"]').first().waitFor();
  await checkAccessibility(page, 'partner form');
  await shot('partner-form');
});
suite.step('programme detail: axe', async () => {
  await page.goto(`${baseUrl}/programmes/1`);
  await main().getByRole('table', { name: 'Doelen van dit programma' }).waitFor();
  await checkAccessibility(page, 'programme detail');
  await shot('programme-detail');
});
for (const [name, path] of [['partners', '/partners'], ['programme', '/programmes/1'], ['form', '/programmes/1/edit']]) {
  suite.step(`no sideways scrolling at 360 px: ${name}`, async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${baseUrl}${path}`);
    await main().getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await shot(`360-${name}`);
    await page.screenshot({ path: join(artifacts, `mock-360-${name}-top.png`) });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(overflow <= 0, `page is ${overflow}px too wide`);
  });
}
suite.step('English and log out', async () => {
  await page.goto(`${baseUrl}/partners`);
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForSelector('#kc-login');
});

const ok = await suite.run();
await browser.close();
process.exit(ok ? 0 : 1);
