// SSRF guard for webhook targets. A subscriber chooses the URL, so without this
// dealwire could be made to POST into its own network (Redis, cloud metadata,
// admin panels). Addresses are judged here; post.ts judges them again at
// connect time, so a name that re-resolves to a private address (DNS
// rebinding) is still refused.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface TargetPolicy {
  requireHttps: boolean;
  allowPrivateTargets: boolean;
}

export class TargetRefusedError extends Error {
  override name = 'TargetRefusedError';
  readonly code = 'DEALWIRE_TARGET_REFUSED';
}

type Range = [bytes: number[], bits: number, label: string];

const V4_BLOCKED: Range[] = [
  [[0, 0, 0, 0], 8, 'this network (0.0.0.0/8)'],
  [[10, 0, 0, 0], 8, 'private (10/8)'],
  [[100, 64, 0, 0], 10, 'carrier-grade NAT (100.64/10)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 169, 254], 32, 'cloud metadata'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private (172.16/12)'],
  [[192, 0, 0, 0], 24, 'IETF protocol assignments'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 168, 0, 0], 16, 'private (192.168/16)'],
  [[198, 18, 0, 0], 15, 'benchmarking'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved / broadcast'],
];

const V6_BLOCKED: Range[] = [
  [[...Array(16).fill(0)], 128, 'unspecified (::)'],
  [[...Array(15).fill(0), 1], 128, 'loopback (::1)'],
  [[0x01, 0x00, ...Array(6).fill(0)], 64, 'discard (100::/64)'],
  [[0x20, 0x01, 0x00, 0x00], 32, 'Teredo tunnel'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0xfc, 0], 7, 'unique-local (fc00::/7)'],
  [[0xfe, 0x80], 10, 'link-local (fe80::/10)'],
  [[0xfe, 0xc0], 10, 'site-local (fec0::/10)'],
  [[0xff, 0], 8, 'multicast'],
  // IPv4-compatible (deprecated) addresses reach IPv4 hosts on some stacks.
  [[...Array(12).fill(0)], 96, 'IPv4-compatible IPv6'],
];

function inRange(addr: number[], [base, bits]: Range): boolean {
  for (let i = 0; i < bits; i += 8) {
    const take = Math.min(8, bits - i);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((addr[i / 8] ?? 0) & mask) !== ((base[i / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function v4Bytes(s: string): number[] {
  return s.split('.').map(Number);
}

/** 16 bytes of an IPv6 address (zone id dropped, embedded dotted IPv4 allowed). */
function v6Bytes(s: string): number[] {
  const [head = '', tail] = s.split('%')[0]!.split('::');
  const groups = (part: string): number[] => {
    if (!part) return [];
    return part.split(':').flatMap((g) => {
      if (g.includes('.')) {
        const [a = 0, b = 0, c = 0, d = 0] = v4Bytes(g);
        return [(a << 8) | b, (c << 8) | d];
      }
      return [parseInt(g, 16)];
    });
  };
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const words = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill(0), ...t];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/** Why an IP address must not be a webhook target, or null when it is a public address. */
export function blockedReason(ip: string): string | null {
  const family = isIP(ip.split('%')[0] ?? '');
  if (family === 4) {
    const b = v4Bytes(ip);
    return V4_BLOCKED.find((r) => inRange(b, r))?.[2] ?? null;
  }
  if (family !== 6) return 'not an IP address';
  const b = v6Bytes(ip);
  // IPv4 inside IPv6 (mapped ::ffff:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as the IPv4 it carries.
  const embedded =
    inRange(b, [[...Array(10).fill(0), 0xff, 0xff], 96, '']) || inRange(b, [[0x00, 0x64, 0xff, 0x9b, ...Array(8).fill(0)], 96, ''])
      ? b.slice(12)
      : inRange(b, [[0x20, 0x02], 16, ''])
        ? b.slice(2, 6)
        : null;
  if (embedded) {
    const inner = blockedReason(embedded.join('.'));
    return inner && `${inner} (inside IPv6)`;
  }
  return V6_BLOCKED.find((r) => inRange(b, r))?.[2] ?? null;
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Checks what can be checked without DNS: scheme, https, and the host when it is an IP literal. */
export function checkUrl(raw: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefusedError('not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefusedError(`scheme ${url.protocol} is not allowed`);
  if (policy.requireHttps && url.protocol !== 'https:') throw new TargetRefusedError('https is required');
  const host = hostOf(url);
  if (isIP(host)) checkAddress(host, policy);
  return url;
}

export function checkAddress(ip: string, policy: TargetPolicy): void {
  if (policy.allowPrivateTargets) return;
  const reason = blockedReason(ip);
  if (reason) throw new TargetRefusedError(`address ${ip} is ${reason}`);
}

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Resolves a host name and refuses it when ANY of its addresses is blocked: an
 * attacker controlling DNS could otherwise mix a public and a private answer.
 * Returns the vetted addresses, which are the only ones to connect to.
 */
export async function vetHost(host: string, policy: TargetPolicy, resolve: Resolver = systemResolver): Promise<ResolvedAddress[]> {
  const family = isIP(host);
  if (family) {
    checkAddress(host, policy);
    return [{ address: host, family }];
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch (err) {
    throw new TargetRefusedError(`host ${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (addresses.length === 0) throw new TargetRefusedError(`host ${host} does not resolve`);
  for (const a of addresses) {
    if (!policy.allowPrivateTargets && blockedReason(a.address)) {
      throw new TargetRefusedError(`host ${host} resolves to ${a.address}, which is ${blockedReason(a.address)}`);
    }
  }
  return addresses;
}

/** The whole check of a subscription URL: scheme, https, and every address its host resolves to. */
export async function vetTarget(raw: string, policy: TargetPolicy, resolve: Resolver = systemResolver): Promise<ResolvedAddress[]> {
  return vetHost(hostOf(checkUrl(raw, policy)), policy, resolve);
}
