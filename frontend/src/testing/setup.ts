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

// jsdom lacks the modal methods of <dialog>; a minimal stand-in keeps the open state honest and,
// as a browser does, turns Escape into a cancelable `cancel` on the modal on top (closing it
// unless the page prevents that).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  const modals: HTMLDialogElement[] = [];
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    modals.push(this);
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (modals.includes(this)) modals.splice(modals.indexOf(this), 1);
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const top = modals.findLast((dialog) => dialog.isConnected && dialog.open);
    if (top?.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  });
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
