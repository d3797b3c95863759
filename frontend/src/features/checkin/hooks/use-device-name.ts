// The name this phone uses in the check-in history: asked once, kept in localStorage.
import { useState } from 'react';

const STORAGE_KEY = 'aanjager.checkin.device';

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** "deur-k3x9" (door): a default that tells devices apart until someone names them, phone or laptop. */
export function defaultDeviceName(): string {
  return `deur-${Math.random().toString(36).slice(2, 6)}`;
}

export function useDeviceName() {
  const [name, setName] = useState<string | null>(read);
  const save = (value: string) => {
    const trimmed = value.trim().slice(0, 100);
    if (!trimmed) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, trimmed);
    } catch {
      // private mode: the name lasts for this page
    }
    setName(trimmed);
  };
  return { name, save };
}
