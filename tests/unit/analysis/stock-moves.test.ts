import { describe, expect, test } from 'vitest';
import { analyze } from './fixtures/companies.js';

const moves = (text: string, lang: string) => analyze(text, lang).stock_moves.map((m) => [m.company, m.direction, m.pct, m.qualifier]);

describe('stock moves in every language', () => {
  test.each([
    ['Oracle shares jumped 36% on Wednesday.', 'en', [['Oracle', 'up', 36, 'exact']]],
    ['AMZN +4.2% in early trading.', 'en', [['Amazon', 'up', 4.2, 'exact']]],
    ['Shares of Kraft Heinz fell 7% on the day.', 'en', [['Kraft Heinz', 'down', 7, 'exact']]],
    ['Amazon (AMZN) shares rose more than 4%, while Microsoft ended little changed.', 'en', [['Amazon', 'up', 4, 'more_than']]],
    ['Oracle lost 3.8 percent and CoreWeave sank 5.1%.', 'en', [['Oracle', 'down', 3.8, 'exact'], ['CoreWeave', 'down', 5.1, 'exact']]],
    ['Shares of Microsoft and Amazon.com slipped 1.5% and 1.8%, respectively.', 'en', [['Microsoft', 'down', 1.5, 'exact'], ['Amazon', 'down', 1.8, 'exact']]],
    ['Nebius shares jumped 22% in morning trading and were recently up 16.4%.', 'en', [['Nebius', 'up', 22, 'exact'], ['Nebius', 'up', 16.4, 'exact']]],
    ['Tras la noticia, las acciones de Amazon subieron más de un 4 %.', 'es', [['Amazon', 'up', 4, 'more_than']]],
    ['Los títulos de Alphabet ganaron un 0,6 %, mientras que los de Meta cayeron un 0,3 %.', 'es', [['Google', 'up', 0.6, 'exact'], ['Meta', 'down', 0.3, 'exact']]],
    ['As ações da AMD subiram cerca de 1%, enquanto as da Oracle recuaram 2,9%.', 'pt', [['AMD', 'up', 1, 'about'], ['Oracle', 'down', 2.9, 'exact']]],
    ["À Wall Street, l'action Nebius (Nasdaq : NBIS) s'est envolée de près de 50 %.", 'fr', [['Nebius', 'up', 50, 'about']]],
    ['Die Nvidia-Aktie fiel um 3 Prozent.', 'de', [['Nvidia', 'down', 3, 'exact']]],
    ['Die T-Aktie (Xetra: DTE) legte am Vormittag um 1,3 Prozent zu.', 'de', [['Deutsche Telekom', 'up', 1.3, 'exact']]],
    ['Die Papiere von AMD gaben um gut 7 Prozent nach.', 'de', [['AMD', 'down', 7, 'more_than']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });

  test('the stock named earlier: "The stock had fallen roughly 8%"', () => {
    expect(moves('Shares of Nvidia rose about 5% in extended trading. The stock had fallen roughly 8% in November.', 'en'))
      .toEqual([['Nvidia', 'up', 5, 'about'], ['Nvidia', 'down', 8, 'about']]);
  });
});

describe('percentages that are not stock moves', () => {
  test.each([
    ['Revenue in the third quarter rose 62% from a year earlier.', 'en'],
    ['The Nasdaq Composite dropped 2.0% and the S&P 500 lost 1.2%.', 'en'],
    ['Microsoft accounted for about 62% of its revenue last year.', 'en'],
    ['The analyst said it could add about 1.5 percentage points to AWS growth.', 'en'],
    ['El Ibex 35 cerró con una ganancia del 0,4 %.', 'es'],
    ['Microsoft abonará por adelantado un 20 % del importe total.', 'es'],
    ['Im abgelaufenen Quartal wuchs der Umsatz von Azure um 40 Prozent.', 'de'],
    ['Le CAC 40 a gagné 1,3 %.', 'fr'],
  ])('%s', (text, lang) => {
    expect(moves(text, lang)).toEqual([]);
  });
});

describe('wire-style variants', () => {
  test.each([
    ['Shares in Oracle rose 3.5 per cent in early trade.', 'en', [['Oracle', 'up', 3.5, 'exact']]],
    ['Oracle rose as much as 36% on Wednesday.', 'en', [['Oracle', 'up', 36, 'up_to']]],
    ['Le titre Nvidia a pris 3 % à Wall Street.', 'fr', [['Nvidia', 'up', 3, 'exact']]],
    ['Las acciones de Oracle se dispararon un 5 % y las de AMD, un 2 %.', 'es', [['Oracle', 'up', 5, 'exact'], ['AMD', 'up', 2, 'exact']]],
    ['As ações da Nvidia fecharam em alta de 2,5%.', 'pt', [['Nvidia', 'up', 2.5, 'exact']]],
    ['Die Nvidia-Papiere verteuerten sich um 3 Prozent.', 'de', [['Nvidia', 'up', 3, 'exact']]],
    ['Seit Jahresbeginn hat das Papier der Telekom rund 12 Prozent an Wert eingebüßt.', 'de', [['Deutsche Telekom', 'down', 12, 'about']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

describe('lists of companies', () => {
  test('"each" gives every listed company the move', () => {
    expect(moves('Meta fell about 3%. Oracle, Amazon and Microsoft each fell about 0.5%.', 'en').map((m) => m[0])).toEqual(['Meta', 'Oracle', 'Amazon', 'Microsoft']);
  });
  test('as many companies as figures pair in order, even without "respectively"', () => {
    expect(moves('It sparked a sell-off in tech stocks with Amazon.com and Nvidia down 4.5% and 10%.', 'en'))
      .toEqual([['Amazon', 'down', 4.5, 'exact'], ['Nvidia', 'down', 10, 'exact']]);
  });
});

describe('growth of an amount is not a move', () => {
  test('"Alphabet ganó 53.108 millones de dólares, un 15 % más" / "una caída del 6 % de las acciones de Alphabet"', () => {
    expect(moves('Alphabet ganó 53.108 millones de dólares, un 15 % más. Hubo una caída del 6 % de las acciones de Alphabet.', 'es'))
      .toEqual([['Google', 'down', 6, 'exact']]);
  });
});
