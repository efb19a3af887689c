import { describe, expect, test } from 'vitest';
import { parseDigits, scanQuantities } from '../../../src/analysis/numbers.js';
import { tokenize } from '../../../src/analysis/tokens.js';

const values = (text: string, lang: Parameters<typeof scanQuantities>[1]) => scanQuantities(text, lang, tokenize(text)).map((q) => q.value);

describe('digit conventions', () => {
  test.each([
    ['38,000', 'en', 38000],
    ['38.000', 'es', 38000],
    ['38.000', 'de', 38000],
    ['38 000', 'fr', 38000],
    ['38\u00a0000', 'fr', 38000],
    ['38\u202f000', 'fr', 38000],
    ['38’000', 'de', 38000],
    ['1,234,567', 'en', 1234567],
    ['1.234.567', 'pt', 1234567],
    ['17,4', 'fr', 17.4],
    ['3,6', 'pt', 3.6],
    ['4.5', 'en', 4.5],
    ['1.234,5', 'de', 1234.5],
    ['1,234.5', 'en', 1234.5],
    ['0,125', 'es', 0.125],
  ] as const)('%s (%s) = %d', (s, lang, v) => {
    expect(parseDigits(s, lang).value).toBe(v);
  });
});

describe('scale words and the long-scale traps', () => {
  test.each([
    ['$38 billion', 'en', 38e9],
    ['$14.2bn', 'en', 14.2e9],
    ['$300m', 'en', 300e6],
    ['$1.4 trillion', 'en', 1.4e12],
    ['38.000 millones de dólares', 'es', 38e9],
    ['1,4 billones de dólares', 'es', 1.4e12],
    ['un billón de dólares', 'es', 1e12],
    ['10 mil milhões de dólares', 'pt', 10e9],
    ['US$ 300 bilhões', 'pt', 300e9],
    ['1,2 biliões de euros', 'pt', 1.2e12],
    ['17,4 milliards de dollars', 'fr', 17.4e9],
    ['2 billions d’euros', 'fr', 2e12],
    ['250 Mrd. US-Dollar', 'de', 250e9],
    ['6,3 Milliarden US-Dollar', 'de', 6.3e9],
    ['1,4 Billionen Dollar', 'de', 1.4e12],
    ['vier Billionen US-Dollar', 'de', 4e12],
    ['12 Mio. Euro', 'de', 12e6],
    ['50 mil GPUs', 'pt', 50000],
    ['200 mil GPU', 'es', 200000],
    ['un millón de TPU', 'es', 1e6],
    ['cinco millones de GPU', 'es', 5e6],
    ['one million chips', 'en', 1e6],
    ['eine Milliarde Euro', 'de', 1e9],
    ['medio millón de chips', 'es', 5e5],
    ['38,000 millones', 'es', 38e9], // Latin-American grouping before "millones"
  ] as const)('%s (%s)', (text, lang, v) => {
    expect(values(text, lang)[0]).toBeCloseTo(v, -1);
  });

  test('"mil" is a thousand only in Spanish and Portuguese', () => {
    expect(values('50 mil GPUs', 'es')[0]).toBe(50000);
    expect(values('50 mil', 'en')[0]).toBe(50);
  });

  test('model names and years are not read as signed numbers', () => {
    expect(values('the WSE-3 chip', 'en')).toEqual([]);
    expect(values('NVL72 racks', 'en')).toEqual([]);
  });
});

test('number words belong to their language ("dos chips" is not two chips in Portuguese)', () => {
  expect(values('o gigante dos chips de IA', 'pt')).toEqual([]);
  expect(values('dos millones de chips', 'es')).toEqual([2e6]);
  expect(values('U$S 4,5 billones', 'es')).toEqual([4.5e12]);
});

test.each([
  ['forty billion dollars', 'en', 40e9],
  ['cuarenta mil millones de dólares', 'es', 40e9],
  ['quarenta bilhões de dólares', 'pt', 40e9],
  ['quarante milliards de dollars', 'fr', 40e9],
  ['vierzig Milliarden Dollar', 'de', 40e9],
  ['dezoito mil GPUs', 'pt', 18000],
])('tens in words: %s', (text, lang, want) => {
  expect(values(text, lang as Parameters<typeof scanQuantities>[1])[0]).toBe(want);
});
