// A small sequential test runner around playwright-core: named steps, a screenshot after
// each, axe-core checks, and a closing "N passed, M failed" line with a matching exit code.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Axe from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

declare global {
  interface Window {
    /** axe-core, put on the page by checkAccessibility. */
    axe: typeof Axe;
  }
}

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
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(artifacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  // tsx compiles with esbuild's keepNames, which wraps every named function in __name(...):
  // a function handed to page.evaluate then runs in the page, where __name does not exist
  // ("ReferenceError: __name is not defined"). Every context of this browser defines it.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    return context;
  };
  return browser;
}

/** Runs axe-core on the page; throws when it finds serious or critical violations. */
export async function checkAccessibility(page: Page, label: string): Promise<void> {
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

/** What the runner gives each scenario. */
export interface ScenarioOptions {
  /** The SPA under test (`vite preview`), without a trailing slash. */
  baseUrl: string;
  /** A short text of this run, so that names the scenarios create differ from run to run. */
  unique: string;
}

export interface StepOptions {
  /** Run even when an earlier step failed (a logout, a walk that stands alone). */
  always?: boolean;
  /**
   * The page to screenshot after the step, when it is not the suite's own (a phone of the
   * scenario's own browser context). Answering null or undefined falls back to the suite's page.
   */
  shot?: () => Page | null | undefined;
}

/** Sequential steps; later steps build on earlier ones, so a failure skips the rest. */
export interface Suite {
  step(name: string, run: () => Promise<void>, options?: StepOptions): void;
  /** Runs the steps in order, prints a line per step and the totals; true when all passed. */
  run(): Promise<boolean>;
}

interface Step extends StepOptions {
  name: string;
  run: () => Promise<void>;
}

/** The message of an Error, or whatever else was thrown as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a failed step prints: the stack of an Error, anything else thrown as it is. */
function describeFailure(error: unknown): string {
  return String((error instanceof Error ? error.stack : undefined) ?? error);
}

export function createSuite(page: Page): Suite {
  const steps: Step[] = [];
  return {
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
          console.log(`✗ ${name}\n  ${describeFailure(error).split('\n').join('\n  ')}`);
        }
        const target = shotPage?.() ?? page;
        if (!target.isClosed()) await target.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      }
      console.log('');
      console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      return failed === 0 && skipped === 0;
    },
  };
}

/** Throws the message unless the condition holds; narrows like an if statement does. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A value an earlier step set; throws when that step did not get so far. */
export function earlier<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing: an earlier step did not set it`);
  return value;
}

/** The element's textContent: Playwright types it as nullable, which only a document's is. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

/**
 * Polls until check() (which may be async) returns true; throws with the message and the last
 * value on timeout. A check returns a value other than true to say what it saw instead.
 */
export async function eventually(check: () => unknown, message: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    last = await check();
    if (last === true) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${message} (last: ${JSON.stringify(last)})`);
}
