// The optional trained classifier (src/analysis/model/): deterministic training, the
// shipped model file, pure inference, hard negatives, explanations and the config switch.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createAnalyzer, loadAnalyzer, type StoryInput } from '../../../src/analysis/index.js';
import type { Doc } from '../../../src/analysis/doc.js';
import type { Features } from '../../../src/analysis/classify.js';
import { classifierFromConfig, classifierHook, combine, featureVector, loadModel, modelFile, predict, ruleFeatures, train, word, type ClassifierMode } from '../../../src/analysis/model/index.js';
import { loadConfig } from '../../../src/shared/config/index.js';

const config = loadConfig('config', {});
const shipped = JSON.parse(readFileSync('config/classifier.json', 'utf8')) as unknown;

/** The rules' analyser with a hook that keeps the prepared story and its rule features. */
function capture() {
  let seen: { doc: Doc; f: Features; rule: number } | null = null;
  const a = createAnalyzer({
    companies: config.companies,
    rates: config.rates,
    classifier: (doc, f, rule) => {
      seen = { doc, f, rule };
      return null;
    },
  });
  return (s: StoryInput) => {
    const c = a.classify(s);
    return { ...seen!, c };
  };
}

const stories = readdirSync('tests/stories').filter((f) => f.endsWith('.json')).sort().slice(0, 24).map((f) => {
  const j = JSON.parse(readFileSync(join('tests/stories', f), 'utf8')) as { title?: string; text: string; lang?: string; label: { is_ai_compute_deal: boolean } };
  return { story: { text: j.text, ...(j.title ? { title: j.title } : {}), ...(j.lang ? { lang: j.lang } : {}) }, y: j.label.is_ai_compute_deal ? 1 as const : 0 as const };
});

describe('features', () => {
  test('words are lower-cased tokens with accents kept; numbers fold to 0', () => {
    expect(word('centros')).toBe('centros');
    expect(word('ações')).toBe('ações');
    expect(word('2025')).toBe('0');
    expect(word('gb300')).toBe('gb300');
  });

  test('rule features, unigrams, bigrams and headline words, by name', () => {
    const see = capture();
    const { doc, f } = see({ title: 'Nebius firma un contrato con Microsoft', text: 'Nebius suministrará capacidad de cómputo por 17.400 millones de dólares.', lang: 'es' });
    const x = featureVector(doc, f);
    for (const name of ['title: nebius', 'title: contrato', 'contrato', 'firma un', 'capacidad de', '0', 'rule: deals']) expect(x.has(name), name).toBe(true);
    expect([...x.values()].every((v) => v > 0 && v <= 1)).toBe(true);
    expect(ruleFeatures(f).map(([n]) => n)).toContain('rule: compute terms');
    // Only the lead: the headline and the first 3 tokens of the body.
    const lead = featureVector(doc, f, 3);
    expect(lead.has('suministrará')).toBe(true);
    expect(lead.has('capacidad')).toBe(true);
    expect(lead.has('cómputo')).toBe(false);
  });
});

describe('training', () => {
  const see = capture();
  const examples = stories.map(({ story, y }) => {
    const { doc, f } = see(story);
    return { x: featureVector(doc, f, 60), y };
  });

  test('is deterministic: the same stories give the same model file', () => {
    const a = JSON.stringify(modelFile(train(examples), 500, 60));
    const b = JSON.stringify(modelFile(train(examples), 500, 60));
    expect(a).toBe(b);
    expect(Object.keys(JSON.parse(a).weights).length).toBeGreaterThan(10);
  });

  test('fits its training stories and keeps the largest weights only', () => {
    const t = train(examples);
    const file = modelFile(t, 50, 60);
    expect(Object.keys(file.weights).filter((n) => !n.startsWith('rule: ')).length).toBeLessThanOrEqual(50);
    const m = loadModel(file);
    const right = stories.filter(({ story, y }) => {
      const { doc, f } = see(story);
      return (predict(m, doc, f).probability >= 0.5 ? 1 : 0) === y;
    }).length;
    expect(right / stories.length).toBeGreaterThan(0.9);
  });
});

describe('the shipped model (config/classifier.json)', () => {
  const model = loadModel(shipped);
  const see = capture();

  test('loads and scores: a deal above 0.5, a hard negative below', () => {
    const j = JSON.parse(readFileSync('demo/stories/02-nebius-example-en.json', 'utf8')) as StoryInput;
    const deal = see({ title: j.title!, text: j.text, lang: 'en' });
    const p = predict(model, deal.doc, deal.f).probability;
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThanOrEqual(1);
    const results = see({ title: 'Nvidia beats estimates as data-center revenue jumps', text: 'Nvidia reported third-quarter revenue of $57.0 billion, up 62%, and forecast fourth-quarter revenue of about $65 billion. The data-center unit brought in $51.2 billion from GPUs. Shares rose 5% after the quarterly results.', lang: 'en' });
    expect(predict(model, results.doc, results.f).probability).toBeLessThan(0.5);
  });

  test('rejects a file of another format', () => {
    expect(() => loadModel({ format: 'other', bias: 0, weights: {} })).toThrow(/not a dealwire-logreg\/1/);
    expect(() => loadModel({ format: 'dealwire-logreg/1', bias: 0, lead_tokens: 0, weights: { x: 'a' } })).toThrow(/weight of 'x'/);
  });

  test('inference is pure: same verdict in any order, inputs untouched', () => {
    const a = see({ title: 'Nvidia beats estimates', text: 'Nvidia reported quarterly revenue of $57 billion, up 62%, as data-center sales of GPUs rose. Shares rose 5% after the results.', lang: 'en' });
    const b = see({ title: 'Microsoft firma con Nscale', text: 'Microsoft ha firmado un acuerdo de 24.000 millones de dólares con Nscale para GPU en centros de datos en Portugal.', lang: 'es' });
    const fBefore = JSON.stringify(a.f);
    const tokens = a.doc.tokens.length;
    const first = predict(model, a.doc, a.f);
    predict(model, b.doc, b.f);
    expect(predict(model, a.doc, a.f)).toEqual(first);
    expect(JSON.stringify(a.f)).toBe(fBefore);
    expect(a.doc.tokens.length).toBe(tokens);
    expect([...model.seen].every((x) => x === 0)).toBe(true);
  });

  test('combine: the rules, the model, or the model with the rules weighing more on short texts; a story in no language read is trusted less', () => {
    const en = (tokens: number, veto = false) => ({ lang: 'en', tokens, veto });
    expect(combine('rules', 0.2, 0.9, en(40))).toBe(0.2);
    expect(combine('model', 0.2, 0.9, en(40))).toBe(0.9);
    // The blend 0.34 / 0.41 / 0.48, calibrated (logit + ln(0.65/0.35) + ln(0.6/0.4)): a blend of about 0.264 reads 0.5.
    expect(combine('combined', 0.2, 0.9, en(40))).toBeCloseTo(0.589);
    expect(combine('combined', 0.2, 0.9, en(165))).toBeCloseTo(0.659);
    expect(combine('combined', 0.2, 0.9, en(600))).toBeCloseTo(0.72);
    expect(combine('combined', 0.35, 0.35, en(600))).toBeCloseTo(0.6);
    expect(combine('combined', 0.264, 0.264, en(600))).toBeCloseTo(0.5, 2);
    expect(combine('combined', 0.2, 0.9, en(600, true))).toBe(0.2);
    expect(combine('model', 0.2, 0.9, { lang: 'und', tokens: 40, veto: false })).toBeCloseTo(0.63);
    expect(classifierHook(model, 'rules')).toBeUndefined();
  });
});

describe.each(['model', 'combined'] as ClassifierMode[])('analyser with the classifier: %s', (mode) => {
  const analyzer = createAnalyzer({ companies: config.companies, rates: config.rates, classifier: classifierHook(loadModel(shipped), mode) });

  test.each([
    ['en', 'earnings', 'Nvidia forecasts fourth-quarter revenue above estimates', 'Nvidia forecast fourth-quarter revenue of about $65 billion. Revenue in the third quarter rose 62% to $57.0 billion and the data-center unit brought in $51.2 billion from GPUs. Shares rose 5% after the quarterly results.'],
    ['es', 'model release', 'OpenAI presenta GPT-5', 'OpenAI presentó el jueves GPT-5, su nuevo modelo, entrenado en la nube de Microsoft Azure con GPU de Nvidia. El lanzamiento llega tras meses de retrasos. Las acciones de Microsoft bajaron un 0,8 %.'],
    ['pt', 'chip launch', 'Nvidia apresenta a nova geração Blackwell Ultra', 'A Nvidia apresentou nesta terça-feira a nova geração de chips Blackwell Ultra para centros de dados. O sistema GB300 NVL72 reúne 72 GPUs. As ações da Nvidia caíram 3,4%.'],
    ['fr', 'earnings call', 'Equinix relève ses prévisions', "Equinix a relevé ses prévisions de chiffre d'affaires à 9,2 milliards de dollars. La direction n'a annoncé aucun nouveau contrat lors de la conférence sur les résultats trimestriels. Le titre a reculé de 1,8 %."],
    ['de', 'export charge', 'Nvidia erwartet Belastung durch Exportbeschränkungen', 'Nvidia rechnet wegen Exportbeschränkungen mit einer Belastung von rund 5,5 Mrd. US-Dollar. Die Nvidia-Aktie fiel um rund 6 Prozent. Der Umsatz im Quartal lag bei 44 Mrd. Dollar.'],
  ])('hard negative stays out (%s, %s)', (lang, _kind, title, text) => {
    const c = analyzer.classify({ title, text, lang });
    expect(c.language).toBe(lang);
    expect(c.is_ai_compute_deal).toBe(false);
    expect(c.reasons.some((r) => /^model 0\.\d\d: [+-]'/.test(r))).toBe(true);
  });

  test('a deal is in, with the model\'s strongest features among the reasons', () => {
    const c = analyzer.classify({
      title: 'Microsoft firma un acuerdo de 17.400 millones con Nebius',
      text: 'Nebius ha firmado con Microsoft un contrato de cinco años valorado en 17.400 millones de dólares para suministrar capacidad de cómputo con GPU de Nvidia desde un centro de datos de 300 megavatios en Nueva Jersey. Las acciones de Nebius subieron un 47 %.',
      lang: 'es',
    });
    expect(c.is_ai_compute_deal).toBe(true);
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
    const why = c.reasons.find((r) => r.startsWith('model '))!;
    expect(why).toMatch(/^model 0\.\d\d: (?:[+-]'[^']+' ?){2,}$/);
    // Rule features and words both explain the verdict.
    expect(why).toMatch(/'rule: /);
    expect(why).toMatch(/[+-]'(?!rule: )[^']+'/);
  });
});

describe('config switch (analysis.classifier)', () => {
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'dealwire-model-'));
    for (const f of ['entities.yaml', 'rates.yaml']) copyFileSync(join('config', f), join(d, f));
    return d;
  };
  const story = { title: 'Nebius signs $17.4 billion GPU deal with Microsoft', text: 'Nebius signed a five-year agreement to supply Microsoft with GPU computing capacity worth $17.4 billion from a 300 megawatt data center.', lang: 'en' };

  test('rules by default: no model reason, no model file needed', () => {
    const d = dir();
    expect(loadConfig(d, {}).app.analysis.classifier).toBe('rules');
    const c = loadAnalyzer(d).classify(story);
    expect(c.reasons.some((r) => r.startsWith('model '))).toBe(false);
  });

  test('combined reads <config>/classifier.json and adds its reasons', () => {
    const d = dir();
    writeFileSync(join(d, 'app.yaml'), 'analysis:\n  classifier: combined\n');
    copyFileSync('config/classifier.json', join(d, 'classifier.json'));
    const c = loadAnalyzer(d).classify(story);
    expect(c.is_ai_compute_deal).toBe(true);
    expect(c.reasons.some((r) => r.startsWith('model '))).toBe(true);
  });

  test('a missing model file or an unknown mode is an error', () => {
    const d = dir();
    writeFileSync(join(d, 'app.yaml'), 'analysis:\n  classifier: model\n');
    expect(() => loadAnalyzer(d)).toThrow(/classifier\.json does not exist/);
    expect(() => classifierFromConfig(d, 'rules')).not.toThrow();
    writeFileSync(join(d, 'app.yaml'), 'analysis:\n  classifier: bayes\n');
    expect(() => loadConfig(d, {})).toThrow(/analysis\.classifier/);
  });
});
