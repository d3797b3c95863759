/// <reference types="node" />
// Node's crypto signs tickets here as the backend does; the app itself is built without Node's types.
import { createHash, createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseTicket, verifyTicket, type TicketKeys } from '@/features/checkin/offline/ticket';

// The backend's key pair, as a phone never sees it: only the public half goes into the list.
const backend = generateKeyPairSync('ed25519');
const publicKey = backend.publicKey.export({ format: 'jwk' }).x!;
const signed = 'AJ2.7.42.yKkTHn44cvA9UC56gVgM1Q';
const signature = sign(null, Buffer.from(signed), backend.privateKey).toString('base64url');
const ticket = `${signed}.${signature}`;

// A ticket sent before Ed25519 and the digest the list carries for it.
const oldKey = randomBytes(32);
const legacySigned = 'AJ1.7.41.Zm9vYmFyYmF6cXV4cXV1eA';
const legacy = `${legacySigned}.${createHmac('sha256', oldKey).update(legacySigned).digest().subarray(0, 16).toString('base64url')}`;
const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

const phone: TicketKeys = {
  ticketPublicKey: publicKey,
  attendees: [
    { registrationId: 41, legacyTicketDigest: digest(legacy) },
    { registrationId: 42, legacyTicketDigest: digest('AJ1.7.42.yKkTHn44cvA9UC56gVgM1Q.whatever') },
  ],
};

describe('ticket verification', () => {
  it('parses the parts of a ticket of either version', () => {
    expect(parseTicket(ticket)).toEqual({ version: 'AJ2', eventId: 7, registrationId: 42, token: 'yKkTHn44cvA9UC56gVgM1Q', signature, signed });
    expect(parseTicket(legacy)?.version).toBe('AJ1');
    expect(parseTicket('https://example.org')).toBeNull();
    expect(parseTicket('AJ3.7.42.token.sig')).toBeNull();
    expect(parseTicket('AJ2.x.42.token.sig')).toBeNull();
  });

  it('accepts a genuine ticket of the event with the public key alone', async () => {
    expect(await verifyTicket(ticket, 7, phone)).toEqual({ valid: true, ticket: parseTicket(ticket) });
  });

  it('verifies the real demo vector of the backend', async () => {
    // the backend makes exactly these from the demo signing key of application.properties (TicketsTest)
    const demo = 'AJ2.1.1.yKkTHn44cvA9UC56gVgM1Q.B9l66fRcGKOGZdf4nmZEAvgR-IWIm4FUwmi3-huAO7SfmXTFsLD0jfbbMUl73wJxRmDio4czHSFm7nYR3EDLDQ';
    expect((await verifyTicket(demo, 1, { ticketPublicKey: 'q3fBMh7bGa-ohe9hEfhPWu9FC6bupw1oShOyg9DjLnU', attendees: [] })).valid).toBe(true);
  });

  it('refuses every ticket a door phone could make from what it holds', async () => {
    // signed with a key of its own
    const own = generateKeyPairSync('ed25519');
    const ownSignature = sign(null, Buffer.from(signed), own.privateKey).toString('base64url');
    expect(await verifyTicket(`${signed}.${ownSignature}`, 7, phone)).toMatchObject({ valid: false, reason: 'UNKNOWN_TICKET' });
    // an HMAC keyed with the public key, in the old format
    const publicAsSecret = createHmac('sha256', Buffer.from(publicKey, 'base64url')).update('AJ1.7.42.yKkTHn44cvA9UC56gVgM1Q')
      .digest().subarray(0, 16).toString('base64url');
    expect(await verifyTicket(`AJ1.7.42.yKkTHn44cvA9UC56gVgM1Q.${publicAsSecret}`, 7, phone)).toMatchObject({ valid: false });
    // the digest of the list passed off as a signature, the signature of another registration
    expect(await verifyTicket(`AJ1.7.41.Zm9vYmFyYmF6cXV4cXV1eA.${phone.attendees[0]!.legacyTicketDigest}`, 7, phone)).toMatchObject({ valid: false });
    expect(await verifyTicket(`AJ2.7.43.yKkTHn44cvA9UC56gVgM1Q.${signature}`, 7, phone)).toMatchObject({ valid: false });
    expect(await verifyTicket(`${signed}.${'A'.repeat(86)}`, 7, phone)).toMatchObject({ valid: false });
    expect(await verifyTicket('not a ticket', 7, phone)).toMatchObject({ valid: false, reason: 'UNKNOWN_TICKET' });
  });

  it('admits a ticket sent before Ed25519 by its digest in the list, and only that one', async () => {
    expect(await verifyTicket(legacy, 7, phone)).toMatchObject({ valid: true });
    expect(await verifyTicket(`  ${legacy} `, 7, phone)).toMatchObject({ valid: true });
    expect(await verifyTicket(legacy.replace('AJ1.7.41.', 'AJ1.7.42.'), 7, phone)).toMatchObject({ valid: false });
  });

  it('cannot verify with a list stored before Ed25519 and says a ticket of another event is for the wrong event', async () => {
    expect(await verifyTicket(ticket, 7, { attendees: [] })).toMatchObject({ valid: false, reason: 'UNKNOWN_TICKET' });
    expect(await verifyTicket(ticket, 8, phone)).toMatchObject({ valid: false, reason: 'WRONG_EVENT' });
  });
});
