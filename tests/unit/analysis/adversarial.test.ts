// Hostile input must come back with a sane result. Its cost is measured, not asserted:
// bench/analyze.mjs times each of these cases; catastrophic backtracking would show
// there, and here as a test timeout.
import { expect, test } from 'vitest';
import { analyze, analyzer } from './fixtures/companies.js';

test.each([
  ['empty text', ''],
  ['1 MB of digits', '7'.repeat(1 << 20)],
  ['1 MB of grouped digits', '1,234.'.repeat(175_000)],
  ['10k currency symbols', '$€£¥'.repeat(2_500) + ' 5 billion'],
  ['10k amounts in one sentence', 'US$ 1 bilhão com a Nscale, '.repeat(10_000)],
  ['deeply nested punctuation', '('.repeat(20_000) + '$1.5 billion' + ')'.repeat(20_000)],
  ['mixed scripts', 'Nvidia 英伟达 заключила сделку на 10 млрд долларов مع OpenAI 💹 '.repeat(2_000)],
  ['100k percent signs', '5 % '.repeat(100_000)],
  ['a 200 KB sentence', 'Oracle shares rose and '.repeat(9_000) + '4%'],
  ['only separators', '.,;:—–-'.repeat(50_000)],
  ['6k amounts without a currency', 'Acordó 5 millones para comprar. '.repeat(6_000)],
])('%s', (_name, text) => {
  const r = analyze(text);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(r.deals) && Array.isArray(r.stock_moves)).toBe(true);
});

test('spans point into title + "\\n\\n" + text', () => {
  const title = 'Oracle shares soar';
  const text = 'Oracle shares jumped 36% on Wednesday.';
  const m = analyze(text).stock_moves[0]!;
  expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  const full = `${title}\n\n${text}`;
  const t = analyzer.analyze({ title, text }).stock_moves[0]!;
  expect(full.slice(t.span.start, t.span.end)).toBe(t.span.text);
  expect(t.span.start).toBeGreaterThanOrEqual(title.length + 2);
});
