// QR tickets: AJ2.<eventId>.<registrationId>.<token>.<signature>, the signature Ed25519 (base64url,
// no padding) over "AJ2.<eventId>.<registrationId>.<token>". A phone holds only the public key, so
// it verifies any ticket of its event without a connection (WebCrypto) but cannot make one.
// Tickets sent before Ed25519 (AJ1, a truncated HMAC) are admitted offline when the SHA-256 of the
// scanned text is an attendee's legacyTicketDigest in the stored list.

export interface Ticket {
  version: (typeof VERSIONS)[number];
  eventId: number;
  registrationId: number;
  token: string;
  signature: string;
  /** The signed part: everything before the last dot. */
  signed: string;
}

const VERSIONS = ['AJ2', 'AJ1'] as const;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ID = /^[1-9]\d{0,17}$/;

/** The parts of a ticket text, or null when it is not an Aanjager ticket at all. */
export function parseTicket(text: string): Ticket | null {
  const parts = text.trim().split('.');
  if (parts.length !== 5) return null;
  const [prefix, eventId, registrationId, token, signature] = parts as [string, string, string, string, string];
  if (!(VERSIONS as readonly string[]).includes(prefix) || !ID.test(eventId) || !ID.test(registrationId)) return null;
  if (!BASE64URL.test(token) || !BASE64URL.test(signature)) return null;
  return {
    version: prefix as Ticket['version'],
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

/** Whether the Ed25519 signature of a ticket is the public key's. */
async function signedByKey(ticket: Ticket, publicKey: string, subtle: SubtleCrypto): Promise<boolean> {
  const key = await subtle.importKey('raw', base64UrlDecode(publicKey), { name: 'Ed25519' }, false, ['verify']);
  return subtle.verify({ name: 'Ed25519' }, key, base64UrlDecode(ticket.signature), new TextEncoder().encode(ticket.signed));
}

/** SHA-256 of a whole ticket text, base64url: how the list names an AJ1 ticket without giving it away. */
export async function ticketDigest(text: string, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  return base64UrlEncode(new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text.trim()))));
}

/** What a phone holds to verify tickets: the list's public key and its attendees' AJ1 digests. */
export interface TicketKeys {
  ticketPublicKey?: string;
  attendees: readonly { registrationId: number; legacyTicketDigest?: string }[];
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
 * Checks a scanned text with what the phone holds: a genuine ticket of this event, one of another
 * event (its signature is not checked here), or not a genuine ticket. A browser without Ed25519
 * in WebCrypto cannot verify: such a ticket is refused offline and left to the server online.
 */
export async function verifyTicket(
  text: string,
  eventId: number,
  keys: TicketKeys,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<TicketCheck> {
  const ticket = parseTicket(text);
  if (!ticket) return { valid: false, reason: 'UNKNOWN_TICKET' };
  if (ticket.eventId !== eventId) return { valid: false, reason: 'WRONG_EVENT', ticket };
  let genuine: boolean;
  try {
    if (ticket.version === 'AJ2') {
      genuine = keys.ticketPublicKey !== undefined && (await signedByKey(ticket, keys.ticketPublicKey, subtle));
    } else {
      const expected = keys.attendees.find((attendee) => attendee.registrationId === ticket.registrationId)?.legacyTicketDigest;
      genuine = expected !== undefined && sameText(expected, await ticketDigest(text, subtle));
    }
  } catch {
    genuine = false;
  }
  return genuine ? { valid: true, ticket } : { valid: false, reason: 'UNKNOWN_TICKET', ticket };
}
