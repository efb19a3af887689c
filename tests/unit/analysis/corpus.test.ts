// Runs the analyser with the project's config on the labelled stories (../shared/corpus/dev
// and tests/stories) and scores them with the shared scorer. Prints the scores; asserts only
// sane minimums, so tuning does not make this test brittle.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadAnalyzer } from '../../../src/analysis/index.js';

const SCORER = '../shared/tools/score-corpus.mjs';
const sets = ['../shared/corpus/dev', 'tests/stories'].filter((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.json')));

interface Score {
  detection: { f1: number };
  deal_amounts: { f1: number };
  deal_parties_exact: number;
  stock_moves: { f1: number };
  power_mw: { f1: number };
}

describe.skipIf(!existsSync(SCORER) || !existsSync('config/entities.yaml'))('labelled corpora', () => {
  const analyzer = loadAnalyzer('config');
  test.each(sets)('%s', (dir) => {
    const lines = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
      const s = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { title?: string; text: string; lang?: string };
      return JSON.stringify({ file: join(dir, f), ...analyzer.analyze({ text: s.text, ...(s.title ? { title: s.title } : {}), ...(s.lang ? { lang: s.lang } : {}) }) });
    });
    const pred = join(mkdtempSync(join(tmpdir(), 'dealwire-')), 'pred.jsonl');
    writeFileSync(pred, lines.join('\n'));
    const out = execFileSync('node', [SCORER, dir, '--pred', pred], { encoding: 'utf8' });
    console.log(`${dir}\n${out}`);
    const score = JSON.parse(out.trim().split('\n').pop()!) as Score;
    expect(score.detection.f1).toBeGreaterThan(0.8);
    expect(score.deal_amounts.f1).toBeGreaterThan(0.75);
    expect(score.deal_parties_exact).toBeGreaterThan(0.75);
    expect(score.stock_moves.f1).toBeGreaterThan(0.8);
    expect(score.power_mw.f1).toBeGreaterThan(0.8);
  });
});
