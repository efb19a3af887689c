import { describe, expect, test } from 'vitest';
import { analyze, analyzer } from './fixtures/companies.js';

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

describe('one more gigawatt, in words', () => {
  test.each([
    ['The lender will fund another gigawatt in Ohio.', 'en', [1000]],
    ['El operador conectará otro gigavatio en Aragón.', 'es', [1000]],
    ['A empresa quer somar outro gigawatt no Ceará.', 'pt', [1000]],
    ['Le groupe prévoit un autre gigawatt dans le Nord.', 'fr', [1000]],
    ['Der Betreiber will ein erstes Gigawatt im Jahr 2027 ans Netz bringen.', 'de', [1000]],
    ['the second half brings the first gigawatt online', 'en', [1000]],
  ] as const)('%s', (text, lang, want) => {
    expect(power(text, lang)).toEqual(want);
  });
  test.each([
    ["Musk calls it the planet's first gigawatt-scale training site.", 'en'],
    ['They want a gigawatt-class campus near the river.', 'en'],
    ['another gigawatt-hour of storage', 'en'],
  ] as const)('a size class or energy is no figure: %s', (text, lang) => {
    expect(power(text, lang)).toEqual([]);
  });
});

describe('a figure of the lead that the body repeats is one fact', () => {
  const run = (title: string, text: string, lang: string) => analyzer.analyze({ title, text, lang });
  test('a standfirst and the body give the same capacity (pt)', () => {
    const r = run('Grupo anuncia campus de IA', 'Primeira fase terá 120 MW; o campus pode chegar a 2 GW\nO grupo anunciou nesta quarta-feira um campus de dados com 120 megawatts na primeira fase, ampliável a 2 gigawatts.', 'pt');
    expect(r.power_mw.map((f) => f.value)).toEqual([120, 2000]);
    expect(r.power_mw.every((f) => f.span.text.includes('watts'))).toBe(true);
  });
  test('key points over the body; a second, different fact with the same value stays (en)', () => {
    const text = 'KEY POINTS\nHalvard will deploy 5 gigawatts of custom accelerators for the lab from 2027 onwards.\nHalvard said on Monday it would build 5 gigawatts of custom accelerators.\nA rival plan also covers 5 gigawatts of GPUs.';
    expect(run('Halvard strikes chip pact', text, 'en').power_mw.map((f) => f.value)).toEqual([5000, 5000]);
  });
  test('chips repeated from the dek (de)', () => {
    const text = 'Der Anbieter stellt 12.000 Nvidia-Grafikprozessoren in Essex für Microsoft auf\nDer Anbieter will 12.000 Grafikprozessoren bis 2027 installieren.';
    expect(run('Neues KI-Zentrum', text, 'de').chip_counts.map((f) => f.value)).toEqual([12000]);
  });
  test('a figure only in the lead is kept (es)', () => {
    const text = 'La compañía instalará 300 megavatios en Toledo y otros proyectos en Madrid este año.\nEl plan se completará en 2027.';
    expect(run('Nuevo campus', text, 'es').power_mw.map((f) => f.value)).toEqual([300]);
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

describe('chip counts: other accelerators and modifiers between count and noun', () => {
  test.each([
    ['The startup has installed 14,000 LPUs in Riyadh.', 'en', [14000]],
    ['a cluster of 2,048 IPUs and 640 NPUs', 'en', [2048, 640]],
    ['The chipmaker will lease back 9,000 of its own GPUs.', 'en', [9000]],
    ["the right to import 200,000 of Nvidia's most advanced AI chips", 'en', [200000]],
    ['Die Firma betreibt 3.200 dieser GPUs in Hessen.', 'de', [3200]],
    ['El centro tendrá 6.000 de sus nuevos aceleradores.', 'es', [6000]],
    ['A empresa comprou 7.500 destes processadores gráficos.', 'pt', [7500]],
    ['Le site accueillera 4 000 de ses nouvelles puces.', 'fr', [4000]],
    ['The cluster links 100,000 H100s and 20,000 GB200s.', 'en', [100000, 20000]],
    ['El centro alojará 6.000 MI300Xs.', 'es', [6000]],
    ['a 2048 GPU cluster', 'en', [2048]],
    ["enough capacity for around 48,000 of Nvidia's fastest Blackwell GPUs", 'en', [48000]],
    ['el equivalente a 20.000 de sus procesadores más potentes', 'es', [20000]],
  ] as const)('%s', (text, lang, want) => {
    expect(chips(text, lang)).toEqual(want);
  });
  test.each([
    ['Colossus 2 chips will arrive in March.', 'en'],
    ['The card packs 4,096 stream processors.', 'en'],
    ['La carte embarque 4 096 processeurs de flux.', 'fr'],
    ['La tarjeta integra 4.096 procesadores de flujo.', 'es'],
    ['Die Karte hat 4.096 Stream-Prozessoren.', 'de'],
    ['The startup employs 5,000 chip designers in Taiwan.', 'en'],
    ['Customers bought 10,000 GPU hours last month.', 'en'],
    ['La empresa vendió 20.000 horas de GPU.', 'es'],
    ['By 2030 GPUs will use more power than Spain.', 'en'],
    ["D'ici 2030 puces et serveurs consommeront plus.", 'fr'],
  ] as const)('not a count of chips: %s', (text, lang) => {
    expect(chips(text, lang)).toEqual([]);
  });
});

describe('a bare count after a chip count counts the same chips', () => {
  test.each([
    ['It starts with 6,000 GPUs and could grow to 24,000 over time.', 'en', [6000, 24000]],
    ['Halvard will take 40,000 Nvidia GPUs, while Skyline will use another 40,000 for robotics.', 'en', [40000, 40000]],
    ['Comenzará con 2.000 GPU y llegará a 10.000 en 2027.', 'es', [2000, 10000]],
    ['O projeto começa com 3.000 GPUs e pode chegar a 12.000 até 2028.', 'pt', [3000, 12000]],
    ["Le site démarre avec 1 500 puces et montera à 9 000 d'ici 2027.", 'fr', [1500, 9000]],
    ['Zunächst 5.000 GPUs, später 20.000 bis Ende 2027.', 'de', [5000, 20000]],
  ] as const)('%s', (text, lang, want) => {
    expect(chips(text, lang)).toEqual(want);
  });
  test.each([
    ['It bought 8,000 GPUs. Revenue reached 12,000 in the quarter.', 'en'],
    ['It bought 8,000 GPUs and hired 12,000 engineers.', 'en'],
    ['Compró 8.000 GPU por 2.000 millones de dólares en 2025.', 'es'],
  ] as const)('another quantity stays out: %s', (text, lang) => {
    expect(chips(text, lang).slice(1)).toEqual([]);
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

describe('a count of a sentence after a chip count refers back to the chips', () => {
  test.each([
    ['About 12,600 GPUs will be installed in Sines. Another 23,000 will go to Loughton from early 2027. The remaining 52,000 or so are destined for Narvik.', 'en', [12600, 23000, 52000]],
    ['The campus came online with nearly 500,000 Trainium2 chips, and Anthropic expects to use more than 1 million of them by year-end.', 'en', [500000, 1e6]],
    ['Se instalarán 12.600 GPU en Sines. Otras 23.000 irán a Loughton.', 'es', [12600, 23000]],
    // No chips before: a count is a count of something else.
    ['Another 23,000 will go to the new campus.', 'en', []],
    ['About 12,600 GPUs will be installed in Sines. Another 23,000 workers will build the campus.', 'en', [12600]],
  ] as const)('%s', (text, lang, want) => {
    expect(chips(text, lang)).toEqual(want);
  });
});

test('several hundred megawatts is an order of magnitude, not a figure', () => {
  expect(power('Eine Gigafabrik würde eine Anschlussleistung von mehreren hundert Megawatt benötigen, manche Planungen gehen von bis zu 1 Gigawatt aus.', 'de')).toEqual([1000]);
  expect(power('A gigafactory would need several hundred megawatts.', 'en')).toEqual([]);
});

describe('ranges of power and figures named again', () => {
  test.each([
    ['each building would draw 100 to 300 megawatts', 'en', [100, 300]],
    ['con una potencia de entre 250 y 500 MW', 'es', [250, 500]],
    ['a 10-gigawatt campus in Ohio. The 10-gigawatt site would be the largest', 'en', [10000]],
    ['alianza para centros de datos de al menos 10 GW. Los 10 gigavatios equivalen a millones de chips', 'es', [10000]],
    ['a 500 MW campus in Texas and a 500 MW data center in Saudi Arabia', 'en', [500, 500]],
    ['a 1-gigawatt deployment, with the first gigawatt online in 2026', 'en', [1000, 1000]],
    ['O campus terá 400 MW. O projeto, com os 400 MW, custará caro', 'pt', [400]],
  ] as const)('%s', (text, lang, want) => {
    expect(power(text, lang)).toEqual(want);
  });
});

describe('chips named by their model, units of a named chip; servers and equivalents are no chips', () => {
  test.each([
    ['It has 3.6 million Blackwell units on order.', 'en', [3600000]],
    ['Meta will get 4,000 Nvidia B300 for the site.', 'en', [4000]],
    ['an export allowance of 500,000 high-performance AI chips', 'en', [500000]],
    ['Humain kauft 18.000 Exemplare des GB300 Grace Blackwell Prozessors.', 'de', [18000]],
    ['el consorcio instalará unas 100.000 unidades de procesamiento avanzadas', 'es', [100000]],
    ['Nvidia agreed to lease 10,000 GPU servers from Lambda.', 'en', []],
    ['Musk wants compute worth 50 million H100-equivalents.', 'en', []],
    ['It sold 60,000 units last year.', 'en', []],
  ] as const)('%s', (text, lang, want) => {
    expect(chips(text, lang)).toEqual(want);
  });
});
