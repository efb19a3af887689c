import { describe, expect, test } from 'vitest';
import { analyze, analyzer } from './fixtures/companies.js';
import { loadAnalyzer } from '../../../src/analysis/index.js';

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

// Patterns of real articles, each in the five languages, with names outside the gazetteer where possible.
const pairs = (text: string, lang: string) => analyze(text, lang).stakes_pct.map((s) => [s.holder, s.pct]);

describe('relative clauses: "X, which holds N% of Y" and "Y, in which X holds N%"', () => {
  test.each([
    ['Halvard, which holds 12% of Skyline, declined to comment.', 'en', [['Halvard', 12]]],
    ['Marzal, que posee el 12 % de Norvento, no hizo comentarios.', 'es', [['Marzal', 12]]],
    ['A Cortelha, que detém 12% da Ribafria, não comentou.', 'pt', [['Cortelha', 12]]],
    ["Dorval, qui détient 12 % de Valmont, n'a pas commenté.", 'fr', [['Dorval', 12]]],
    ['Die Halvard AG, die 12 Prozent an Skyline hält, äußerte sich nicht.', 'de', [['Halvard', 12]]],
    ['Skyline, in which Halvard holds 10%, did not comment.', 'en', [['Halvard', 10]]],
    ['Norvento, en la que Marzal tiene un 10 % del capital, subió.', 'es', [['Marzal', 10]]],
    ['A Ribafria, na qual a Cortelha detém 10%, subiu.', 'pt', [['Cortelha', 10]]],
    ['Valmont, dans laquelle Dorval détient 10 %, a progressé.', 'fr', [['Dorval', 10]]],
    ['Skyline, an der die Halvard AG 10 Prozent hält, schwieg.', 'de', [['Halvard', 10]]],
    ['Halvard, Skyline\'s largest shareholder with 18%, opposed the deal.', 'en', [['Halvard', 18]]],
    ['JAB Holding, the investment arm of the Marzal family, which owns about 60% of Skyline, backed it.', 'en', [['JAB Holding', 60]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('the agent after the figure: "held by", "en manos de", "détenue par"', () => {
  test.each([
    ['Halvard will buy the 15% stake in Skyline held by Porto Capital.', 'en', [['Porto Capital', 15]]],
    ['NextEra owns 70% of the plant and will buy the 20% held by Corn Belt Cooperative.', 'en', [['NextEra', 70], ['Corn Belt Cooperative', 20]]],
    ['Marzal comprará la participación del 15 % en Norvento en manos de Criteria.', 'es', [['Criteria', 15]]],
    ['A Cortelha vai comprar a participação de 15% na Ribafria detida pelo BNDES.', 'pt', [['BNDES', 15]]],
    ['Dorval va racheter la participation de 15 % dans Valmont détenue par Bpifrance.', 'fr', [['Bpifrance', 15]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('ownership after a deal: "would own", "se quedaría con", "détiendra", "passa a deter", "hält künftig"', () => {
  test.each([
    ['If the warrants are exercised, OpenAI would own about 10% of AMD.', 'en', [['OpenAI', 10]]],
    ['Si ejerce los warrants, OpenAI se quedaría con alrededor del 10 % de AMD.', 'es', [['OpenAI', 10]]],
    ['Se exercer os warrants, a OpenAI ficaria com cerca de 10% da AMD.', 'pt', [['OpenAI', 10]]],
    ["S'il exerce ses bons, OpenAI détiendrait environ 10 % d'AMD.", 'fr', [['OpenAI', 10]]],
    ['Übt OpenAI die Optionen aus, hielte OpenAI rund 10 Prozent an AMD.', 'de', [['OpenAI', 10]]],
    ['Microsoft will hold roughly 27% of OpenAI after the recapitalisation.', 'en', [['Microsoft', 27]]],
    ['Microsoft tendrá alrededor del 27 % de OpenAI tras la reestructuración.', 'es', [['Microsoft', 27]]],
    ['A Microsoft passa a deter cerca de 27% da OpenAI.', 'pt', [['Microsoft', 27]]],
    ["Microsoft détiendra environ 27 % d'OpenAI.", 'fr', [['Microsoft', 27]]],
    ['Microsoft hält künftig rund 27 Prozent an OpenAI.', 'de', [['Microsoft', 27]]],
    ['Halvard will own 70% of the venture and Skyline the remaining 30%.', 'en', [['Halvard', 70], ['Skyline', 30]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('warrants and new shares: the recipient holds the stake', () => {
  test.each([
    ['AMD issued OpenAI warrants for up to 160 million shares, about 10% of the chipmaker.', 'en', [['OpenAI', 10]]],
    ['AMD emitió a favor de OpenAI warrants sobre 160 millones de acciones, alrededor del 10 % de su capital.', 'es', [['OpenAI', 10]]],
    ['AMD emitió a favor de la creadora de ChatGPT warrants sobre 160 millones de acciones, con los que esta se quedaría con el 10 % de AMD.', 'es', [['OpenAI', 10]]],
    ['A AMD emitiu para a OpenAI warrants sobre 160 milhões de ações, cerca de 10% do capital.', 'pt', [['OpenAI', 10]]],
    ["AMD a émis au profit d'OpenAI des bons sur 160 millions d'actions, soit environ 10 % du capital.", 'fr', [['OpenAI', 10]]],
    ['OpenAI erhält Optionsscheine auf 160 Millionen AMD-Aktien, rund 10 Prozent des Kapitals.', 'de', [['OpenAI', 10]]],
    ['Halvard will issue 90 million new shares to Nvidia, giving the chip designer a stake of about 3%.', 'en', [['Nvidia', 3]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('receivers of "give", "hand", "leave ... with"', () => {
  test.each([
    ['The deal would give Google about 8% of Cipher.', 'en', [['Google', 8]]],
    ['The pact could hand OpenAI a stake of up to 10% in the chipmaker.', 'en', [['OpenAI', 10]]],
    ['The restructuring leaves Microsoft with a stake of about 27%.', 'en', [['Microsoft', 27]]],
    ['El acuerdo otorgaría a Google alrededor del 8 % de Cipher.', 'es', [['Google', 8]]],
    ['O acordo daria ao Google cerca de 8% da Cipher.', 'pt', [['Google', 8]]],
    ["L'accord donnerait à Google environ 8 % de Cipher.", 'fr', [['Google', 8]]],
    ['Der Deal gäbe Google rund 8 Prozent an Cipher.', 'de', [['Google', 8]]],
    ['Nvidia will invest $5 billion in Halvard. That would give the AI chip leader a stake of roughly 4%.', 'en', [['Nvidia', 4]]],
    ['Oracle agreed to invest $2 billion, which would give the Texas group about 2% of Halvard.', 'en', [['Oracle', 2]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('the buyer of a sale holds the stake', () => {
  test.each([
    ['Halvard agreed to sell 49% of Skyline to Porto Capital.', 'en', [['Porto Capital', 49]]],
    ['Marzal acordó la venta a Criteria del 49 % de Norvento.', 'es', [['Criteria', 49]]],
    ['A Cortelha acordou a venda à Ribafria de 49% da Scala.', 'pt', [['Ribafria', 49]]],
    ['Dorval a accepté la vente à Bpifrance de 49 % de Valmont.', 'fr', [['Bpifrance', 49]]],
    ['Halvard verkauft 49 Prozent an Skyline an die Porto Capital.', 'de', [['Porto Capital', 49]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('groups of shareholders', () => {
  test.each([
    ['Skyline shareholders will own about 30% of the combined company.', 'en', [['Skyline shareholders', 30]]],
    ['Los accionistas de Norvento tendrán el 30 % de la sociedad resultante.', 'es', [['Norvento shareholders', 30]]],
    ['Os acionistas da Ribafria ficarão com 30% da nova empresa.', 'pt', [['Ribafria shareholders', 30]]],
    ['Les actionnaires de Valmont détiendront 30 % du nouvel ensemble.', 'fr', [['Valmont shareholders', 30]]],
    ['Die Skyline-Aktionäre sollen 30 Prozent an dem neuen Konzern halten.', 'de', [['Skyline shareholders', 30]]],
    ['Skyline Rail agreed to merge. Afterwards the Skyline-Aktionäre sollen rund 30 Prozent an dem neuen Konzern halten.', 'de', [['Skyline Rail shareholders', 30]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('the holder after a stake noun: "la participación de X", "die Beteiligung von X"', () => {
  test.each([
    ["Halvard's stake in Skyline stands at 15%.", 'en', [['Halvard', 15]]],
    ['La participación de Marzal en Norvento asciende al 15 %.', 'es', [['Marzal', 15]]],
    ['A participação da Cortelha na Ribafria é de 15%.', 'pt', [['Cortelha', 15]]],
    ['La participation de Dorval dans Valmont atteint 15 %.', 'fr', [['Dorval', 15]]],
    ['Die Beteiligung von Halvard an Skyline beträgt 15 Prozent.', 'de', [['Halvard', 15]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('taking a stake; the subject past openers, appositives and pronouns', () => {
  test.each([
    ['Nvidia kept investing. Last month it took a 4% stake in Halvard.', 'en', [['Nvidia', 4]]],
    ['Nvidia agreed to invest $1 billion in OpenAI and took a 4% stake in Halvard.', 'en', [['Nvidia', 4]]],
    ['Nvidia adquirió el año pasado un 4 % de Norvento.', 'es', [['Nvidia', 4]]],
    ['A Nvidia comprou 4% da Ribafria em 2024.', 'pt', [['Nvidia', 4]]],
    ['Nvidia a pris une participation de 4 % dans Valmont.', 'fr', [['Nvidia', 4]]],
    ['Nvidia erwarb im Vorjahr 4 Prozent an Skyline.', 'de', [['Nvidia', 4]]],
    ['Porto Capital, a Lisbon fund set up in 2010, owns 7% of Skyline.', 'en', [['Porto Capital', 7]]],
    ['Criteria, el holding de la fundación, controla el 7 % de Norvento.', 'es', [['Criteria', 7]]],
    ['A Cortelha, maior acionista da Ribafria, com cerca de 7% do capital, não comentou.', 'pt', [['Cortelha', 7]]],
    ['Bpifrance, la banque publique, détient 7 % de Valmont.', 'fr', [['Bpifrance', 7]]],
    ['Die Porto Capital, ein Fonds aus Lissabon, hält 7 Prozent an Skyline.', 'de', [['Porto Capital', 7]]],
    ["Skyline's largest shareholder, Halvard, owns 18% of the company.", 'en', [['Halvard', 18]]],
    ['El principal accionista de Norvento, Marzal, controla el 18 % del capital.', 'es', [['Marzal', 18]]],
    ['Criteria es el primer accionista de Naturgy, con un 26 %.', 'es', [['Criteria', 26]]],
    ['Größter Aktionär ist die Porto Capital mit 20 Prozent.', 'de', [['Porto Capital', 20]]],
    ['En el caso de Skyline, Google avala la deuda a cambio de una participación del 5 % en la minera.', 'es', [['Google', 5]]],
    ['Last month the U.S. government converted grants into equity, taking a roughly 10% stake in Halvard.', 'en', [['US government', 10]]],
    ["L'Etat français, qui détient 15 % du capital de Valmont, n'a pas commenté.", 'fr', [['French government', 15]]],
    ['Ross, a former Google engineer who designed chips, owns about 10% of Halvard. Jonathan Ross founded it.', 'en', [['Ross', 10]]],
    ['Halvard was founded by Jonathan Ross. Ross, a former Google engineer, owns about 10% of it.', 'en', [['Jonathan Ross', 10]]],
    ['Iberdrola y el desarrollador irlandés Echelon han creado una sociedad participada al 50 % por cada uno.', 'es', [['Iberdrola', 50], ['Echelon', 50]]],
    ['El acuerdo se firmó con la británica Nscale y el grupo noruego Aker, socios al 50 % en el proyecto.', 'es', [['Nscale', 50], ['Aker', 50]]],
    ['La fondation, rebaptisée Halvard Foundation, détient une participation d\'environ 26 %.', 'fr', [['Halvard Foundation', 26]]],
    ['Die Telekom hat den Vertrag verlängert. Der Konzern selbst hält gut 50 Prozent an T-Mobile US.', 'de', [['Deutsche Telekom', 50]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
  test('persons in the plural are no company: no holder rather than a wrong one', () => {
    expect(pairs('The brothers, both former bankers who studied at the University of Sydney, still own about 6% of Halvard each.', 'en')).toEqual([]);
  });
});

describe('percentages that are not stakes, by language', () => {
  test.each([
    ['Halvard holds 35% of the European cloud market.', 'en'],
    ['Marzal tiene una cuota del 35 % del mercado español.', 'es'],
    ['A Cortelha detém 35% do mercado de HBM.', 'pt'],
    ['A SK Hynix lidera o mercado de HBM, com participação de 62%.', 'pt'],
    ['Dorval détient 35 % des parts de marché.', 'fr'],
    ['Halvard hält 35 Prozent des Marktes.', 'de'],
    ['Der Marktanteil von Halvard liegt bei 35 Prozent.', 'de'],
    ['Skyline said 92% of its shares were tendered, above the 75% threshold.', 'en'],
    ['The offer was accepted by holders of 85% of the shares.', 'en'],
    ['La oferta fue aceptada por accionistas con el 85 % del capital.', 'es'],
    ["Microsoft will receive 20% of OpenAI's revenue until 2030.", 'en'],
    ['Microsoft recibe el 20 % de los ingresos de OpenAI.', 'es'],
    ['A Microsoft recebe 20% da receita da OpenAI.', 'pt'],
    ["Microsoft touche 20 % du chiffre d'affaires d'OpenAI.", 'fr'],
    ['Microsoft erhält 20 Prozent des Umsatzes von OpenAI.', 'de'],
    ['Las ventas de Marzal crecieron un 12 %.', 'es'],
    ['Skyline bought back 5% of its shares last year.', 'en'],
    ['Marzal recompró el 5 % de sus acciones.', 'es'],
    ['Halvard holds 20% of its cash in bonds.', 'en'],
    ['Halvard keeps 60% of its capacity for AI.', 'en'],
    ['A Ribafria terá de garantir que 80% da energia é renovável.', 'pt'],
    ['OpenAI will take 30% of the chips AMD makes next year.', 'en'],
    ['Anthropic expects 40% of its compute to come from Google.', 'en'],
    ['Halvard expects a 15% return on its stake.', 'en'],
    ['AMD gave OpenAI a 10% discount on the chips.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(stakes(text, lang)).toEqual([]);
  });
});

test('a stake of the title that the body repeats is reported once, from the body', () => {
  const r = analyzer.analyze({ title: 'Halvard garde 27 % de Skyline', text: 'À l\'issue de l\'opération, Halvard détiendra environ 27 % de Skyline.', lang: 'fr' });
  expect(r.stakes_pct.map((s) => [s.holder, s.pct, s.span.start > 30])).toEqual([['Halvard', 27, true]]);
});

describe('more holders: a relative after the figure, a possessive before it, owners and largest shareholders', () => {
  test.each([
    ['The 10% stake that Halvard holds in Skyline is for sale.', 'en', [['Halvard', 10]]],
    ['El 10 % que Marzal tiene en Norvento está a la venta.', 'es', [['Marzal', 10]]],
    ['Os 10% que a Cortelha detém na Ribafria estão à venda.', 'pt', [['Cortelha', 10]]],
    ['Les 10 % que Dorval détient dans Valmont sont à vendre.', 'fr', [['Dorval', 10]]],
    ['Die 10 Prozent, die die Halvard AG an Skyline hält, stehen zum Verkauf.', 'de', [['Halvard', 10]]],
    ["Microsoft said Nvidia's 7% stake in CoreWeave was worth $4 billion.", 'en', [['Nvidia', 7]]],
    ['Marzal, dueña del 20 % de Norvento, no comentó.', 'es', [['Marzal', 20]]],
    ['Die Halvard AG ist mit 15 Prozent größter Aktionär.', 'de', [['Halvard', 15]]],
    ['Dorval porte sa participation dans Valmont à 12 %.', 'fr', [['Dorval', 12]]],
    ['Halvard is the largest shareholder in Skyline with a 12.5% stake.', 'en', [['Halvard', 12.5]]],
  ] as const)('%s', (text, lang, want) => {
    expect(pairs(text, lang)).toEqual(want);
  });
});

describe('phrasing of real coverage', () => {
  const real = loadAnalyzer('config');
  const found = (text: string, lang: string) => real.analyze({ text, lang }).stakes_pct.map((s) => [s.holder, s.of, s.pct]);
  test.each([
    ['en', 'OpenAI committed to buy more Azure services, and Microsoft now holds about 27% of the restructured company.', [['Microsoft', 'OpenAI', 27]]],
    ['en', 'SoftBank agreed to invest $22.5 billion in OpenAI, completing a commitment that will leave it with about 11% of the ChatGPT maker.', [['SoftBank', 'OpenAI', 11]]],
    ['es', 'La SEPI, con un 10 % del capital, y Saudi Telecom, con cerca de un 9,97 %, son los principales accionistas de Telefónica.', [['SEPI', 'Telefónica', 10], ['Saudi Telecom', 'Telefónica', 9.97]]],
    ['pt', 'A Fosun continua a ser o maior acionista do BCP, com uma participação de cerca de 20%.', [['Fosun', 'BCP', 20]]],
    ['pt', 'A chinesa Fosun continua a ser o maior acionista do BCP, com cerca de 20% do capital.', [['Fosun', 'BCP', 20]]],
    ['es', 'Anthropic firmó un acuerdo. Microsoft sigue siendo el principal socio de OpenAI, de la que posee en torno al 27 % tras la reestructuración.', [['Microsoft', 'OpenAI', 27]]],
    ['fr', "Microsoft reste le premier partenaire d'OpenAI, dont il détient environ 27 %.", [['Microsoft', 'OpenAI', 27]]],
    ['es', 'La SEPI, con un 10 % del capital, y Criteria Caixa, con otro 9,9 %, son los principales accionistas de Telefónica.', [['SEPI', 'Telefónica', 10], ['Criteria Caixa', 'Telefónica', 9.9]]],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(found(text, lang)).toEqual(want);
  });
});

describe('an agent inside a descriptor is not the holder', () => {
  test('"daria à dona do ChatGPT cerca de 10% da empresa comandada por Lisa Su": OpenAI holds 10% of AMD', () => {
    const real = loadAnalyzer('config');
    const r = real.analyze({ text: 'Se exercido integralmente, o papel daria à dona do ChatGPT cerca de 10% da empresa comandada por Lisa Su.', lang: 'pt' });
    expect(r.stakes_pct.map((s) => [s.holder, s.of, s.pct])).toEqual([['OpenAI', 'AMD', 10]]);
  });
});

describe('a place before a possessive names no holder', () => {
  test('"a joint venture with Brazil\'s Suzano, which will own 51%": Suzano holds it', () => {
    expect(holders("In June it agreed to put most of its tissue business into a joint venture with Brazil's Suzano, which will own 51% of the venture.", 'en')).toEqual([['Suzano', 51]]);
  });
});

describe('states named by their country or leader', () => {
  test.each([
    ['La inversión llega un mes después de que el gobierno de Estados Unidos adquirió un 10 % de participación en Intel.', 'es', [['US government', 10]]],
    ['As ações começaram a se recuperar com o apoio do governo de Trump, que agora tem uma fatia de 10% da empresa.', 'pt', [['US government', 10]]],
    ["Le gouvernement des États-Unis détient désormais 10 % d'Intel.", 'fr', [['US government', 10]]],
    ['Die US-Regierung hält seit August eine Beteiligung von zehn Prozent an Intel.', 'de', [['US government', 10]]],
  ] as const)('%s', (text, lang, want) => {
    expect(holders(text, lang)).toEqual(want);
  });
});

test('a modal verb before the holding verb: "Le propriétaire de ChatGPT pourrait prendre jusqu\'à 10 %"', () => {
  const r = loadAnalyzer('config').analyze({ text: "AMD flambe de 27 %. Le propriétaire de ChatGPT pourrait prendre jusqu'à 10 % du concurrent d'Intel.", lang: 'fr' });
  expect(r.stakes_pct.map((s) => [s.holder, s.pct])).toEqual([['OpenAI', 10]]);
});

describe('holders paired with their figures "respectively"', () => {
  test.each([
    ['El consejo de Merlin aprobó la ampliación con el respaldo de sus accionistas, Halvard Capital y Nortia Capital (dirigida por Manuel Lao), quienes controlan el 24,6 % y el 8,2 % del capital social respectivamente.', 'es', [['Halvard Capital', 24.6], ['Nortia Capital', 8.2]]],
    ['Porto Capital and Skyline Partners hold 12% and 7% of Halcyon, respectively.', 'en', [['Porto Capital', 12], ['Skyline Partners', 7]]],
  ] as const)('%s', (text, lang, want) => {
    expect(holders(text, lang)).toEqual(want);
  });
});
