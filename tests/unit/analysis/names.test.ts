import { describe, expect, test } from 'vitest';
import { looksProper, nameAfter, nameBefore, nameStartingAt } from '../../../src/analysis/names.js';

describe('nameBefore / nameAfter', () => {
  test.each([
    ["Halvard's shares", 'Halvard'],
    ['Rival Skyways Air shares', 'Skyways Air'],
    ['Die BRX-', 'BRX'],
    ["Vonkel-", 'Vonkel'],
    ['Kraft Heinz Co shares', 'Kraft Heinz'],
    ['Les titres', null],
  ] as const)('before %s', (text, want) => {
    const cut = text.endsWith(' shares') ? text.length - ' shares'.length : text.length;
    expect(nameBefore(text, cut, 0)?.name ?? null).toBe(want);
  });

  test.each([
    [' Kessler Gold Mines soared', 'Kessler Gold Mines'],
    [' Sociedade Francisco Manuel dos Santos detém', 'Sociedade Francisco Manuel dos Santos'],
    [' Bank of America rose', 'Bank of America'],
    [" d'Airbus.", 'Airbus'],
    [' Prozent', null],
    [' Bitcoin fell', null],
  ] as const)('after %s', (text, want) => {
    expect(nameAfter(text, 0, text.length)?.name ?? null).toBe(want);
  });

  test('a ticker in parentheses after the name', () => {
    const text = 'Orion Bank of Texas (NASDAQ: OBTX) rose 6%.';
    expect(nameAfter(text, 0, text.length)).toMatchObject({ name: 'Orion Bank of Texas', ticker: 'OBTX' });
  });
});

describe('looksProper', () => {
  const check = (text: string) => {
    const n = nameStartingAt(text, 0, text.length);
    return n ? looksProper(text, n, 0) : null;
  };
  test.each([
    ['Dorval a pris 1,5 %.', true],
    ['Traffic rose 5%, and air traffic grew.', false],
    ['Analysts expect more.', false],
    ['Volvió a subir un 3 %.', false],
    ['A Sonae subiu 2%.', true],
    ['Halvard Airways rose 2%.', true],
  ] as const)('%s', (text, want) => {
    expect(check(text)).toBe(want);
  });
});

test('a short form in parentheses names the organisation before it', async () => {
  const { nameEndingAt } = await import('../../../src/analysis/names.js');
  const text = 'La Sociedad Estatal de Participaciones Industriales (SEPI), con un 10 %';
  expect(nameEndingAt(text, text.indexOf(', con'), 0)?.company.name).toBe('SEPI');
});
