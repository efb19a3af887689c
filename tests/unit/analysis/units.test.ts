import { describe, expect, test } from 'vitest';
import { analyze } from './fixtures/companies.js';

const power = (text: string, lang: string) => analyze(text, lang).power_mw.map((f) => f.value);
const chips = (text: string, lang: string) => analyze(text, lang).chip_counts.map((f) => f.value);

describe('power capacity in MW', () => {
  test.each([
    ['It would require about 4.5 gigawatts of power.', 'en', [4500]],
    ['a site of around 50MW at first', 'en', [50]],
    ['up to one gigawatt of capacity and a one-gigawatt campus', 'en', [1000, 1000]],
    ['una capacidad total de 6 gigavatios; el primer gigavatio llegará en 2026', 'es', [6000, 1000]],
    ['uma potência de 1,2 gigawatts e 26 megawatts', 'pt', [1200, 26]],
    ["d'une puissance de 300 mégawatts", 'fr', [300]],
    ['mit rund 12 Megawatt und mehr als 1 Gigawatt', 'de', [12, 1000]],
    ['producen unos 1.200 gigavatios hora al año', 'es', []],
    ['a total board power of 250 watts', 'en', []],
  ] as const)('%s', (text, lang, want) => {
    expect(power(text, lang)).toEqual(want);
  });
});

describe('chip counts', () => {
  test.each([
    ['clusters of up to 500.000 chips', 'es', [500000]],
    ['50 mil processadores gráficos (GPUs) Instinct MI450', 'pt', [50000]],
    ['more than 23,000 Nvidia GB300 GPUs and 120,000 of its Blackwell GPUs', 'en', [23000, 120000]],
    ['hasta un millón de unidades de procesamiento tensorial (TPU)', 'es', [1e6]],
    ['cinco millones de GPU', 'es', [5e6]],
    ['18 000 puces Grace Blackwell', 'fr', [18000]],
    ['bis zu 10.000 Nvidia-Grafikprozessoren', 'de', [10000]],
    ['about 2,000 H100 and H200 chips', 'en', [2000]],
    ['6,144 CUDA cores and 160 million shares', 'en', []],
    ['hundreds of thousands of GPUs', 'en', []],
  ] as const)('%s', (text, lang, want) => {
    expect(chips(text, lang)).toEqual(want);
  });
});

test('hardware models as "<Vendor> <Model>"', () => {
  const hw = analyze('GB300 NVL72 racks, H100 and MI450 chips, TPUs and Trainium2, plus the RTX 5070.', 'en').hardware;
  expect(hw).toEqual(expect.arrayContaining(['Nvidia GB300 NVL72', 'Nvidia H100', 'AMD Instinct MI450', 'Google TPU', 'Amazon Trainium2', 'Nvidia GeForce RTX 5070']));
});

describe('stakes', () => {
  test.each([
    ['Microsoft remains the largest investor in OpenAI, with a stake of about 27%.', 'en', [['Microsoft', 27]]],
    ['Berkshire, which owns about 27.5% of the company, has not backed the plan.', 'en', [['Berkshire Hathaway', 27.5]]],
    ['Der Softwarekonzern aus Redmond hält künftig rund 27 Prozent an der neuen OpenAI Group.', 'de', [['Microsoft', 27]]],
    ['OpenAI se quedaría con alrededor del 10 % de AMD.', 'es', [['OpenAI', 10]]],
    ['Microsoft abonará por adelantado un 20 % del importe total.', 'es', []],
  ] as const)('%s', (text, lang, want) => {
    expect(analyze(text, lang).stakes_pct.map((s) => [s.holder, s.pct])).toEqual(want);
  });
});
