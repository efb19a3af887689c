import { describe, expect, test } from 'vitest';
import { analyze } from './fixtures/companies.js';

const stakes = (text: string, lang: string) => analyze(text, lang).stakes_pct.map((s) => [s.holder, s.of, s.pct]);
const holders = (text: string, lang: string) => analyze(text, lang).stakes_pct.map((s) => [s.holder, s.pct]);

describe('stakes with holders outside the gazetteer', () => {
  test.each([
    ['Halvard owns 49% of Skyline Atlantic.', 'en', [['Halvard', 'Skyline Atlantic', 49]]],
    ['Halvard acquired a 20% stake in Skyline Group in 2019.', 'en', [['Halvard', 'Skyline Group', 20]]],
    ['Porto Capital, which holds about 9.5% of Halcyon, did not comment.', 'en', [['Porto Capital', 'Halcyon', 9.5]]],
    ["Berkshire Hathaway's stake of about 28% in Occidental is its largest.", 'en', [['Berkshire Hathaway', 'Occidental', 28]]],
    ['Amancio Ortega controla el 59 % de Inditex.', 'es', [['Amancio Ortega', 'Inditex', 59]]],
    ['La filial, controlada en un 82 % por Acciona, cotiza en Madrid.', 'es', [['Acciona', null, 82]]],
    ['Criteria, con un 25 % del capital, es el primer accionista de Naturgy.', 'es', [['Criteria', 'Naturgy', 25]]],
    ['O BNDES, que detém 20% da Scala, apoiou a operação.', 'pt', [['BNDES', 'Scala', 20]]],
    ["Dorval détient environ 10,8 % du capital d'Airbus.", 'fr', [['Dorval', 'Airbus', 10.8]]],
    ['Vivendi est actionnaire à hauteur de 23 % de Telecom Italia.', 'fr', [['Vivendi', 'Telecom Italia', 23]]],
    ['Porsche SE hält knapp 9 Prozent an Volkswagen.', 'de', [['Porsche SE', 'Volkswagen', 9]]],
  ] as const)('%s', (text, lang, want) => {
    expect(stakes(text, lang)).toEqual(want);
  });
});

describe('states and funds as holders', () => {
  test.each([
    // States are named "<Country> government", as the labels do ("German government", "US government").
    ['The French state holds around 10% of the company.', 'en', [['French government', 10]]],
    ["L'État détient environ 10,8 % du capital d'Airbus.", 'fr', [['French government', 10.8]]],
    ['A União detém cerca de 36,6% do capital total da Petrobras e 50,3% das ações com direito a voto.', 'pt', [['Brazilian government', 36.6], ['Brazilian government', 50.3]]],
    ['Der Bund hält rund 64 Prozent an der Gesellschaft.', 'de', [['German government', 64]]],
    ['Das Unternehmen gehört zu 80 Prozent dem Bund und zu 20 Prozent den Ländern.', 'de', [['German government', 80], ['Ländern', 20]]],
    ['The Norwegian sovereign wealth fund owns a stake of roughly 2%.', 'en', [['Norwegian sovereign wealth fund', 2]]],
  ] as const)('%s', (text, lang, want) => {
    expect(holders(text, lang)).toEqual(want);
  });
});

describe('the holder from context', () => {
  test('warrants: "about 10% of the company" belongs to the warrant holder', () => {
    expect(holders('OpenAI received warrants for up to 160 million AMD shares, about 10% of the company.', 'en')).toEqual([['OpenAI', 10]]);
  });
  test('a Spanish sentence without a subject takes the one of the sentence before', () => {
    expect(holders('Oracle vendió su participación en Nvidia. Volvió a comprar acciones en 2020 y controla además cerca del 90 % de Arm.', 'es'))
      .toEqual([['Oracle', 90]]);
  });
  test('a relative clause after a figure with a decimal comma', () => {
    expect(holders("Le financement est mené par Mistral, qui investit 1,3 milliard d'euros et devient l'actionnaire de référence avec environ 11 % du capital.", 'fr'))
      .toEqual([['Mistral AI', 11]]);
  });
});

describe('not stakes', () => {
  test.each([
    ['Its market share is 35%.', 'en'],
    ['Revenue share of 20% goes to Microsoft.', 'en'],
    ['Dorval contrôle plus de 80 % du marché.', 'fr'],
    ['Solo el 25,47 % del capital del banco catalán aceptó el canje.', 'es'],
    ['Copom mantém Selic em 15% pela terceira reunião seguida.', 'pt'],
    ['El 60 % de los ingresos procede de la nube.', 'es'],
  ] as const)('%s', (text, lang) => {
    expect(stakes(text, lang)).toEqual([]);
  });
});

describe('relative clauses', () => {
  test('"Y, in which X holds a 30% stake": X holds it', () => {
    expect(holders('Skyline, in which Halvard holds a 30% stake, rose 4%.', 'en')).toEqual([['Halvard', 30]]);
  });
  test('"X, que detém 20% da Y"', () => {
    expect(stakes('O Fundo Ribafria, que detém 20% da Cortelha, apoiou a operação.', 'pt')).toEqual([['Fundo Ribafria', 'Cortelha', 20]]);
  });
});

describe('several holders with "each" / "jeweils"', () => {
  test.each([
    ['Halvard and Skyline each own 50% of the venture.', 'en', [['Halvard', 50], ['Skyline', 50]]],
    ['Marzal y Norvento controlan cada una el 50 % de la sociedad.', 'es', [['Marzal', 50], ['Norvento', 50]]],
    ['Die Halvard AG und die Skyline SE halten jeweils 50 Prozent an dem Gemeinschaftsunternehmen.', 'de', [['Halvard', 50], ['Skyline SE', 50]]],
  ] as const)('%s', (text, lang, want) => {
    expect(holders(text, lang)).toEqual(want);
  });
  test('"X\'s stake in Y": Y is the company held', () => {
    expect(stakes("Halvard's stake in Skyline is about 12%.", 'en')).toEqual([['Halvard', 'Skyline', 12]]);
  });
});

describe('a company after the figure needs a holding word', () => {
  test.each([
    ["Halvard operates 20% of Europe's data centres.", 'en'],
    ["Halvard supplies about 30% of Nvidia's memory chips.", 'en'],
    ['Marzal genera el 40 % de la electricidad de Galicia.', 'es'],
    ['A Cortelha representa 15% do PIB de Portugal.', 'pt'],
    ['Dorval réalise 35 % de son activité en Allemagne.', 'fr'],
    ['Halvard erwirtschaftet 30 Prozent des Umsatzes in China.', 'de'],
  ] as const)('%s', (text, lang) => {
    expect(stakes(text, lang)).toEqual([]);
  });
});
