import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { sign, signedHeaders, verify, webhookId } from '../../../src/delivery/sign.js';
import { generateSecret } from '../../../src/subscriptions/secrets.js';

const body = JSON.stringify({ type: 'deal.detected', timestamp: '2025-11-03T14:05:00Z', data: { alert_id: 'a1' } });

describe('Standard Webhooks signing', () => {
  it('is verified by the standardwebhooks package', () => {
    const secret = generateSecret();
    const headers = signedHeaders([secret], 'msg_1', new Date(), body);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('matches the package signature byte for byte', () => {
    const secret = generateSecret();
    const at = new Date('2025-11-03T14:05:00Z');
    expect(sign(secret, 'msg_x', Math.floor(at.getTime() / 1000), body)).toBe(new Webhook(secret).sign('msg_x', at, body));
  });

  it('signs with every secret, space-separated, each verifiable on its own', () => {
    const [a, b] = [generateSecret(), generateSecret()];
    const headers = signedHeaders([a, b], 'msg_2', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const s of [a, b]) expect(() => new Webhook(s).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(generateSecret()).verify(body, { ...headers })).toThrow();
  });

  it('verify() accepts good signatures and refuses tampering, wrong secrets and stale timestamps', () => {
    const secret = generateSecret();
    const headers = signedHeaders([generateSecret(), secret], 'msg_3', new Date(), body);
    expect(verify(secret, headers, body)).toBe(true);
    expect(verify(secret, headers, body + ' ')).toBe(false);
    expect(verify(generateSecret(), headers, body)).toBe(false);
    expect(verify(secret, { ...headers, 'webhook-id': 'msg_4' }, body)).toBe(false);
    expect(verify(secret, headers, body, { now: new Date(Date.now() + 10 * 60_000) })).toBe(false);
  });

  it('webhook-id is stable per event and subscription', () => {
    expect(webhookId('e1', 's1')).toBe(webhookId('e1', 's1'));
    expect(webhookId('e1', 's1')).not.toBe(webhookId('e1', 's2'));
    expect(webhookId('e1', 's1')).toMatch(/^msg_[0-9a-f]{20}$/);
  });

  it('refuses to sign without a valid whsec_ secret', () => {
    expect(() => signedHeaders([], 'm', new Date(), body)).toThrow();
    expect(() => sign('not-a-secret', 'm', 1, body)).toThrow(/whsec_/);
    expect(() => sign('whsec_c2hvcnQ=', 'm', 1, body)).toThrow(/24 to 64/);
  });
});
