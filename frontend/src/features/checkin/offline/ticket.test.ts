/// <reference types="node" />
// Node's crypto signs tickets here as the backend does; the app itself is built without Node's types.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseTicket, verifyTicket } from '@/features/checkin/offline/ticket';

// A known vector, computed here with Node's crypto exactly as the backend signs tickets.
const key = randomBytes(32);
const ticketKey = key.toString('base64url');
const signed = 'AJ1.7.42.yKkTHn44cvA9UC56gVgM1Q';
const signature = createHmac('sha256', key).update(signed).digest().subarray(0, 16).toString('base64url');
const ticket = `${signed}.${signature}`;

describe('ticket verification', () => {
  it('parses the parts of a ticket', () => {
    expect(parseTicket(ticket)).toEqual({ eventId: 7, registrationId: 42, token: 'yKkTHn44cvA9UC56gVgM1Q', signature, signed });
    expect(parseTicket('https://example.org')).toBeNull();
    expect(parseTicket('AJ2.7.42.token.sig')).toBeNull();
    expect(parseTicket('AJ1.x.42.token.sig')).toBeNull();
  });

  it('accepts a genuine ticket of the event', async () => {
    const result = await verifyTicket(ticket, 7, ticketKey);
    expect(result).toEqual({ valid: true, ticket: parseTicket(ticket) });
  });

  it('verifies the real demo vector of the backend', async () => {
    const demo = 'AJ1.1.1.yKkTHn44cvA9UC56gVgM1Q.oqVKeQDIPBB5E1iUUESbow';
    expect((await verifyTicket(demo, 1, 'XytDLzvq7hrHl1zy11kLWwaIzChBB0LVyPbckLkB784')).valid).toBe(true);
  });

  it('refuses a forged signature, another registration with this signature, and another key', async () => {
    const forged = `${signed}.${'A'.repeat(22)}`;
    expect(await verifyTicket(forged, 7, ticketKey)).toMatchObject({ valid: false, reason: 'UNKNOWN_TICKET' });
    const swapped = `AJ1.7.43.yKkTHn44cvA9UC56gVgM1Q.${signature}`;
    expect(await verifyTicket(swapped, 7, ticketKey)).toMatchObject({ valid: false, reason: 'UNKNOWN_TICKET' });
    const otherKey = randomBytes(32).toString('base64url');
    expect(await verifyTicket(ticket, 7, otherKey)).toMatchObject({ valid: false, reason: 'UNKNOWN_TICKET' });
    expect(await verifyTicket('not a ticket', 7, ticketKey)).toMatchObject({ valid: false, reason: 'UNKNOWN_TICKET' });
  });

  it('says a ticket of another event is for the wrong event', async () => {
    expect(await verifyTicket(ticket, 8, ticketKey)).toMatchObject({ valid: false, reason: 'WRONG_EVENT' });
  });
});
