// Phrasings met in real outlets' articles (written here in our own words), field by field:
// each one was read wrong before a rule learnt it.
import { describe, expect, test } from 'vitest';
import { loadAnalyzer } from '../../../src/analysis/index.js';

const real = loadAnalyzer('config');
const analyze = (title: string, text: string, lang: string) => real.analyze({ title, text, lang });
const moves = (title: string, text: string, lang: string) => analyze(title, text, lang).stock_moves.map((m) => `${m.company} ${m.direction} ${m.pct}`);
const amounts = (title: string, text: string, lang: string) => analyze(title, text, lang).deals.map((d) => `${d.currency} ${d.amount} ${d.qualifier}`);

describe('stock moves', () => {
  test('"the share prices of X" names X', () => {
    expect(moves('Dell gains on AI server order', 'The share prices of Dell also rose 5 per cent because it will supply the servers.', 'en')).toEqual(['Dell up 5']);
  });
  test('a sentence opening with "Although" does not make it part of the name', () => {
    const m = moves('Bitcoin miner signs AI hosting deal', 'Core Scientific signed a 12-year hosting deal with CoreWeave. Although Core has risen more than 40% since its relisting, analysts see more upside.', 'en');
    expect(m).toEqual(['Core Scientific up 40']);
  });
  test('a one-word name outside the gazetteer takes the full name written before it', () => {
    const m = moves('Airlines beat forecasts', 'Larkfield Airways and Tessaro Air Group beat forecasts on Thursday.\nLarkfield shares were up 6.9 percent, while Tessaro rose 1.3 percent.', 'en');
    expect(m).toEqual(['Larkfield Airways up 6.9', 'Tessaro Air Group up 1.3']);
  });
  test('a headline capitalising every word gives no full name', () => {
    const m = moves('Halvex Secures $1.4B To Expand Its Campus', 'Halvex has secured $1.4 billion of loans to expand its campus.\nHalvex shares fell 2.2% in early trading.', 'en');
    expect(m).toEqual(['Halvex down 2.2']);
  });
});

describe('what moved', () => {
  test('a volatility index is no company ("VIX, que subió 11%")', () => {
    expect(moves('', 'Nvidia bajó 4% mientras el índice de volatilidad VIX, que subió 11%, marcó máximos.', 'es')).toEqual(['Nvidia down 4']);
  });
  test('a legal suffix is no company ("Procter & Gamble Co raised …. Shares of the maker rose")', () => {
    expect(moves('P&G raises forecast', '(Reuters) - Procter & Gamble Co raised its full-year sales forecast on Wednesday.\nShares of the world\'s largest consumer goods maker rose 4.2 percent in early trading.', 'en'))
      .toEqual(['Procter & Gamble up 4.2']);
  });
  test('an index with its own figure in apposition ("du Nasdaq, en progression de 22 %")', () => {
    expect(moves('', "L'action Oracle reste en hausse de 34 % depuis le début de l'année, devançant la performance du Nasdaq, en progression de 22 % sur la même période.", 'fr'))
      .toEqual(['Oracle up 34']);
  });
  test('the share price named after the figure ("une hausse de plus de 4 % du titre")', () => {
    expect(moves('Nvidia publie des résultats record', 'Nvidia a publié des résultats record. Ces résultats ont entraîné une hausse de plus de 4 % du titre dans les échanges après-Bourse.', 'fr'))
      .toEqual(['Nvidia up 4']);
  });
});

describe('whose shares, after an opener or a descriptor', () => {
  test.each([
    ['"Following the announcement, the company\'s stock price rose"', 'Cipher Mining signed a 15-year lease with AWS for its data center. Following the announcement, the company\'s stock price rose approximately 16% in pre-market trading.', 'en', ['Cipher Mining up 16']],
    ['a German descriptor before a name outside the gazetteer', 'Davon profitierten Chipwerte: So legte die Aktie des deutschen Halbleiterherstellers Infineon am Montag um fast 7 Prozent zu.', 'de', ['Infineon up 7']],
    ['"Las utilidades de X subieron 20%" is profit, not shares', 'Las utilidades de Microsoft subieron 20% a US$ 2,94 por acción. Las acciones de Microsoft subían 3,92%.', 'es', ['Microsoft up 3.92']],
    ['an index\'s gain named after the figure', "Intel's shares had risen 9.6 per cent this year, lagging the 22.8 per cent gain in the broader Philadelphia semiconductor index.", 'en', ['Intel up 9.6']],
  ])('%s', (_name, text, lang, want) => {
    expect(moves('', text, lang)).toEqual(want);
  });
  test('a headline opening with a common noun names the company after it ("Lucro da Magalu despenca")', () => {
    expect(moves('Lucro da Magalu despenca 70% no trimestre', 'O lucro da varejista caiu no terceiro trimestre. As ações acompanham o resultado e caem 15,02%.', 'pt')).toEqual(['Magalu down 15.02']);
  });
});

describe('names of market reports', () => {
  test.each([
    ['a currency word inside a name', "Family Dollar's stock shot up 25.44% to $76.09. Dollar Tree's stock jumped 11.12% to $60.25.", 'en', ['Family Dollar up 25.44', 'Dollar Tree up 11.12']],
    ['a legal suffix between name and verb', 'Shares of LG rose 2%, and MediaTek Inc. rose nearly 5%.', 'en', ['LG up 2', 'MediaTek up 5']],
    ['a name outside the gazetteer before an aside', 'IsuPetasys Co., which supplies components for Google, jumped 18%.', 'en', ['IsuPetasys up 18']],
    ['names with a legal suffix and a ticker, paired "respectively"', 'On the day, shares of Intel Corporation INTC and Broadcom Inc. AVGO rose 2.8% and 2%, respectively.', 'en', ['Intel up 2.8', 'Broadcom up 2']],
    ['"a 9% drop in X\'s stock price", "boosting X\'s stock by 6%"', 'A weak benchmark could cause a 9% drop in Google’s stock price, while a strong one was boosting Google’s stock by 6%.', 'en', ['Google down 9', 'Google up 6']],
    ['a possessive inside a name ("Shares of Dick\'s Sporting Goods")', "Shares of Dick's Sporting Goods surged as much as 14% Tuesday.", 'en', ["Dick's Sporting Goods up 14"]],
    ['listed receipts are no company ("ADRs of …")', 'ADRs of the Dutch semi equipment titan ASML are up 3.5%.', 'en', ['ASML up 3.5']],
    ['market-report headings name the company before a dash', 'Tesla — Shares of the electric vehicle maker jumped 6%.\nKenvue — Shares of the Band-Aid maker gained 3% after an upgrade.\nApplied Materials — Shares of the semiconductor stock dropped 6.9% after a downgrade.', 'en', ['Tesla up 6', 'Kenvue up 3', 'Applied Materials down 6.9']],
    ['a short ticker starting another name is no ticker ("BE Semiconductor")', 'In Amsterdam kletterten die Titel von ASML und BE Semiconductor um jeweils 0,9 Prozent.', 'de', ['ASML up 0.9', 'BE Semiconductor up 0.9']],
    ['"sending its stock up": a hyperscaler\'s deal with a GPU cloud moves the cloud\'s shares', 'Meta Platforms secures a $27 billion AI infrastructure deal with cloud company Nebius Group, sending its stock up 14%.', 'en', ['Nebius up 14']],
    ['"sending its shares up": otherwise the subject\'s', 'Cipher also signed a 15-year lease with Amazon Web Services valued at $5.5 billion, sending its shares up 22% on the day.', 'en', ['Cipher Mining up 22']],
    ['a city opening a name', 'Tokyo Electron stiegen um 7,88 Prozent auf 27.845 Yen.', 'de', ['Tokyo Electron up 7.88']],
    ['a class of shares after the name', 'Com resultados esperados para 27 de maio, a C&A ON recuava 5,93% para R$ 7,93.', 'pt', ['C&A down 5.93']],
    ['"dip", "adding", "strengthened"', 'AMD saw its shares dip by about 1.5%. Oracle ended up adding 4.1% for the day, and the stock strengthened another 0.7% in the postmarket.', 'en', ['AMD down 1.5', 'Oracle up 4.1', 'Oracle up 0.7']],
    ['"a near 4% rise in X\'s shares" after an investment', 'Hut 8 got a $150 million investment from Coatue, which led to a near 4% rise in Hut 8’s shares.', 'en', ['Hut 8 up 4']],
    ['a closing price before the signed figure', 'Nvidia cerró en 210,90 dólares (+4,91 %).', 'es', ['Nvidia up 4.91']],
    ['exchange-traded funds are no companies', 'The Technology Select Sector SPDR (XLK) and the Financials Select Sector SPDR (XLF) advanced 1.3% and 1.1%, respectively.', 'en', []],
    ['the direction after the figure ("al alza")', 'SK Hynix, uno de los mayores fabricantes de chips de memoria, también cotizaba más de 10% al alza.', 'es', ['SK Hynix up 10']],
  ])('%s', (_name, text, lang, want) => {
    expect(moves('', text, lang)).toEqual(want);
  });
});

describe('Portuguese and Spanish stock moves', () => {
  test('a list after a move noun, each figure in parentheses after its company', () => {
    expect(moves('', 'A AMD liderou uma alta mais ampla da Nasdaq, que avançou 0,3%, com altas da Micron (6%), Palantir (4,9%), Intel (4%) e Tesla, cujas ações subiram 3%.', 'pt'))
      .toEqual(['Micron up 6', 'Palantir up 4.9', 'Intel up 4', 'Tesla up 3']);
  });
  test.each([
    ['"derretiam" (pt)', 'As ações da Petrobras derretiam 15,9% às 15h10.', 'pt', ['Petrobras down 15.9']],
    ['"Además de X, Y se dejaba …" (es)', 'Además de Nvidia, Broadcom –que presentará sus cuentas al cierre– se dejaba un 4,5%.', 'es', ['Broadcom down 4.5']],
    ['a move noun naming the company ("El descenso de AMD era del 2%")', 'Broadcom se dejaba un 4,5%. El descenso de AMD era del 2%.', 'es', ['Broadcom down 4.5', 'AMD down 2']],
    ['the growth of an amount is no move ("ganó 3.426 millones, un 24% más")', 'El Santander ganó 3.426 millones de euros en el semestre, un 24% más.', 'es', []],
    ['an appositive inside a list ("y Alphabet, matriz de Google, un 3,21 %")', 'Broadcom cayó un 4,48 %, AMD un 5,29 % y Alphabet, matriz de Google, un 3,21 %.', 'es', ['Broadcom down 4.48', 'AMD down 5.29', 'Google down 3.21']],
    ['a number of shares sold is no share price; a descriptor with an adjective and a complement', 'Softbank vendió 32.1 millones de acciones de Nvidia, provocando una caída de hasta 10% en la Bolsa de Tokio. Al cierre, el grupo japonés de telecomunicaciones e inversión Softbank cedía un 3,45%.', 'es', ['SoftBank down 10', 'SoftBank down 3.45']],
    ['a descriptor with a complement before the name ("o grupo de software Palantir")', 'A Nvidia caiu 3,5%, enquanto o grupo de software Palantir recuou 9,4% e a designer de chips Arm perdeu 5%.', 'pt', ['Nvidia down 3.5', 'Palantir down 9.4', 'Arm down 5']],
    ['"remontar" (es)', 'Iberdrola ha superado los 110.000 millones de capitalización tras remontar más de un 1,28% en Bolsa.', 'es', ['Iberdrola up 1.28']],
  ])('%s', (_name, text, lang, want) => {
    expect(moves('', text, lang)).toEqual(want);
  });
});

describe('German stock moves', () => {
  test.each([
    ['a direction word after the figure: "schlossen ebenfalls 10% niedriger"', 'Die Aktien von Core Scientific schlossen am Dienstag ebenfalls 10% niedriger.', ['Core Scientific down 10']],
    ['the level reached between figure and verb: "um 3 Prozent auf ein Rekordhoch geklettert"', 'Die Nvidia-Aktie, die bereits im regulären Handel um 3 Prozent auf ein Rekordhoch geklettert war, legte nachbörslich um weitere 8 Prozent zu.', ['Nvidia up 3', 'Nvidia up 8']],
    ['and between figure and particle: "geben 2,7 Prozent auf 8,70 Euro nach"', 'Die Aktien von ProSiebenSat.1 geben aktuell 2,7 Prozent auf 8,70 Euro nach.', ['ProSiebenSat.1 down 2.7']],
    ['"in die Tiefe"', 'Nachdem Bauer erneut sinkende Erträge in Aussicht gestellt hatte, rauschten die Papiere um mehr als 21 Prozent in die Tiefe.', ['Bauer down 21']],
  ])('%s', (_name, text, want) => {
    expect(moves('', text, 'de')).toEqual(want);
  });
  test('an adverb opening the sentence is no name ("Zwischenzeitlich waren die Anteilsscheine …")', () => {
    expect(moves('Bauer senkt die Prognose', 'Bauer senkt erneut die Prognose. Zwischenzeitlich waren die Anteilsscheine um knapp 24 Prozent abgesackt.', 'de')).toEqual(['Bauer down 24']);
  });
});

describe('deal amounts', () => {
  test('"$US" is the US dollar and a bare "$" in parentheses its conversion', () => {
    const r = analyze('Nvidia to invest up to $US100 billion in OpenAI', 'Nvidia will invest up to $US100 billion ($150b) in OpenAI, which will use the money to buy Nvidia GPUs for its data centres.', 'en');
    expect(r.deals.map((d) => `${d.amount_usd} ${d.qualifier}`)).toEqual(['100000000000 up_to']);
  });
  test('a figure in a subordinate clause is not qualified by the main clause ("shares jumped … after … announced a $7 billion lease")', () => {
    const a = amounts('Hut 8 shares jump after AI data center lease', 'Hut 8 shares jumped about 20% in early trading on Wednesday after the company announced a 15-year, $7 billion lease with AI cloud provider Fluidstack for a data center campus in Louisiana.', 'en');
    expect(a).toContain('USD 7000000000 exact');
  });
  test('average annual income and future contract revenue are no deal values', () => {
    const a = amounts('Hut 8 signs $7 billion AI data center lease with Fluidstack', 'Hut 8 signed a $7 billion lease with Fluidstack for 245 megawatts of AI data center capacity. The lease is expected to generate about $454 million in average annual net operating income. Hut 8 also added more than $9 billion in future contract revenue this year.', 'en');
    expect(a).toEqual(['USD 7000000000 exact']);
  });
  test('"spend $30 billion on Microsoft\'s Azure cloud" names the seller', () => {
    const r = analyze('Anthropic commits to Azure', 'The two companies agreed to invest in the lab, while Anthropic is committing to spend $30 billion on Microsoft’s Azure cloud for its AI models.', 'en');
    expect(r.deals.map((d) => `${d.amount_usd} ${d.parties.join('+')}`)).toEqual(['30000000000 Anthropic+Microsoft']);
  });
});

describe('chips bought from a vendor, parts of a financing', () => {
  test.each([
    ['pt', 'Oracle compra chips da Nvidia', 'A Oracle vai adquirir cerca de 400 mil chips GB200 da Nvidia, em um investimento de aproximadamente US$ 40 bilhões, para alimentar o novo data center da OpenAI em Abilene.'],
    ['en', 'Oracle to spend $40 billion on Nvidia chips', 'Oracle will spend roughly $40 billion on about 400,000 GB200 chips from Nvidia to power the new data center in Abilene.'],
  ])('spending on chips "from / da" a vendor is a purchase from it (%s)', (lang, title, text) => {
    expect(analyze(title, text, lang).deals.map((d) => `${d.amount} ${[...d.parties].sort().join('+')}`)).toEqual(['40000000000 Nvidia+Oracle']);
  });
  test('the equity and debt parts of a financing are not deals of their own', () => {
    const a = amounts('xAI raises $20 billion for Nvidia GPUs', 'xAI is raising about $20 billion in a financing tied to the purchase of Nvidia GPUs for its Colossus 2 data center, with Nvidia contributing up to $2 billion. The financing is split into roughly $7.5 billion of equity and up to $12.5 billion of debt.', 'en');
    expect(a).toEqual(['USD 20000000000 about', 'USD 2000000000 up_to']);
  });
});

describe('a chip or cloud vendor investing in an AI lab', () => {
  test('is vendor financing, a compute deal (README rule 3), not a plain stake', () => {
    const r = analyze('Nvidia llega a un acuerdo con OpenAI por 100.000 millones', 'La noticia de que Nvidia invertirá hasta 100.000 millones de dólares en OpenAI impulsó sus acciones.', 'es');
    expect(r.is_ai_compute_deal).toBe(true);
    expect(r.deals.map((d) => `${d.amount} ${d.qualifier}`)).toEqual(['100000000000 up_to']);
  });
  test('German: the verb last, past a conversion ("mit bis zu 100 Mrd. Dollar (85,2 Mrd. Euro) an dem ChatGPT-Entwickler beteiligen")', () => {
    const r = analyze('Nvidia steigt bei OpenAI ein', 'Nvidia werde sich mit bis zu 100 Mrd. Dollar (85,2 Mrd. Euro) an dem ChatGPT-Entwickler beteiligen. Gemeinsam wollen sie Rechenzentren mit zehn Gigawatt aufbauen.', 'de');
    expect(r.deals.map((d) => `${d.amount} ${[...d.parties].sort().join('+')}`)).toEqual(['100000000000 Nvidia+OpenAI']);
  });
  test('a chipmaker investing in another chipmaker stays a stake', () => {
    expect(real.classify({ title: 'Nvidia to invest $5 billion in Intel', text: 'Nvidia will invest $5 billion in Intel, buying common stock at $23.28 a share.', lang: 'en' }).is_ai_compute_deal).toBe(false);
  });
});

describe('commitments to a purpose, debt facilities', () => {
  test('"has committed $600 billion to data centers" and "$500 billion in planned infrastructure spending" are spending, not deals', () => {
    const a = amounts('Anthropic to spend $50 billion on data centers with Fluidstack', 'Anthropic will build data centers with Fluidstack in a $50 billion deal. Meta has committed roughly $600 billion to data centers over the next three years, and the Stargate initiative, involving SoftBank, OpenAI and Oracle, has outlined $500 billion in planned infrastructure spending.', 'en');
    expect(a).toEqual(['USD 50000000000 exact']);
  });
  test('banks that "fund a massive $22 billion project" finance it', () => {
    const r = analyze('JPMorgan and MUFG to fund $22 billion AI data center project in Texas', 'JPMorgan and Japanese bank MUFG are planning to fund a massive $22 billion data center project in Texas. The money will help build one of the largest campuses for AI.', 'en');
    expect(r.is_ai_compute_deal).toBe(true);
    expect(r.deals.map((d) => `${d.amount} ${d.parties.join('+')}`)).toEqual(['22000000000 JPMorgan+MUFG']);
  });
  test('a debt facility led by a named lender is a financing', () => {
    const a = amounts('Firmus secures funding for AI factory', 'The AI factory of Firmus is supported by a US$10 billion debt facility led by funds managed by Blackstone, for Nvidia GPUs in its data centers.', 'en');
    expect(a).toEqual(['USD 10000000000 exact']);
  });
});

describe('spending in partnership with a company', () => {
  test('"invertir 50.000 millones … en asociación con la empresa británica … Fluidstack" is a deal with it', () => {
    const r = analyze('Anthropic invertirá 50.000 millones en centros de datos', 'Anthropic anunció que prevé invertir 50.000 millones de dólares para construir centros de datos en asociación con la empresa británica de computación en la nube Fluidstack.', 'es');
    expect(r.is_ai_compute_deal).toBe(true);
    expect(r.deals.map((d) => `${d.amount} ${[...d.parties].sort().join('+')}`)).toEqual(['50000000000 Anthropic+Fluidstack']);
  });
});

describe('parties', () => {
  test('an adjective of origin and a descriptor before the partner ("with Dutch cloud company Nebius Group")', () => {
    const r = analyze('Meta signs deal with Nebius', 'Meta Platforms secures a $27 billion AI infrastructure deal with Dutch cloud company Nebius Group for GPU capacity in its data centers.', 'en');
    expect(r.deals.map((d) => [...d.parties].sort().join('+'))).toEqual(['Meta+Nebius']);
  });
});

describe('partners outside the gazetteer', () => {
  test('"partnered with Australian data center operator NextDC Ltd. to build a A$7 billion cluster"', () => {
    const r = analyze('OpenAI, NextDC Plan to Build $4.6 Billion Sydney Data Center', 'OpenAI partnered with Australian data center operator NextDC Ltd. to build a A$7 billion ($4.6 billion) large-scale computing cluster in Sydney.', 'en');
    expect(r.is_ai_compute_deal).toBe(true);
    expect(r.deals.map((d) => `${d.currency} ${d.amount} ${d.parties.join('+')}`)).toEqual(['AUD 7000000000 OpenAI+NextDC']);
    expect(r.reasons.filter((x) => x.startsWith('agreement')).join(' ')).not.toMatch(/Australian|NextDC Plan/);
  });
});

describe('power for AI from a partner', () => {
  test('investing "in X\'s fuel cell technology" buys power equipment, not a stake in X', () => {
    const r = analyze('Brookfield to invest up to $5 billion in Bloom Energy fuel cells to power AI data centers', 'Brookfield Asset Management said on Monday it would invest up to $5 billion in Bloom Energy’s fuel cell technology to power data centers, as companies seek cleaner energy for artificial intelligence.', 'en');
    expect(r.is_ai_compute_deal).toBe(true);
    expect(r.deals.map((d) => `${d.amount} ${d.qualifier}`)).toEqual(['5000000000 up_to']);
  });
  test('a pledge in a relative clause of the agreement ("un accord avec Brookfield, qui prévoit d\'investir …")', () => {
    const r = analyze("Bloom Energy bondit après un partenariat avec Brookfield dans l'énergie pour l'IA", "L’action Bloom Energy a grimpé de près de 30 % lundi après l’annonce d’un accord majeur avec Brookfield, qui prévoit d’investir jusqu’à 5 milliards de dollars pour déployer ses piles à combustible dans des usines d’IA.", 'fr');
    expect(r.is_ai_compute_deal).toBe(true);
    expect(r.deals.map((d) => `${d.amount} ${[...d.parties].sort().join('+')}`)).toEqual(['5000000000 Bloom Energy+Brookfield']);
  });
});

describe('several investors in one sentence', () => {
  const parties = (title: string, text: string, lang: string) => analyze(title, text, lang).deals.map((d) => `${d.amount} ${d.parties.join('+')}`);
  const title = 'Microsoft and Nvidia to invest in Anthropic in AI compute pact';
  test('a left-out verb: "Nvidia will invest up to $10 billion and Microsoft up to $5 billion"', () => {
    expect(parties(title, 'Anthropic will buy $30 billion of Azure compute capacity from Microsoft. Under the deal, Nvidia will invest up to $10 billion and Microsoft up to $5 billion, with both backing Anthropic’s next funding round.', 'en'))
      .toEqual(['30000000000 Anthropic+Microsoft', '10000000000 Nvidia+Anthropic', '5000000000 Microsoft+Anthropic']);
  });
  test('a clause set beside the one before: "…, enquanto a Nvidia poderá investir até 10 mil milhões"', () => {
    expect(parties('Microsoft e Nvidia investem na Anthropic', 'A Anthropic vai comprar capacidade de computação na Azure. No âmbito do acordo, a Microsoft comprometeu-se a investir até 5 mil milhões de dólares na Anthropic, enquanto a Nvidia poderá investir até 10 mil milhões.', 'pt'))
      .toEqual(['5000000000 Microsoft+Anthropic', '10000000000 Nvidia+Anthropic']);
  });
  test('"respectivement" before the figures pairs them with the subjects', () => {
    expect(parties("Nvidia et Microsoft misent sur Anthropic", "Anthropic achètera de la capacité de calcul sur Azure. Nvidia et Microsoft vont respectivement injecter 10 milliards et 5 milliards de dollars dans Anthropic.", 'fr'))
      .toEqual(['10000000000 Nvidia+Anthropic', '5000000000 Microsoft+Anthropic']);
  });
});

describe('German compounds of figure, scale and currency', () => {
  test('"ein 45-Milliarden-Dollar-Deal" is an amount', () => {
    const r = analyze('Microsoft, Nvidia und Anthropic schließen Allianz', 'Microsoft und Nvidia schließen einen 45-Milliarden-Dollar-Deal mit Anthropic, der dem KI-Labor Rechenkapazitäten in Rechenzentren sichert.', 'de');
    expect(r.deals.map((d) => `${d.currency} ${d.amount} ${d.span.text}`)).toEqual(['USD 45000000000 45-Milliarden-Dollar']);
  });
});

describe('totals, revenue of a contract, funding rounds', () => {
  test('"En total, el acuerdo alcanzaría los 1.500 millones": one agreement\'s total beside its parts', () => {
    const a = amounts('Nvidia alquila GPU a Lambda', 'Nvidia firmó con Lambda un contrato de alquiler de 10.000 servidores con GPU por unos 1.300 millones de dólares y un segundo lote por unos 200 millones de dólares. En total, el acuerdo alcanzaría los 1.500 millones de dólares.', 'es');
    expect(a).toEqual(['USD 1300000000 about', 'USD 200000000 about', 'USD 1500000000 exact']);
  });
  test('"El contrato, que incluye …, implica ingresos por unos 3.700 millones": the revenue of the agreement that opens the clause', () => {
    const a = amounts('TeraWulf firma con Fluidstack', 'TeraWulf firmó un contrato de diez años con Fluidstack para alojar sus GPU en su campus de centros de datos. El contrato, que incluye dos extensiones opcionales de cinco años, implica ingresos por unos 3.700 millones de dólares.', 'es');
    expect(a).toEqual(['USD 3700000000 about']);
  });
  test('"u$s" is the US dollar (Argentine outlets)', () => {
    const r = analyze('Microsoft firmó con Iren', 'Microsoft firmó un contrato por u$s9.700 millones con Iren para acceder a GPU de Nvidia en sus centros de datos.', 'es');
    expect(r.deals.map((d) => d.amount_usd)).toEqual([9.7e9]);
  });
  test('a funding round closed "impulsada por un reciente acuerdo" is no deal story', () => {
    const c = real.classify({ title: 'Lambda recauda 1.500 millones', text: 'Lambda, el proveedor de centros de datos para IA, ha cerrado una ronda de financiación de 1.500 millones de dólares, impulsada por la demanda de GPU y un reciente acuerdo multimillonario con Microsoft.', lang: 'es' });
    expect(c.is_ai_compute_deal).toBe(false);
  });
  test('"has secured $686 million in new funds" is a funding round', () => {
    expect(amounts('Crusoe raises money', 'Crusoe, which builds AI data centers leased to Oracle and OpenAI, has secured $686 million in new funds from 70 investors.', 'en')).toEqual([]);
  });
});

describe('chip counts', () => {
  const chips = (text: string, lang: string) => analyze('', text, lang).chip_counts.map((c) => c.value);
  test.each([
    ['"units of" a named chip', 'Nscale will deploy roughly 200,000 units of NVIDIA’s next-generation GB300 GPUs for Microsoft.', 'en', [200000]],
    ['a vendor with its ticker in parentheses', 'Nscale will deploy roughly 200,000 NVIDIA Corp. (NASDAQ:NVDA) GB300 GPUs.', 'en', [200000]],
    ['"of the latest"', 'Microsoft gets access to more than 100,000 of the latest GB300 chips.', 'en', [100000]],
    ['"250,000+"', 'CoreWeave runs 250,000+ Nvidia GPUs across its data centers.', 'en', [250000]],
    ['"unidades del chip"', 'Oracle comprará aproximadamente 400.000 unidades del chip Nvidia GB200.', 'es', [400000]],
    ['"placas gráficas", "dos mais recentes chips"', 'A Microsoft vai trazer 12.600 placas gráficas para Sines, 12.600 dos mais recentes chips da Nvidia.', 'pt', [12600, 12600]],
    ['"superpuces"', 'Humain déploiera 18.000 superpuces Nvidia GB300 Grace Blackwell.', 'fr', [18000]],
    ['"Halbleiter" and a hyphenated compound', 'Die Telekom setzt 10.000 Halbleiter ein. Es ist ein 18.000-Chip-Deal.', 'de', [10000, 18000]],
    ['power is no count ("6 GW of GPUs")', 'OpenAI will deploy 6 GW of GPUs from AMD.', 'en', []],
  ])('%s', (_name, text, lang, want) => {
    expect(chips(text, lang)).toEqual(want);
  });
});

describe('stakes', () => {
  const stakes = (text: string, lang: string) => analyze('', text, lang).stakes_pct.map((x) => `${x.holder}>${x.of} ${x.pct}`);
  test('"backed by Nvidia (which owns 6%)": the company before the parenthesis holds', () => {
    expect(stakes('CoreWeave, backed by Nvidia (which owns 6%), operates a large AI cloud.', 'en')).toEqual(['Nvidia>CoreWeave 6']);
  });
  test.each([
    ['en', 'Google will guarantee $1.8 billion of the lease. In return, Google will receive warrants to buy about 41 million TeraWulf shares, roughly 8% of equity.', ['Google>TeraWulf 8']],
    ['pt', 'O Google vai garantir 1,4 bilhão da Fluidstack. Em troca, o Google receberá warrants para adquirir 24 milhões de ações da Cipher Mining, o que representa aproximadamente 5,4% de participação acionária.', ['Google>Cipher Mining 5.4']],
  ])('the company whose shares are bought is the one held (%s)', (lang, text, want) => {
    expect(stakes(text, lang)).toEqual(want);
  });
});
