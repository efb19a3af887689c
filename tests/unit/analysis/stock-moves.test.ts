import { describe, expect, test } from 'vitest';
import { analyze, analyzer } from './fixtures/companies.js';
import { loadAnalyzer } from '../../../src/analysis/index.js';

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

// Realistic articles name many companies outside the gazetteer: a capitalised name in
// subject position of a share-move verb, or next to a stock noun, is the company.
describe('companies outside the gazetteer', () => {
  test.each([
    ['Competitor Halvard Airways gained 2.2% in afternoon trading.', 'en', [['Halvard Airways', 'up', 2.2, 'exact']]],
    ["Brandt's shares rose 4.8% in premarket trading.", 'en', [['Brandt', 'up', 4.8, 'exact']]],
    ['Shares of Kessler Gold Mines soared 12% on Monday.', 'en', [['Kessler Gold Mines', 'up', 12, 'exact']]],
    ['Orion Bank of Texas (NASDAQ: OBTX) rose 6% after earnings.', 'en', [['Orion Bank of Texas', 'up', 6, 'exact']]],
    ['Larsen shares remain about 45% below their record high.', 'en', [['Larsen', 'down', 45, 'about']]],
    ['Tras los resultados, Marzal perdió un 1,2 % en la Bolsa de París.', 'es', [['Marzal', 'down', 1.2, 'exact']]],
    ['Las acciones de Norvento se disparaban un 5,3 % a media sesión.', 'es', [['Norvento', 'up', 5.3, 'exact']]],
    ['A Cortelha liderou as perdas, ao cair 3,6%, e a Mota-Engil recuava 1,1%.', 'pt', [['Cortelha', 'down', 3.6, 'exact'], ['Mota-Engil', 'down', 1.1, 'exact']]],
    ['Os papéis da Ribafria acumulam valorização de 38% no ano.', 'pt', [['Ribafria', 'up', 38, 'exact']]],
    ["L'action Valmonde a gagné 2,3 % vendredi.", 'fr', [['Valmonde', 'up', 2.3, 'exact']]],
    ['Les titres Dorval ont cédé 0,9 % à la clôture.', 'fr', [['Dorval', 'down', 0.9, 'exact']]],
    ['Le titre Corvane avait alors bondi de près de 50 %.', 'fr', [['Corvane', 'up', 50, 'about']]],
    ['Vonkel-Titel legten um 1,1 Prozent zu.', 'de', [['Vonkel', 'up', 1.1, 'exact']]],
    ['Die BRX-Aktie gab um 2 Prozent nach.', 'de', [['BRX', 'down', 2, 'exact']]],
    ['Die Papiere von Halmer stiegen um 4 Prozent.', 'de', [['Halmer', 'up', 4, 'exact']]],
    ['Die Aktien von Grauwerk Energy sind am Dienstag um 5 Prozent gestiegen.', 'de', [['Grauwerk Energy', 'up', 5, 'exact']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });

  test('the ticker in parentheses after the name is kept', () => {
    expect(analyze('Shares of Halcyon Grid (NYSE: HGRD) jumped 18%.', 'en').stock_moves[0]?.ticker).toBe('HGRD');
  });

  test('German nouns are capitalised: a bare noun before a verb is not a company', () => {
    expect(moves('Der Auftragseingang stieg um 4 Prozent. Die Nachfrage fiel um 2 Prozent.', 'de')).toEqual([]);
  });

  test('a sentence-initial common noun is not a company ("Traffic rose 5%", "bitcoin")', () => {
    expect(moves('Traffic rose 5% in October, and air traffic is expected to grow. Bitcoin fell 3% to $90,000.', 'en')).toEqual([]);
  });

  test('a pro-drop verb opening a Spanish sentence is not a company', () => {
    expect(moves('Volvió a subir un 3 % en la sesión.', 'es')).toEqual([]);
  });
});

describe('elliptical lists continue the previous move', () => {
  test.each([
    ['Las de Norvento cedían un 4,1 % y las de Warner Bros, un 6 %.', 'es', [['Norvento', 'down', 4.1, 'exact'], ['Warner Bros', 'down', 6, 'exact']]],
    ['Iberdola sube un 1,3 % y Marzal, un 0,8 %.', 'es', [['Iberdola', 'up', 1.3, 'exact'], ['Marzal', 'up', 0.8, 'exact']]],
    ['O BCP subia 1,2% e as da Ribafria, 0,6%.', 'pt', [['BCP', 'up', 1.2, 'exact'], ['Ribafria', 'up', 0.6, 'exact']]],
    ['A Galpa ganhava 0,8% e a Sonar 0,6%.', 'pt', [['Galpa', 'up', 0.8, 'exact'], ['Sonar', 'up', 0.6, 'exact']]],
    ['Dorval, de son côté, a pris 1,5 %, et Corvane 0,6 %.', 'fr', [['Dorval', 'up', 1.5, 'exact'], ['Corvane', 'up', 0.6, 'exact']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });

  test('"X and Y each fell 3%" with names outside the gazetteer', () => {
    expect(moves('Airlines were weak on Tuesday. Halvard and Skyline each fell 3%, said a trader at Halvard.', 'en').map((m) => m[0])).toEqual(['Halvard', 'Skyline']);
  });
});

describe('more verbs and tenses', () => {
  test.each([
    ['Oracle was trading 3% lower at midday.', 'en', [['Oracle', 'down', 3, 'exact']]],
    ['Las acciones de Oracle se revalorizaban un 2 % y las de AMD se dejaban un 1 %.', 'es', [['Oracle', 'up', 2, 'exact'], ['AMD', 'down', 1, 'exact']]],
    ['A Oracle negociava a cair 2,8% em Nova Iorque.', 'pt', [['Oracle', 'down', 2.8, 'exact']]],
    ['As ações da Nvidia chegaram a valorizar mais de 5% durante a sessão.', 'pt', [['Nvidia', 'up', 5, 'more_than']]],
    ["L'action Nvidia s'envolait de 7 % en séance.", 'fr', [['Nvidia', 'up', 7, 'exact']]],
    ['Die Nvidia-Aktie notierte zuletzt 2 Prozent tiefer.', 'de', [['Nvidia', 'down', 2, 'exact']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

describe('anaphoric subjects point at the company the story is about', () => {
  test('bylines and "Read more" teasers are skipped', () => {
    const text = 'Shares of Halcyon Grid (NYSE: HGRD) jumped 18% on Tuesday.\nBy Jane Doe and John Roe\nRead more: Nvidia results lift chip stocks\nThe stock had fallen 30% from its record high.';
    expect(moves(text, 'en')).toEqual([['Halcyon Grid', 'up', 18, 'exact'], ['Halcyon Grid', 'down', 30, 'exact']]);
  });
  test.each([
    ['Northwind Airlines said it would cut 500 jobs. Analysts at Barclays called the move overdue. The stock fell 3.2% in New York.', 'en', 'Northwind Airlines'],
    ['Dorval a relevé ses prévisions. Les analystes de Jefferies saluent la nouvelle. Le titre progressait de 3,1 % vers midi.', 'fr', 'Dorval'],
    ['A Ribafria apresentou resultados. O papel chegou a valorizar 5% durante a sessão.', 'pt', 'Ribafria'],
    ['Las acciones de Norvento subían un 7 %. Entre los grandes valores, Oracle ganaba un 1 %. La compañía que preside Ana Díaz ha duplicado su beneficio. El valor acumula una revalorización del 45 % en el año.', 'es', 'Norvento'],
  ] as const)('%s', (text, lang, who) => {
    expect(moves(text, lang).at(-1)?.[0]).toBe(who);
  });
  test('a subordinate clause with its own subject is not a continuation', () => {
    expect(moves('Oracle fell 1% after oil prices rose 3%.', 'en')).toEqual([['Oracle', 'down', 1, 'exact']]);
  });
});

describe('more figures that are not stock moves', () => {
  test.each([
    ["Chez Dorval, l'Ebitda a progressé de 38 % sur un an.", 'fr'],
    ['Dorval contrôle plus de 80 % du marché.', 'fr'],
    ['Azure revenue grew 21% in the quarter.', 'en'],
    ['Der Dax fiel um 1,2 Prozent.', 'de'],
    ['O PSI fechou em alta de 0,6%.', 'pt'],
  ] as const)('%s', (text, lang) => {
    expect(moves(text, lang)).toEqual([]);
  });
});

describe('lists and tickers of names outside the gazetteer', () => {
  test.each([
    ['Halvard and Skyline slipped 1.5% and 2.5%, respectively, on Tuesday.', 'en', [['Halvard', 'down', 1.5, 'exact'], ['Skyline', 'down', 2.5, 'exact']]],
    ['Las acciones de Marzal y Norvento subieron un 2 % y un 3 %, respectivamente.', 'es', [['Marzal', 'up', 2, 'exact'], ['Norvento', 'up', 3, 'exact']]],
    ['Halvard Inc. (NYSE: HLV) shares were down 8% this week.', 'en', [['Halvard', 'down', 8, 'exact']]],
    ['Shares in Halvard Plc rose 3.5 per cent in London.', 'en', [['Halvard', 'up', 3.5, 'exact']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });

  test.each([
    ['Halvard raised prices by 5% in October.', 'en'],
    ['Marzal subió el precio un 4 %.', 'es'],
    ['Halvard said it expects sales to grow 5%.', 'en'],
    ['Le CAC 40 a gagné 0,8 %, et le Dax 0,5 %.', 'fr'],
    ['El Ibex 35 subió un 1 % y el Euro Stoxx 50, un 0,5 %.', 'es'],
  ] as const)('not a move: %s', (text, lang) => {
    expect(moves(text, lang)).toEqual([]);
  });
});

describe('headline moves', () => {
  test('a headline move repeated (rounded) in the body is reported once, from the body', () => {
    const r = analyzer.analyze({ title: 'Oracle soars 36% on OpenAI contract', text: 'Oracle shares jumped 35.9% on Wednesday after the deal.', lang: 'en' });
    expect(r.stock_moves.map((m) => [m.company, m.pct])).toEqual([['Oracle', 35.9]]);
    expect(r.stock_moves[0]!.span.start).toBeGreaterThan('Oracle soars 36% on OpenAI contract'.length);
  });

  test('a headline move with no body counterpart is kept', () => {
    const r = analyzer.analyze({ title: 'Nebius shares jump 18%', text: 'Nebius signed a capacity deal with Meta.', lang: 'en' });
    expect(r.stock_moves.map((m) => [m.company, m.direction, m.pct])).toEqual([['Nebius', 'up', 18]]);
  });
});

describe('words that open a sentence or describe a place are not movers', () => {
  test.each([
    ['Asimismo, IBM subía un 3,48 % tras perder la víspera un 13 % al cierre.', 'es', [['IBM', 'up', 3.48, 'exact'], ['IBM', 'down', 13, 'exact']]],
    ['Likewise, Halvard Systems gained 2.1% in late trading.', 'en', [['Halvard Systems', 'up', 2.1, 'exact']]],
    ['The Austin, Texas-based company has seen demand for data centre infrastructure, up 52 per cent in its most recent quarter.', 'en', []],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

describe('phrasing of real coverage', () => {
  test.each([
    ['En Europa, Nvidia se dejó un 2 %.', 'es', [['Nvidia', 'down', 2, 'exact']]],
    ['Oracle Corp. shares jumped as much as 25% in early trading.', 'en', [['Oracle', 'up', 25, 'up_to']]],
    ["Cipher Mining a annoncé un bail avec AWS et vu son titre s'envoler de 22 %.", 'fr', [['Cipher Mining', 'up', 22, 'exact']]],
    ['O lucro da Nvidia subiu. Mesmo com a queda, os papéis acumulam valorização de cerca de 35% em 2025.', 'pt', [['Nvidia', 'up', 35, 'about']]],
    ['El anuncio impulsó las acciones de Oracle más de 40 %.', 'es', [['Oracle', 'up', 40, 'more_than']]],
    ['Nvidia a augmenté de 2,7 %, Microsoft augmentant de 1,1 %.', 'fr', [['Nvidia', 'up', 2.7, 'exact'], ['Microsoft', 'up', 1.1, 'exact']]],
    ['La construction a commencé au Texas.Nvidia, qui fournira des puces, a augmenté de 2,7 %.', 'fr', [['Nvidia', 'up', 2.7, 'exact']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

describe('a list continuing a move, with descriptors and qualifiers between', () => {
  test.each([
    ["En Asie, le taïwanais Nvidia a pris 3,5 % et le californien AMD plus de 2,5 %.", 'fr', [['Nvidia', 'up', 3.5, 'exact'], ['AMD', 'up', 2.5, 'more_than']]],
    ['Auch Papiere anderer Chipwerte legten zu: Nvidia gewann 2,8 Prozent, AMD rund 0,8 Prozent.', 'de', [['Nvidia', 'up', 2.8, 'exact'], ['AMD', 'up', 0.8, 'about']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

test('Reuters instrument codes after a name are its ticker', () => {
  expect(moves('Parmi les fournisseurs, AMD AMD.O avance de 2,4% et Nvidia NVDA.O de 8,4%.', 'fr')).toEqual([['AMD', 'up', 2.4, 'exact'], ['Nvidia', 'up', 8.4, 'exact']]);
});

describe('German particles and Portuguese personal infinitives', () => {
  test.each([
    ['Der Vertrag mit Iren sieht eine Vorauszahlung von 20 Prozent vor. Die Aktie von Iren legte im vorbörslichen Handel um über 20 Prozent zu.', 'de', [['Iren', 'up', 20, 'more_than']]],
    ['Die Nvidia-Aktie rückte um 2 Prozent vor.', 'de', [['Nvidia', 'up', 2, 'exact']]],
    ['Já a Nvidia, fabricante de chips, viu suas ações subirem mais de 20% no pré-mercado.', 'pt', [['Nvidia', 'up', 20, 'more_than']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

describe('market shares and appreciation', () => {
  test.each([
    ["Nvidia's share of China's market for AI accelerators has fallen from about 95% to zero.", 'en', []],
    ["Depuis janvier, le titre Nvidia s'est apprécié de près de 50 %.", 'fr', [['Nvidia', 'up', 50, 'about']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

test('"respectively" pairs figures that carry their own qualifiers', () => {
  expect(moves('Oracle and Nvidia Corp. tumbled nearly 8% and more than 3%, respectively, in sympathy.', 'en'))
    .toEqual([['Oracle', 'down', 8, 'about'], ['Nvidia', 'down', 3, 'more_than']]);
});

describe('growth rates and subjunctives', () => {
  test.each([
    ['Nvidia reportó ingresos de 46.700 millones de dólares (+6% trimestral y +56% interanual).', 'es', []],
    ['Las dudas sobre China hicieron que las acciones de Nvidia cayeran un 3%.', 'es', [['Nvidia', 'down', 3, 'exact']]],
  ] as const)('%s', (text, lang, want) => {
    expect(moves(text, lang)).toEqual(want);
  });
});

test('a company named inside a relative clause is not the subject', () => {
  expect(moves('AMD grimpe en Bourse mercredi. Le groupe, qui travaille avec Nvidia, gagne 2,7%.', 'fr')).toEqual([['AMD', 'up', 2.7, 'exact']]);
});

describe('names behind adjectives of origin, roles and earlier levels', () => {
  test('"Danish pharmaceutical giant Novo Nordisk": the name after the descriptor moves, not "Danish"', () => {
    expect(moves('Danish pharmaceutical giant Novo Nordisk named a new CEO on Tuesday. Shares fell as much as 26%.', 'en')).toEqual([['Novo Nordisk', 'down', 26, 'up_to']]);
  });

  test('"Saudi Telecom" is a name that starts with an adjective of origin', () => {
    expect(analyze('Saudi Telecom shares rose 2%.', 'en').stock_moves.map((m) => m.company)).toEqual(['Saudi Telecom']);
  });

  test('"down from a prior target of 13%" is the level before, not a move', () => {
    expect(moves('Halvard shares fell 5%. It expects sales growth of 8% to 14%, down from a prior target of 13% to 21%.', 'en')).toEqual([['Halvard', 'down', 5, 'exact']]);
  });

  test('"the stock of Nvidia\'s most important supplier, Taiwanese chipmaker TSMC," is TSMC\'s', () => {
    expect(moves("In turn, the stock of Nvidia's most important supplier, Taiwanese chipmaker TSMC, fell nearly 8%.", 'en')).toEqual([['TSMC', 'down', 8, 'about']]);
  });
});

describe('French plural share nouns pointing back', () => {
  test.each([
    ['Oracle a connu hier sa meilleure journée boursière. Les actions ont bondi de 36 %.', [['Oracle', 'up', 36, 'exact']]],
    ['Oracle a connu hier sa meilleure journée boursière. Les actions européennes ont reculé de 2 %.', []],
  ] as const)('%s', (text, want) => {
    expect(moves(text, 'fr')).toEqual(want);
  });
});

describe('owners named by a descriptor, a headline or a verb at the end', () => {
  test('"As ações da empresa de Santa Clara, Califórnia, subiram 50%": the company told before, not the state', () => {
    expect(moves('As ações da Nvidia fecharam em alta de quase 5%. As ações da empresa de Santa Clara, Califórnia, subiram 50% em 2025.', 'pt')).toEqual([['Nvidia', 'up', 5, 'about'], ['Nvidia', 'up', 50, 'exact']]);
  });

  test('"die Aktien des in Baltimore ansässigen Energieunternehmens": the power company named before', () => {
    const r = loadAnalyzer('config').analyze({ text: 'Microsoft hat einen Vertrag mit Constellation Energy geschlossen. Der Deal beflügelte die Aktien des in Baltimore ansässigen Energieunternehmens um bis zu 17 Prozent.', lang: 'de' });
    expect(r.stock_moves.map((m) => [m.company, m.pct])).toEqual([['Constellation Energy', 17]]);
  });

  test('a headline opening with a name outside the gazetteer names whose shares move', () => {
    const r = analyzer.analyze({
      title: 'ROUNDUP: Halvorsen erwartet verhaltenen Jahresstart - Aktie gibt nach',
      text: 'Der Konsumgüterkonzern Halvorsen hat 2025 weniger umgesetzt. Laut Analysten von JPMorgan enttäuschte das Ergebnis.\nFür die im Dax notierten Anteilsscheine ging es am Mittag um mehr als vier Prozent nach unten. Seit Jahresbeginn hat die Aktie nur leicht an Wert gewonnen, in den vergangenen zwölf Monaten aber gut neun Prozent eingebüßt.',
      lang: 'de',
    });
    expect(r.stock_moves.map((m) => [m.company, m.direction, m.pct])).toEqual([['Halvorsen', 'down', 4], ['Halvorsen', 'down', 9]]);
  });
});

test.each([
  ['A EDP somou 3,02%, a EDP Renováveis avançou 2,37% e a Galp não ficou longe, valorizando 3,97%.', [['EDP', 3.02], ['EDP Renováveis', 2.37], ['Galp', 3.97]]],
])('Portuguese market-report verbs and a subsidiary listed on its own: %s', (text, want) => {
  expect(loadAnalyzer('config').analyze({ text, lang: 'pt' }).stock_moves.map((m) => [m.company, m.pct])).toEqual(want);
});

describe('German present tense and reflexive verbs; shares of the energy mix', () => {
  test.each([
    ['Die Aktien von Ionos (WKN: A3E00M, ISIN: DE000A3E00M1) gewinnen 1,4 Prozent.', 'de', [['Ionos', 'up', 1.4]]],
    ['Die Hochtief-Papiere verbessern sich um 1,4 Prozent.', 'de', [['Hochtief', 'up', 1.4]]],
    ['Die BASF-Aktien verlieren 2 Prozent.', 'de', [['BASF', 'down', 2]]],
    ['El acuerdo permitirá a Microsoft avanzar en su objetivo de operar con energía 100 % renovable.', 'es', []],
  ] as const)('%s', (text, lang, want) => {
    expect(analyze(text, lang).stock_moves.map((m) => [m.company, m.direction, m.pct])).toEqual(want);
  });
});

describe('a ticker written as a name, a segment\'s growth', () => {
  test('"UnitedHealth Group (UNH) stock slumped 10.4%" … "the UNH stock sell-off. The stock fell 22%": both are the group\'s', () => {
    const r = analyze('Halvorsen Group (HLVG) stock slumped 10.4% on Tuesday. The index is feeling the impact of the HLVG stock sell-off. The stock fell more than 22% on April 17.', 'en');
    expect(r.stock_moves.map((m) => [m.company, m.pct])).toEqual([['Halvorsen Group', 10.4], ['Halvorsen Group', 22]]);
  });
  test('"les revenus ont atteint 623,6 M€ pour le cloud privé (+7,7%)" is no share move', () => {
    expect(moves('Dans le détail, les revenus ont atteint 623,6 M€ pour le cloud privé (+7,7%) et 182,8 M€ pour le cloud public (+19,9%). Kering (+5,5 %) a bondi.', 'fr'))
      .toEqual([['Kering', 'up', 5.5, 'exact']]);
  });
});
