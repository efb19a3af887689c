import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { command } from '../../../src/cli/analyze.js';

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  return { out: () => out, err: () => err };
}
afterEach(() => vi.restoreAllMocks());

describe.skipIf(!existsSync('config/entities.yaml'))('dealwire analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dealwire-analyze-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ title: 'Oracle shares soar', text: 'Oracle shares jumped 36% on Wednesday.', lang: 'en' }));
  writeFileSync(join(dir, 'b.txt'), 'Las acciones de Amazon subieron más de un 4 %.');
  writeFileSync(join(dir, 'c.json'), '{ not json');

  test('--help says where spans start', async () => {
    const io = capture();
    expect(await command.run(['--help'])).toBe(0);
    expect(io.out()).toContain('title + "\\n\\n"');
  });

  test('one file -> one JSON object', async () => {
    const io = capture();
    expect(await command.run(['--json', join(dir, 'a.json')])).toBe(0);
    const r = JSON.parse(io.out());
    expect(r).toMatchObject({ language: 'en', stock_moves: [{ company: 'Oracle', ticker: 'ORCL', direction: 'up', pct: 36 }] });
    expect(r.stock_moves[0].span.start).toBeGreaterThanOrEqual('Oracle shares soar\n\n'.length);
  });

  test('a folder -> JSON lines with "file"; a bad file gives exit 1 and the others still run', async () => {
    const io = capture();
    expect(await command.run(['--json', dir])).toBe(1);
    const lines = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'a.json'), join(dir, 'b.txt')]);
    expect(lines[1].stock_moves[0]).toMatchObject({ company: 'Amazon', pct: 4, qualifier: 'more_than' });
    expect(io.err()).toContain('c.json');
  });

  test('missing target: usage error', async () => {
    capture();
    expect(await command.run([])).toBe(2);
    expect(await command.run(['--json', join(dir, 'nope')])).toBe(1);
  });
});
