// A small sequential test runner around playwright-core: named steps, a screenshot after
// each, axe-core checks, and a closing "N passed, M failed" line with a matching exit code.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const artifacts = join(here, 'artifacts');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with the common flags and, for one scenario, extra ones (e.g. a fake camera). */
export async function launch(extraArgs = []) {
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Runs axe-core on the page; throws when it finds serious or critical violations. */
export async function checkAccessibility(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const outcome = await window.axe.run(document, { resultTypes: ['violations'] });
    return outcome.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  const blocking = result.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  for (const violation of result.filter((v) => !blocking.includes(v))) {
    console.log(`    note (${label}): ${violation.impact} ${violation.id} — ${violation.help}`);
  }
  if (blocking.length > 0) {
    const lines = blocking.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n    at ${v.targets.join('\n    at ')}`);
    throw new Error(`axe found ${blocking.length} serious/critical violation(s) on ${label}:\n${lines.join('\n')}`);
  }
}

/** Sequential steps; later steps build on earlier ones, so a failure skips the rest. */
export function createSuite(page) {
  const steps = [];
  return {
    /** shot: the page to screenshot after the step, when it is not the suite's own. */
    step(name, run, { always = false, shot } = {}) {
      steps.push({ name, run, always, shot });
    },
    async run() {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      let broken = false;
      for (const [index, { name, run, always, shot: shotPage }] of steps.entries()) {
        const shot = join(artifacts, `${String(index + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
        if (broken && !always) {
          skipped += 1;
          console.log(`- ${name} (skipped)`);
          continue;
        }
        const started = Date.now();
        try {
          await run();
          passed += 1;
          console.log(`✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
          failed += 1;
          broken = true;
          console.log(`✗ ${name}\n  ${String(error?.stack ?? error).split('\n').join('\n  ')}`);
        }
        const target = shotPage?.() ?? page;
        if (target && !target.isClosed()) await target.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      }
      console.log('');
      console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      return failed === 0 && skipped === 0;
    },
  };
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Polls until check() returns true; throws with the message (and last value) on timeout. */
export async function eventually(check, message, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last === true) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${message} (last: ${JSON.stringify(last)})`);
}
