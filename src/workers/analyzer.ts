// One analyser per process, built from config on first use; classify and extract share it.
import { classifierFromConfig, createAnalyzer, type Analyzer } from '../analysis/index.js';
import type { Config } from '../shared/config/index.js';

const cache = new WeakMap<Config, Analyzer>();

export function analyzerFor(config: Config): Analyzer {
  let a = cache.get(config);
  if (!a) {
    a = createAnalyzer({ companies: config.companies, rates: config.rates, classifier: classifierFromConfig(config.dir, config.app.analysis.classifier) });
    cache.set(config, a);
  }
  return a;
}
