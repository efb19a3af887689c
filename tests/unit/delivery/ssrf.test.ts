import { describe, expect, it } from 'vitest';
import { blockedReason, checkUrl, vetTarget, TargetRefusedError, type Resolver } from '../../../src/delivery/ssrf.js';

const strict = { requireHttps: true, allowPrivateTargets: false };
const dev = { requireHttps: false, allowPrivateTargets: true };
const fixed = (...addresses: string[]): Resolver => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('blockedReason', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.255', '192.168.1.1',
    '169.254.169.254', '169.254.1.1', '100.64.0.1', '100.127.255.255', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:169.254.169.254', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:7f00:1::', '::127.0.0.1',
  ])('refuses %s', (ip) => {
    expect(blockedReason(ip)).not.toBeNull();
  });

  it.each(['93.184.216.34', '8.8.8.8', '100.128.0.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001:80b::200e'])(
    'allows public %s',
    (ip) => {
      expect(blockedReason(ip)).toBeNull();
    },
  );

  it('names the metadata address', () => {
    expect(blockedReason('169.254.169.254')).toBe('cloud metadata');
  });
});

describe('checkUrl / vetTarget', () => {
  it('requires https unless configured otherwise, and refuses other schemes always', () => {
    expect(() => checkUrl('http://example.com/hook', strict)).toThrow(/https is required/);
    expect(() => checkUrl('ftp://example.com/', dev)).toThrow(TargetRefusedError);
    expect(() => checkUrl('not a url', dev)).toThrow(/valid URL/);
    expect(checkUrl('http://example.com/hook', { ...strict, requireHttps: false }).hostname).toBe('example.com');
  });

  it.each(['https://127.0.0.1/', 'https://10.1.2.3/x', 'https://169.254.169.254/latest/meta-data', 'https://[::1]:8443/', 'https://[::ffff:127.0.0.1]/', 'https://2130706433/', 'https://0x7f.1/'])(
    'refuses the IP literal in %s',
    async (url) => {
      await expect(vetTarget(url, strict)).rejects.toThrow(TargetRefusedError);
    },
  );

  it('refuses a host name that resolves to a private address, even among public ones', async () => {
    await expect(vetTarget('https://hooks.example.com/', strict, fixed('127.0.0.1'))).rejects.toThrow(/resolves to 127.0.0.1/);
    await expect(vetTarget('https://hooks.example.com/', strict, fixed('93.184.216.34', '10.0.0.5'))).rejects.toThrow(/10.0.0.5/);
    await expect(vetTarget('https://hooks.example.com/', strict, fixed('93.184.216.34'))).resolves.toHaveLength(1);
  });

  it('refuses localhost through real DNS', async () => {
    await expect(vetTarget('https://localhost/', strict)).rejects.toThrow(/loopback/);
  });

  it('refuses a name that does not resolve', async () => {
    await expect(vetTarget('https://nonexistent.invalid/', strict)).rejects.toThrow(/does not resolve/);
  });

  it('lets everything through when private targets are allowed (development)', async () => {
    await expect(vetTarget('http://127.0.0.1:9/', dev)).resolves.toEqual([{ address: '127.0.0.1', family: 4 }]);
  });
});
