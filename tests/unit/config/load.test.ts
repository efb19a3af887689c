import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, ConfigError } from '../../../src/shared/config/index.js';

/** A config folder holding the repository's required files plus the given ones. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealwire-config-'));
  copyFileSync('config/entities.yaml', join(dir, 'entities.yaml'));
  copyFileSync('config/rates.yaml', join(dir, 'rates.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('config loading', () => {
  it('loads the repository config with defaults filled in', () => {
    const c = loadConfig('config', {});
    expect(c.app.redis.prefix).toBe('dealwire');
    expect(c.app.concurrency.extract).toBeGreaterThan(0);
    expect(c.app.delivery.retry_schedule_s).toEqual([0, 5, 300, 1800, 7200, 18000, 36000, 36000]);
    expect(c.companies.length).toBeGreaterThanOrEqual(60);
    expect(c.rates.usd_per_unit.EUR).toBeGreaterThan(0);
  });

  it('a minimal folder works: app, feeds and subscriptions are optional', () => {
    const c = loadConfig(folder({}), {});
    expect(c.feeds).toEqual([]);
    expect(c.app.api.port).toBe(8080);
  });

  it('names the file, the key and the problem in one line', () => {
    const dir = folder({ 'app.yaml': 'concurrency:\n  extract: 0\n' });
    const msg = errorOf(() => loadConfig(dir, {}));
    expect(msg).toMatch(/app\.yaml: concurrency\.extract: expected integer to be greater or equal to 1 \(got 0\)$/);
    expect(msg).not.toContain('\n');
  });

  it('refuses unknown keys (a typo is not silently ignored)', () => {
    const msg = errorOf(() => loadConfig(folder({ 'app.yaml': 'concurency:\n  extract: 2\n' }), {}));
    expect(msg).toContain('app.yaml');
    expect(msg.toLowerCase()).toContain('unexpected property');
  });

  it('reports YAML syntax errors with the line', () => {
    const msg = errorOf(() => loadConfig(folder({ 'feeds.yaml': 'feeds:\n  - name: a\n   url: [\n' }), {}));
    expect(msg).toMatch(/feeds\.yaml:\d+: not valid YAML/);
  });

  it('checks feeds: url scheme and duplicate names', () => {
    expect(errorOf(() => loadConfig(folder({ 'feeds.yaml': 'feeds:\n  - name: a\n    url: ftp://x\n' }), {}))).toMatch(/feeds\.yaml: feeds\.0\.url/);
    const dup = 'feeds:\n  - name: a\n    url: http://x/1\n  - name: a\n    url: http://x/2\n';
    expect(errorOf(() => loadConfig(folder({ 'feeds.yaml': dup }), {}))).toMatch(/feeds\.1\.name: duplicate feed name "a"/);
  });

  it('a missing required file says so', () => {
    expect(errorOf(() => loadConfig(mkdtempSync(join(tmpdir(), 'dealwire-empty-')), {}))).toMatch(/entities\.yaml: file not found/);
  });

  it('environment variables override the files', () => {
    const c = loadConfig('config', {
      REDIS_URL: 'redis://elsewhere:6390',
      PORT: '9090',
      DEALWIRE_API_TOKEN: 's3cret',
      LOG_LEVEL: 'debug',
      DEALWIRE_ALLOW_PRIVATE_TARGETS: 'true',
    });
    expect(c.app.redis.url).toBe('redis://elsewhere:6390');
    expect(c.app.api.port).toBe(9090);
    expect(c.apiToken).toBe('s3cret');
    expect(c.logLevel).toBe('debug');
    expect(c.app.delivery.allow_private_targets).toBe(true);
  });

  it('bad environment values are config errors too', () => {
    expect(errorOf(() => loadConfig('config', { PORT: 'eighty' }))).toMatch(/environment PORT: expected a port/);
    expect(errorOf(() => loadConfig('config', { DEALWIRE_ALLOW_PRIVATE_TARGETS: 'maybe' }))).toMatch(/DEALWIRE_ALLOW_PRIVATE_TARGETS/);
  });
});
