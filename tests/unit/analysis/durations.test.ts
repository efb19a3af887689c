import { describe, expect, test } from 'vitest';
import { analyze } from './fixtures/companies.js';

const terms = (text: string, lang: string) => analyze(text, lang).durations.map((d) => [d.value, d.span.text]);

describe('terms of agreements in every language', () => {
  test.each([
    ['OpenAI signed a seven-year, $38 billion agreement with Amazon.', 'en', [[7, 'seven-year']]],
    ['OpenAI will pay $38 billion over seven years.', 'en', [[7, 'seven years']]],
    ['two 15-year leases and an 18-month option', 'en', [[15, '15-year'], [1.5, '18-month']]],
    ['for the next 10 years', 'en', [[10, '10 years']]],
    ['un contrato de 38.000 millones de dólares durante siete años', 'es', [[7, 'siete años']]],
    ['un arrendamiento de 15 años', 'es', [[15, '15 años']]],
    ['a lo largo de los próximos cinco años', 'es', [[5, 'cinco años']]],
    ['ao longo dos próximos cinco anos', 'pt', [[5, 'cinco anos']]],
    ['US$ 38 bilhões ao longo de sete anos', 'pt', [[7, 'sete anos']]],
    ['um contrato com prazo de 20 anos', 'pt', [[20, '20 anos']]],
    ['38 milliards de dollars sur sept ans', 'fr', [[7, 'sept ans']]],
    ["un bail d'une durée de 12 ans", 'fr', [[12, '12 ans']]],
    ['38 Milliarden Dollar über sieben Jahre', 'de', [[7, 'sieben Jahre']]],
    ['ein Vertrag mit einer Laufzeit von 18 Monaten', 'de', [[1.5, '18 Monaten']]],
    ['ein siebenjähriger Vertrag und ein 15-jähriger Mietvertrag', 'de', [[7, 'siebenjähriger'], [15, '15-jähriger']]],
  ] as const)('%s', (text, lang, want) => {
    expect(terms(text, lang)).toEqual(want);
  });
});

describe('ages, past periods, bonds and price records are not terms', () => {
  test.each([
    ['The 54-year-old chief executive joined seven years ago.', 'en'],
    ['Shares hit a 52-week high and a 10-year high; the 10-year Treasury yield rose.', 'en'],
    ['Over the past five years the company grew, for the first time in seven years.', 'en'],
    ['Hace siete años firmó su primer contrato; en los últimos cinco años creció.', 'es'],
    ['Há sete anos, a empresa assinou o primeiro contrato.', 'pt'],
    ['Il y a sept ans, le groupe a signé son premier contrat.', 'fr'],
    ['Vor sieben Jahren unterschrieb der 61-jährige Chef seinen ersten Vertrag.', 'de'],
  ] as const)('%s', (text, lang) => {
    expect(terms(text, lang)).toEqual([]);
  });
});

test('a deal takes the term of its sentence', () => {
  const r = analyze('OpenAI has signed a seven-year, $38 billion agreement with Amazon Web Services to run its AI workloads on Nvidia GPUs in AWS data centers. Separately, the ChatGPT maker agreed a $10 billion deal with Oracle.', 'en');
  expect(r.deals.map((d) => [d.amount, d.term_years])).toEqual([[38e9, 7], [10e9, undefined]]);
});
