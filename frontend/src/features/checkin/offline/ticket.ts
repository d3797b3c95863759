// QR tickets: AJ1.<eventId>.<registrationId>.<token>.<signature>, where the signature is the
// base64url (no padding) of the first 16 bytes of HMAC-SHA256 over "AJ1.<eventId>.<registrationId>.<token>"
// with the event's ticket key. A phone that holds the key verifies any ticket of its event
// without a connection (WebCrypto).

export interface Ticket {
  eventId: number;
  registrationId: number;
  token: string;
  signature: string;
  /** The signed part: everything before the last dot. */
  signed: string;
}

const PREFIX = 'AJ1';
const SIGNATURE_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ID = /^[1-9]\d{0,17}$/;

/** The parts of a ticket text, or null when it is not an Aanjager ticket at all. */
export function parseTicket(text: string): Ticket | null {
  const parts = text.trim().split('.');
  if (parts.length !== 5) return null;
  const [prefix, eventId, registrationId, token, signature] = parts as [string, string, string, string, string];
  if (prefix !== PREFIX || !ID.test(eventId) || !ID.test(registrationId)) return null;
  if (!BASE64URL.test(token) || !BASE64URL.test(signature)) return null;
  return {
    eventId: Number(eventId),
    registrationId: Number(registrationId),
    token,
    signature,
    signed: `${prefix}.${eventId}.${registrationId}.${token}`,
  };
}

export function base64UrlDecode(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The signature the event's key gives the signed part of a ticket. */
export async function signTicket(signed: string, ticketKey: string, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  const key = await subtle.importKey('raw', base64UrlDecode(ticketKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await subtle.sign('HMAC', key, new TextEncoder().encode(signed)));
  return base64UrlEncode(mac.subarray(0, SIGNATURE_BYTES));
}

/** Compares without stopping at the first difference. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

export type TicketCheck =
  | { valid: true; ticket: Ticket }
  | { valid: false; reason: 'UNKNOWN_TICKET' | 'WRONG_EVENT'; ticket?: Ticket };

/**
 * Checks a scanned text against the event's key: a genuine ticket of this event, one of another
 * event (its signature cannot be checked here), or not a genuine ticket.
 */
export async function verifyTicket(text: string, eventId: number, ticketKey: string, subtle?: SubtleCrypto): Promise<TicketCheck> {
  const ticket = parseTicket(text);
  if (!ticket) return { valid: false, reason: 'UNKNOWN_TICKET' };
  if (ticket.eventId !== eventId) return { valid: false, reason: 'WRONG_EVENT', ticket };
  let expected: string;
  try {
    expected = await signTicket(ticket.signed, ticketKey, subtle);
  } catch {
    return { valid: false, reason: 'UNKNOWN_TICKET', ticket };
  }
  return sameText(expected, ticket.signature) ? { valid: true, ticket } : { valid: false, reason: 'UNKNOWN_TICKET', ticket };
}
