// Analyser throughput on one core, side by side with @microsoft/recognizers-text-suite
// (number + currency + percentage recognisers, culture by detected language) on the
// same texts, then pathological inputs. Run after `npm run build`: npm run bench:analyze
//
//   node bench/analyze.mjs [CORPUS_DIR ...]     (default: ../shared/corpus/dev tests/stories)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// DEALWIRE_DIST points at another build (a folder with analysis/index.js); default ../dist.
const dist = process.env.DEALWIRE_DIST ? pathToFileURL(join(process.env.DEALWIRE_DIST, '/')).href : new URL('../dist/', import.meta.url).href;
const { loadAnalyzer, detectLanguage } = await import(new URL('analysis/index.js', dist).href);
const R = createRequire(import.meta.url)('@microsoft/recognizers-text-suite');

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['../shared/corpus/dev', 'tests/stories'];
const stories = dirs.filter(existsSync).flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const j = JSON.parse(readFileSync(join(d, f), 'utf8'));
    return { title: j.title, text: j.text, lang: j.lang };
  }));
const bytes = stories.reduce((n, s) => n + (s.title?.length ?? 0) + s.text.length, 0);
const analyzer = loadAnalyzer(process.env.DEALWIRE_CONFIG ?? 'config');

/**
 * Run fn over the stories, whole passes, for at least `ms` of CPU time, after a warm-up of at
 * least `warmMs` of CPU time and `warmPasses` passes over the same stories (a long-running
 * service is warm: V8 keeps optimising the analyser's many functions and regexes for some
 * thousands of stories, and CPU time then counts its compiler threads too); returns CPU µs per
 * story. CPU time (user + system of this process) rather than wall time, so that other
 * processes on a busy machine do not count against either side.
 */
function time(fn, list, warmMs, ms, warmPasses = 0) {
  const cpu = (c0) => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
  const w0 = process.cpuUsage();
  for (let i = 0; cpu(w0) < warmMs || i < warmPasses * list.length; i++) fn(list[i % list.length]);
  let n = 0;
  const c0 = process.cpuUsage();
  do {
    for (const s of list) fn(s);
    n += list.length;
  } while (cpu(c0) < ms);
  return (cpu(c0) * 1000) / n;
}

// Fresh objects each time so the analyser's per-story cache does not help.
// Warm: 3 s of CPU and 50 passes (about 8,000 stories); the JIT settles after 30 to 40 passes.
const ours = time((s) => analyzer.analyze({ ...s }), stories, 3000, 3000, 50);
const cultures = { en: R.Culture.English, es: R.Culture.Spanish, pt: R.Culture.Portuguese, fr: R.Culture.French, de: R.Culture.German };
// The baseline is slow (over half a second per story): warm for about a second, then one
// pass over its 12 stories, about 8 s in all.
const baseline = time((s) => {
  const text = s.title ? `${s.title}\n\n${s.text}` : s.text;
  const lang = detectLanguage(text, s.lang);
  // The baseline: Spanish or English recognisers by detected language.
  const culture = lang === 'es' ? cultures.es : cultures.en;
  R.recognizeNumber(text, culture);
  R.recognizeCurrency(text, culture);
  R.recognizePercentage(text, culture);
}, stories.slice(0, 12), 1000, 1);

// How fast this core is right now (shared or throttled machines vary a lot): CPU ms for 1e8 integer additions.
const reference = (() => {
  const c0 = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x = (x + i) | 0;
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1000, x];
})()[0];

const row = (name, us) => console.log(`${name.padEnd(34)} ${(1e6 / us).toFixed(0).padStart(9)} stories/s ${us.toFixed(1).padStart(10)} µs/story`);
console.log(`${stories.length} stories, ${(bytes / stories.length / 1024).toFixed(1)} KB average, CPU time of one core (${process.version}; reference loop ${reference.toFixed(0)} ms CPU, load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
row('dealwire analyze (full)', ours);
row('recognizers-text-suite baseline', baseline);
console.log(`ratio: dealwire is ${(baseline / ours).toFixed(0)}x faster than the baseline`);

// Pathological inputs: each must stay far below a second (no catastrophic backtracking).
const nested = '('.repeat(20_000) + '$1.5 billion' + ')'.repeat(20_000);
const cases = {
  'empty text': { text: '' },
  '1 MB of digits': { text: '7'.repeat(1 << 20) },
  '1 MB of grouped digits': { text: '1,234.'.repeat(175_000) },
  '10k currency symbols': { text: '$€£¥'.repeat(2_500) + ' 5 billion' },
  '10k "US$ 1" amounts': { text: 'US$ 1 bilhão, '.repeat(10_000) },
  'deeply nested punctuation': { text: nested },
  'mixed scripts': { text: 'Nvidia 英伟达 заключила сделку на 10 млрд долларов مع OpenAI 💹 '.repeat(2_000) },
  '100k percent signs': { text: '5 % '.repeat(100_000) },
  'one 200 KB sentence': { text: 'Oracle shares rose and '.repeat(9_000) + '4%' },
};
console.log('\npathological inputs (ms for one story):');
for (const [name, story] of Object.entries(cases)) {
  const c0 = process.cpuUsage();
  analyzer.analyze(story);
  const c = process.cpuUsage(c0);
  console.log(`  ${name.padEnd(30)} ${((c.user + c.system) / 1000).toFixed(1).padStart(8)} ms CPU  (${story.text.length} chars)`);
}
