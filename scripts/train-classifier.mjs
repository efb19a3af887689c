// Trains the analyser's optional classifier (logistic regression over the rule
// features and word n-grams, src/analysis/model/) on the labelled stories of
// the repository, measures it against the rules, and writes config/classifier.json.
// Runs on the build: npm run build && node scripts/train-classifier.mjs
//
//   --seeds N      cross-validation repeats (default 5), k = 5 stratified folds each
//   --keep N       n-gram weights kept in the model file (default 3000)
//   --lead N       n-grams of the headline and the first N tokens of the body only (default 60; 0: all)
//   --external D   extra held-out folder (default ../shared/corpus/dev, skipped when absent)
//   --l2 X, --iterations N   training options (defaults: DEFAULT_TRAIN in src/analysis/model/logreg.ts)
//   --augment      also train on each story's first paragraph alone, untitled (tried: the model then
//                  scores short summaries better but does worse in cross-validation; off by default)
//   --subset RE    also report the cross-validation on the stories whose path matches RE
//                  (e.g. stories written after the rules were tuned: --subset '/6[0-9][0-9]-')
//   --no-write     evaluate only
//   --markdown     also print the README table
//
// Stories: tests/stories/*.json and demo/stories/*.json; the label is
// label.is_ai_compute_deal, or for demo stories whether `expect` lists a deal.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const { createAnalyzer } = await import(new URL('analysis/index.js', dist).href);
const M = await import(new URL('analysis/model/index.js', dist).href);
const { loadConfig } = await import(new URL('shared/config/index.js', dist).href);

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const SEEDS = Number(opt('--seeds', '5'));
const K = 5;
const KEEP = Number(opt('--keep', '3000'));
const LEAD = Number(opt('--lead', '60'));
const TRAIN = { ...M.DEFAULT_TRAIN, ...(opt('--l2') ? { l2: Number(opt('--l2')) } : {}), ...(opt('--iterations') ? { iterations: Number(opt('--iterations')) } : {}) };
const EXTERNAL = opt('--external', '../shared/corpus/dev');
const WRITE = !args.includes('--no-write');
const SUBSET = opt('--subset') ? new RegExp(opt('--subset')) : null;
const rootPath = new URL('.', root).pathname;
const configDir = join(rootPath, 'config');

const config = loadConfig(configDir, {});
const threshold = config.app.analysis.min_confidence;
// The rules alone, with a hook that keeps what the model reads (the prepared story and its rule features).
let seen = null;
const analyzer = createAnalyzer({
  companies: config.companies,
  rates: config.rates,
  threshold,
  classifier: (doc, f, ruleConfidence) => {
    seen = { doc, f, ruleConfidence };
    return null;
  },
});

function label(j) {
  if (typeof j.label?.is_ai_compute_deal === 'boolean') return j.label.is_ai_compute_deal;
  if (Array.isArray(j.expect)) return j.expect.some((e) => e.type === 'deal.detected');
  return null;
}

const key = (j) => createHash('sha1').update(`${j.title ?? ''}\n\n${j.text}`).digest('hex');

function read(dirs) {
  const out = [];
  for (const dir of dirs) {
    const abs = resolve(rootPath, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).filter((x) => x.endsWith('.json')).sort()) {
      const j = JSON.parse(readFileSync(join(abs, f), 'utf8'));
      const y = label(j);
      if (y === null || typeof j.text !== 'string') continue;
      const story = { text: j.text, ...(j.title ? { title: j.title } : {}), ...(j.lang ? { lang: j.lang } : {}) };
      const c = analyzer.classify(story);
      const { doc, f: feats, ruleConfidence } = seen;
      const x = M.featureVector(doc, feats, LEAD);
      // The first paragraph alone, untitled, as a feed summary reads: a second training example with the same label.
      const para = j.text.split('\n')[0];
      analyzer.classify({ text: para, ...(j.lang ? { lang: j.lang } : {}) });
      const short = M.featureVector(seen.doc, seen.f, LEAD);
      out.push({ file: join(dir, f), key: key(j), y: y ? 1 : 0, doc, f: feats, ruleConfidence, rules: c.is_ai_compute_deal, x, short });
    }
  }
  return out;
}

// The repository's stories, each text once.
const repo = [];
const keys = new Set();
for (const s of read(['tests/stories', 'demo/stories'])) {
  if (keys.has(s.key)) continue;
  keys.add(s.key);
  repo.push(s);
}

const AUGMENT = args.includes('--augment');
const examples = (stories) => stories.flatMap((s) => (AUGMENT ? [{ x: s.x, y: s.y }, { x: s.short, y: s.y }] : [{ x: s.x, y: s.y }]));
const fit = (stories) => M.loadModel(M.modelFile(M.train(examples(stories), TRAIN), KEEP, LEAD));
/** The three verdicts on a story under a trained model. */
function verdicts(model, s) {
  const p = M.predict(model, s.doc, s.f).probability;
  return {
    rules: s.rules,
    model: M.combine('model', s.ruleConfidence, p, M.traitsOf(s.doc, s.f)) >= threshold,
    combined: M.combine('combined', s.ruleConfidence, p, M.traitsOf(s.doc, s.f)) >= threshold,
  };
}
const VARIANTS = ['rules', 'model', 'combined'];

/** Deterministic shuffle (mulberry32). */
function shuffled(xs, seed) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Stratified folds: positives and negatives shuffled apart and dealt round-robin. */
function folds(stories, seed) {
  const f = Array.from({ length: K }, () => []);
  let i = 0;
  for (const y of [1, 0]) for (const s of shuffled(stories.filter((x) => x.y === y), seed * 2 + y)) f[i++ % K].push(s);
  return f;
}

const metrics = (c) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, accuracy: (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn) };
};
const tally = (c, pred, y) => (pred ? (y ? c.tp++ : c.fp++) : y ? c.fn++ : c.tn++);
const empty = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

// Cross-validation over the repository's stories.
const t0 = Date.now();
const cv = Object.fromEntries(VARIANTS.map((v) => [v, { runs: [], wrong: new Map() }]));
// Paired with the rules, story by story: how many each variant gets right that the rules miss, and wrong that they get right.
const paired = Object.fromEntries(VARIANTS.map((v) => [v, { fixed: 0, broken: 0 }]));
const sub = Object.fromEntries(VARIANTS.map((v) => [v, []]));
for (let seed = 1; seed <= SEEDS; seed++) {
  const fs = folds(repo, seed);
  const conf = Object.fromEntries(VARIANTS.map((v) => [v, empty()]));
  const subConf = Object.fromEntries(VARIANTS.map((v) => [v, empty()]));
  for (let k = 0; k < K; k++) {
    const model = fit(fs.filter((_, i) => i !== k).flat());
    for (const s of fs[k]) {
      const v = verdicts(model, s);
      for (const name of VARIANTS) {
        tally(conf[name], v[name], s.y);
        if (SUBSET?.test(s.file)) tally(subConf[name], v[name], s.y);
        if (v[name] !== !!s.y) cv[name].wrong.set(s.file, (cv[name].wrong.get(s.file) ?? 0) + 1);
        if (v[name] !== v.rules) paired[name][v[name] === !!s.y ? 'fixed' : 'broken']++;
      }
    }
  }
  for (const name of VARIANTS) {
    cv[name].runs.push(metrics(conf[name]));
    sub[name].push(metrics(subConf[name]));
  }
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const f3 = (x) => x.toFixed(3);
const pos = repo.filter((s) => s.y).length;
console.log(`repository stories: ${repo.length} (${pos} deals, ${repo.length - pos} not); ${K}-fold stratified cross-validation, ${SEEDS} seeds (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const table = [];
for (const name of VARIANTS) {
  const runs = cv[name].runs;
  const m = Object.fromEntries(['precision', 'recall', 'f1', 'accuracy'].map((k) => [k, mean(runs.map((r) => r[k]))]));
  const f1sd = sd(runs.map((r) => r.f1));
  table.push({ split: `repo ${K}-fold CV ×${SEEDS}`, name, ...m, f1sd });
  const pr = name === 'rules' ? '' : `  vs rules, per seed: ${(paired[name].fixed / SEEDS).toFixed(1)} stories fixed, ${(paired[name].broken / SEEDS).toFixed(1)} broken`;
  console.log(`  ${name.padEnd(9)} P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)} ±${f3(f1sd)}  acc ${f3(m.accuracy)}${pr}`);
  const wrong = [...cv[name].wrong].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [file, n] of wrong) console.log(`      ${n}/${SEEDS} ${file} (${repo.find((s) => s.file === file).y ? 'deal, missed' : 'not a deal, flagged'})`);
}

if (SUBSET) {
  const n = repo.filter((s) => SUBSET.test(s.file));
  const np = n.filter((s) => s.y).length;
  console.log(`\nthe same cross-validation on the ${n.length} stories matching ${SUBSET} (${np} deals, ${n.length - np} not)`);
  for (const name of VARIANTS) {
    const m = Object.fromEntries(['precision', 'recall', 'f1', 'accuracy'].map((k) => [k, mean(sub[name].map((r) => r[k]))]));
    const f1sd = sd(sub[name].map((r) => r.f1));
    table.push({ split: `repo CV, only ${SUBSET}`, name, ...m, f1sd });
    console.log(`  ${name.padEnd(9)} P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)} ±${f3(f1sd)}  acc ${f3(m.accuracy)}`);
  }
}

// The model of all the repository's stories: the external held-out set, then the model file.
const trained = M.train(examples(repo), TRAIN);
const file = M.modelFile(trained, KEEP, LEAD, {
  stories: repo.length,
  deals: pos,
  features: trained.weights.size,
  kept_ngrams: KEEP,
  lead_tokens: LEAD,
  options: TRAIN,
  inputs_sha1: createHash('sha1').update(repo.map((s) => s.key).join('\n')).digest('hex'),
});
const model = M.loadModel(file);

if (EXTERNAL && existsSync(resolve(rootPath, EXTERNAL))) {
  const all = read([EXTERNAL]);
  const ext = all.filter((s) => !keys.has(s.key));
  const conf = Object.fromEntries(VARIANTS.map((v) => [v, empty()]));
  const wrong = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (const s of ext) {
    const v = verdicts(model, s);
    for (const name of VARIANTS) {
      tally(conf[name], v[name], s.y);
      if (v[name] !== !!s.y) wrong[name].push(`${s.file} (${s.y ? 'deal, missed' : 'not a deal, flagged'})`);
    }
  }
  const epos = ext.filter((s) => s.y).length;
  console.log(`\nexternal held-out ${EXTERNAL}: ${ext.length} stories (${epos} deals, ${ext.length - epos} not; ${all.length - ext.length} left out as also in the repository); model trained on all ${repo.length} repository stories`);
  for (const name of VARIANTS) {
    const m = metrics(conf[name]);
    table.push({ split: `external ${EXTERNAL}`, name, ...m });
    console.log(`  ${name.padEnd(9)} P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)}  acc ${f3(m.accuracy)}`);
    for (const w of wrong[name]) console.log(`      ${w}`);
  }
}

if (args.includes('--markdown')) {
  console.log('\n| split | classifier | precision | recall | F1 | accuracy |\n| --- | --- | ---: | ---: | ---: | ---: |');
  for (const r of table) console.log(`| ${r.split} | ${r.name} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)}${r.f1sd !== undefined ? ` ±${r.f1sd.toFixed(3)}` : ''} | ${f3(r.accuracy)} |`);
}

if (WRITE) {
  const out = join(configDir, 'classifier.json');
  writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`\nwrote ${out}: ${Object.keys(file.weights).length} weights (${(JSON.stringify(file).length / 1024).toFixed(0)} KB)`);
  const top = Object.entries(file.weights).sort((a, b) => b[1] - a[1]);
  console.log(`  strongest for: ${top.slice(0, 12).map(([n]) => `'${n}'`).join(' ')}`);
  console.log(`  strongest against: ${top.slice(-12).reverse().map(([n]) => `'${n}'`).join(' ')}`);
}
