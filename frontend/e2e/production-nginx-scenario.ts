// The SPA as its container serves it: the production nginx configuration (deploy/nginx/
// default.conf.template) in front of the built SPA and the backend. Its security headers are
// there, and the app works under its Content-Security-Policy: signing in, the pages people use,
// not one violation reported by Chromium.
import type { Browser } from 'playwright-core';
import { expect, type ScenarioOptions, type Suite } from './harness.ts';
import { findEvent, logIn } from './session.ts';

declare global {
  interface Window {
    /** The Content-Security-Policy violations the page reported, collected by an init script. */
    cspViolations: string[];
  }
}

const PAGES = ['/dashboard', '/companies', '/events', '/referrals', '/check-in', '/imports', '/webhooks', '/audit'];

export interface ProductionNginxOptions extends Pick<ScenarioOptions, 'baseUrl'> {
  /** The production nginx configuration in front of the built SPA and the same backend, without a trailing slash. */
  productionUrl: string;
}

export function productionNginxScenario(suite: Suite, browser: Browser, { productionUrl, baseUrl }: ProductionNginxOptions): void {
  suite.step('the production nginx sends the security headers and caches only hashed bundles', async () => {
    const index = await fetch(`${productionUrl}/companies`);
    expect(index.status === 200, `index: HTTP ${index.status}`);
    const csp = index.headers.get('content-security-policy') ?? '';
    for (const part of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", 'connect-src \'self\' http://localhost:8180']) {
      expect(csp.includes(part), `expected ${part} in the CSP, got: ${csp}`);
    }
    expect(/max-age=\d+/.test(index.headers.get('strict-transport-security') ?? ''), 'expected HSTS');
    expect(index.headers.get('x-content-type-options') === 'nosniff', 'expected nosniff');
    expect(index.headers.get('cache-control') === 'no-cache', `index cache: ${index.headers.get('cache-control')}`);
    const bundle = (await index.text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    const asset = await fetch(`${productionUrl}${bundle}`);
    expect((asset.headers.get('cache-control') ?? '').includes('immutable'), `bundle cache: ${asset.headers.get('cache-control')}`);
    const missing = await fetch(`${productionUrl}/assets/no-such-file.js`);
    expect(missing.status === 404, `a missing bundle is 404, not the app: ${missing.status}`);
    const api = await fetch(`${productionUrl}/api/public/events`);
    expect(api.status === 200 && api.headers.get('cache-control') !== 'no-cache', `api through nginx: ${api.status}`);
  });

  suite.step('signed in through nginx, every page works under the CSP without a violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
    });
    try {
      await logIn(page, productionUrl, '/dashboard', 'admin');
      const event = await findEvent(baseUrl, 'Ondernemen010 Live!');
      for (const path of [...PAGES, `/events/${event.id}`]) {
        await page.goto(`${productionUrl}${path}`);
        await page.getByRole('main').waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await page.evaluate(() => window.cspViolations);
        expect(violations.length === 0 && consoleErrors.length === 0, `CSP violations on ${path}: ${[...violations, ...consoleErrors].join('; ')}`);
      }
    } finally {
      await context.close();
    }
  });
}
