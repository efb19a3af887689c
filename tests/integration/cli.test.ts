// The dealwire command as a user runs it: the built bin, real Redis, real signals.
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REDIS_URL, testPrefix } from '../helpers/context.js';
import { dropPrefix } from '../../src/shared/redis.js';

const BIN = 'bin/dealwire.js';
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, REDIS_URL, ...env }, timeout: 120_000 });

describe('dealwire CLI', () => {
  it('--help lists every command, and each command has its own help', () => {
    const top = run(['--help']);
    expect(top.status).toBe(0);
    for (const c of ['start', 'analyze', 'demo', 'status', 'feeds', 'replay']) {
      expect(top.stdout).toContain(c);
      const sub = run([c, '--help']);
      expect(sub.status, c).toBe(0);
      expect(sub.stdout, c).toMatch(/Usage:\s+dealwire/);
    }
  }, 120_000); // seven cold starts of the CLI in a row: a hang guard, generous for a loaded machine

  it('an unknown role is refused with the list of roles', () => {
    const r = run(['start', '--roles', 'poll,extrct']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown role "extrct"');
    expect(r.stderr).toContain('poll, classify, extract, alert, deliver, api');
  });

  it('without Redis, start says in one line where it looked and how to get Redis', () => {
    const r = run(['start', '--roles', 'classify'], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot reach Redis at redis://127.0.0.1:1');
    expect(r.stderr).toContain('redis-server');
  });

  it('a bad config file stops the start with one line naming file, key and problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealwire-badcfg-'));
    for (const f of ['entities.yaml', 'rates.yaml']) copyFileSync(join('config', f), join(dir, f));
    writeFileSync(join(dir, 'app.yaml'), 'api:\n  port: 99999\n');
    const r = run(['start'], { DEALWIRE_CONFIG: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/config error: .*app\.yaml: api\.port: .*65535.*99999/);
  });

  it('the api role refuses to start without a token', () => {
    const r = run(['start', '--roles', 'api'], { DEALWIRE_API_TOKEN: '', DEALWIRE_REDIS_PREFIX: testPrefix() });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('DEALWIRE_API_TOKEN is not set');
  });

  it('start runs until SIGTERM, then closes its workers and exits 0', async () => {
    const prefix = testPrefix();
    const child = spawn(process.execPath, [BIN, 'start', '--roles', 'classify,extract,alert'], {
      env: { ...process.env, REDIS_URL, DEALWIRE_REDIS_PREFIX: prefix, LOG_LEVEL: 'info' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const started = await new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), 15_000);
      child.stdout.on('data', () => out.includes('dealwire started') && (clearTimeout(t), resolve(true)));
    });
    expect(started).toBe(true);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toContain('shutting down');
    await dropPrefix(REDIS_URL, prefix);
  }, 30_000);

  it('demo without Redis starts a private redis-server when one is installed', () => {
    const r = run(['demo', '--once', '--timeout', '60'], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no Redis at redis:\/\/127\.0\.0\.1:1.*started a private redis-server/);
    expect(r.stdout).toContain('demo complete');
  }, 120_000);

  it('demo without Redis and without redis-server says where it looked and how to get Redis', () => {
    const r = run(['demo', '--once'], { REDIS_URL: 'redis://127.0.0.1:1', PATH: mkdtempSync(join(tmpdir(), 'dealwire-nopath-')) });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot reach Redis at redis://127.0.0.1:1');
  });

  it('demo --once runs the sample stories through the whole pipeline and exits 0', () => {
    const r = run(['demo', '--once', '--timeout', '60']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('deal.detected');
    expect(r.stdout).toContain('signature verified');
    expect(r.stdout).toMatch(/demo complete: \d+ alerts delivered and verified for \d+ stories/);
  }, 120_000);
});
