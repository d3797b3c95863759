// Vitest setup: DOM matchers, Dutch translations, no Keycloak, and <dialog> for jsdom.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { setupI18n } from '@/lib/i18n';

vi.mock('@/lib/auth', () => ({
  keycloak: {},
  initAuth: vi.fn(async () => true),
  getAccessToken: vi.fn(async () => 'test-token'),
  login: vi.fn(async () => undefined),
  logout: vi.fn(async () => undefined),
  signInReachable: vi.fn(async () => true),
  SignInUnavailable: class SignInUnavailable extends Error {},
}));

// jsdom lacks the modal methods of <dialog>; a minimal stand-in keeps the open state honest.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// findBy… and waitFor wait up to 5 s instead of 1 s: on a busy 2-core CI machine a page with
// several queries took longer than a second to render, and a slow machine is not a failure
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  window.localStorage.clear();
  setupI18n('nl');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
