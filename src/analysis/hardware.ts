// Named accelerator models, reported as "<Vendor> <Model>" ("Nvidia GB300 NVL72",
// "AMD Instinct MI450", "Google TPU", "Amazon Trainium2").
// Each pattern with the literal text any of its matches contains (null: no cheap test): a story
// without it skips the pattern, instead of a lookbehind tried at every position of the text.
const MODELS: [RegExp, string, string[] | null][] = [
  [/(?<![\p{L}\p{N}])(GB[23]00(?:[\s-]NVL\d+)?|[HB][12]\d0|H20|B[23]00A?|Grace Blackwell|Blackwell Ultra|Blackwell|Vera Rubin|Rubin Ultra|Rubin|Hopper|DGX (?:B200|Spark|Station)|GeForce RTX \d{4}(?: Ti| Super)?|RTX \d{4}(?: Ti| Super)?)(?![\p{L}\p{N}])/gu, 'Nvidia', ['GB', 'H1', 'H2', 'B1', 'B2', 'B3', 'Blackwell', 'Rubin', 'Hopper', 'DGX ', 'RTX ']],
  [/(?<![\p{L}\p{N}])(?:Instinct )?(MI\d{3}[XA]?)(?![\p{L}\p{N}])/gu, 'AMD Instinct', ['MI']],
  [/(?<![\p{L}\p{N}])(Radeon RX \d{4}(?: XT)?)(?![\p{L}\p{N}])/gu, 'AMD', ['Radeon RX ']],
  [/(?<![\p{L}\p{N}])(TPU(?:s)?(?: ?v\d[a-z]?)?|Ironwood|Trillium)(?![\p{L}\p{N}])/gu, 'Google', ['TPU', 'Ironwood', 'Trillium']],
  [/(?<![\p{L}\p{N}])(Trainium ?\d?|Inferentia ?\d?)(?![\p{L}\p{N}])/gu, 'Amazon', ['Trainium', 'Inferentia']],
  [/(?<![\p{L}\p{N}])(Maia ?\d{3})(?![\p{L}\p{N}])/gu, 'Microsoft', ['Maia']],
];

export function hardware(text: string): string[] {
  const out = new Set<string>();
  for (const [re, vendor, needs] of MODELS) {
    if (needs && !needs.some((w) => text.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let model = m[1]!.replace(/\s+/g, ' ').replace(/^TPUs?\b.*/, (t) => t.replace(/^TPUs/, 'TPU')).replace(/-NVL/, ' NVL');
      if (vendor === 'Nvidia' && /^RTX/.test(model)) model = `GeForce ${model}`;
      out.add(`${vendor} ${model}`);
    }
  }
  return [...out];
}
