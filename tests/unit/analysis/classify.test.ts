import { describe, expect, test } from 'vitest';
import { analyzer } from './fixtures/companies.js';

const isDeal = (text: string, lang?: string) => analyzer.classify(lang ? { text, lang } : { text });

describe('AI-compute deals in every language', () => {
  test.each([
    ['en', 'OpenAI has signed a seven-year, $38 billion agreement with Amazon Web Services to run its AI workloads on Nvidia GPUs in AWS data centers. The contract gives the ChatGPT maker access to hundreds of thousands of GPUs. Amazon shares rose 4%.'],
    ['es', 'OpenAI ha firmado un acuerdo con AWS valorado en 38.000 millones de dólares para usar su infraestructura de computación en la nube y sus centros de datos con GPU de Nvidia. Las acciones de Amazon subieron un 4 %.'],
    ['pt', 'A Microsoft assinou um acordo de 10 mil milhões de dólares com a Nscale para instalar 12.600 GPU Nvidia num centro de dados em Sines, com uma potência de 1,2 gigawatts.'],
    ['fr', 'Nebius a signé avec Microsoft un contrat pluriannuel de fourniture de capacités de calcul d’une valeur de 17,4 milliards de dollars, avec des processeurs graphiques dans un centre de données de 300 mégawatts.'],
    ['de', 'Der Cloud-Anbieter CoreWeave hat mit Nvidia einen Vertrag über 6,3 Milliarden US-Dollar abgeschlossen. Nvidia verpflichtet sich, ungenutzte Rechenkapazität in den Rechenzentren abzunehmen.'],
  ])('%s', (lang, text) => {
    const c = isDeal(text, lang);
    expect(c.is_ai_compute_deal).toBe(true);
    expect(c.language).toBe(lang);
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.reasons.some((r) => r.startsWith('deal '))).toBe(true);
  });
});

describe('hard negatives stay out', () => {
  test.each([
    ['earnings', 'en', 'Nvidia forecast fourth-quarter revenue of about $65 billion. Revenue in the third quarter rose 62% to $57.0 billion and the data-center unit brought in $51.2 billion from GPUs. Shares rose 5% after the quarterly results.'],
    ['chip launch', 'pt', 'A Nvidia apresentou nesta terça-feira a nova geração de chips Blackwell Ultra para centros de dados. O sistema GB300 NVL72 reúne 72 GPUs. As ações da Nvidia caíram 3,4%.'],
    ['model release', 'es', 'OpenAI presentó el jueves GPT-5, su nuevo modelo, entrenado en la nube de Microsoft Azure con GPU de Nvidia. El lanzamiento llega tras meses de retrasos. Las acciones de Microsoft bajaron un 0,8 %.'],
    ['antitrust', 'es', 'El regulador chino concluyó que Nvidia vulneró la ley antimonopolio con la compra de Mellanox, una operación de 6.900 millones de dólares cerrada en 2020. La investigación sigue abierta. Las acciones de Nvidia cayeron un 2,5 %.'],
    ['non-AI buyout', 'en', 'Electronic Arts agreed to be taken private in a $55 billion leveraged buyout by a consortium. The deal is the largest takeover of its kind. Shareholders will receive $210 a share.'],
    ['market wrap', 'en', 'U.S. stocks fell on Tuesday. The Nasdaq Composite dropped 2.0% and the S&P 500 lost 1.2%. Nvidia fell 3.2% and Oracle lost 3.8 percent in a broad selloff of AI stocks.'],
    ['GPU review', 'en', 'Review: the GeForce RTX 5070 brings frame generation to the midrange for $549. In our benchmark it averaged 58 frames per second, and AMD\'s card offers 16GB.'],
    ['earnings call', 'fr', "Equinix a relevé ses prévisions de chiffre d'affaires à 9,2 milliards de dollars. La direction n'a annoncé aucun nouveau contrat lors de la conférence sur les résultats trimestriels. Le titre a reculé de 1,8 %."],
    ['export charge', 'de', 'Nvidia rechnet wegen Exportbeschränkungen mit einer Belastung von rund 5,5 Mrd. US-Dollar. Die Nvidia-Aktie fiel um rund 6 Prozent. Der Umsatz im Quartal lag bei 44 Mrd. Dollar.'],
    ['empty', 'en', ''],
  ])('%s', (_name, lang, text) => {
    expect(isDeal(text, lang).is_ai_compute_deal).toBe(false);
  });
});

test('language detection without a hint', () => {
  expect(isDeal('Las acciones de la compañía subieron un 4 % tras el acuerdo con la empresa de Redmond.').language).toBe('es');
  expect(isDeal('As ações da empresa subiram 4% depois do acordo com a gigante de Redmond.').language).toBe('pt');
  expect(isDeal("L'action du groupe a progressé de 4 % après l'accord avec le géant de Redmond.").language).toBe('fr');
  expect(isDeal('Die Aktie des Konzerns stieg um 4 Prozent nach der Einigung mit dem Softwarekonzern.').language).toBe('de');
  expect(isDeal('Shares of the company rose 4% after the agreement with the software giant.').language).toBe('en');
  expect(isDeal('12345 67890').language).toBe('und');
});
