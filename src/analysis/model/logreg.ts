// L2-regularised logistic regression over sparse feature vectors, trained by plain
// full-batch gradient descent from zero weights: no randomness, the same examples
// in the same order give the same weights, bit for bit.
import { RULE_PREFIX } from './features.js';

export interface Example {
  /** Feature name → value (features.ts). */
  x: Map<string, number>;
  y: 0 | 1;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the bias). */
  l2: number;
  /** Gradient-descent steps and step size. */
  iterations: number;
  rate: number;
  /** N-grams seen in fewer training stories are left out (rule features always count). */
  minDocs: number;
  /** Weigh the classes equally whatever their counts. */
  balanced: boolean;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 0.01, iterations: 800, rate: 1, minDocs: 2, balanced: true };

export interface TrainedWeights {
  bias: number;
  /** Feature name → weight. */
  weights: Map<string, number>;
}

export function train(examples: Example[], opts: TrainOptions = DEFAULT_TRAIN): TrainedWeights {
  // Feature index: names in order of first appearance (deterministic), kept when frequent enough.
  const df = new Map<string, number>();
  for (const { x } of examples) for (const name of x.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [name, n] of df) if (n >= opts.minDocs || name.startsWith(RULE_PREFIX)) index.set(name, index.size);
  // Compressed sparse rows.
  const rows = examples.map(({ x }) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of x) {
      const j = index.get(name);
      if (j !== undefined) {
        idx.push(j);
        val.push(v);
      }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  });
  const n = examples.length;
  const pos = examples.filter((e) => e.y === 1).length;
  const sw = examples.map((e) => (opts.balanced && pos > 0 && pos < n ? n / (2 * (e.y === 1 ? pos : n - pos)) : 1));
  const w = new Float64Array(index.size);
  const g = new Float64Array(index.size);
  let b = 0;
  for (let it = 0; it < opts.iterations; it++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const { idx, val } = rows[i]!;
      let z = b;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
      const err = (sigmoid(z) - examples[i]!.y) * sw[i]!;
      gb += err;
      for (let k = 0; k < idx.length; k++) g[idx[k]!]! += err * val[k]!;
    }
    for (let j = 0; j < w.length; j++) w[j]! -= opts.rate * (g[j]! / n + opts.l2 * w[j]!);
    b -= opts.rate * (gb / n);
  }
  const weights = new Map<string, number>();
  for (const [name, j] of index) weights.set(name, w[j]!);
  return { bias: b, weights };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
