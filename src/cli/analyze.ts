// `dealwire analyze`: classify + extract stories offline (contract.md §1). No Redis,
// no network: only the config folder (companies, rates) is read.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CliCommand } from './command.js';
import { configDir } from '../shared/config/index.js';
import { loadAnalyzer, type Analyzer, type StoryInput } from '../analysis/index.js';

const help = `Usage: dealwire analyze --json FILE|DIR|-  [--lines] [--config DIR]

Runs the analyser (language, AI-compute deal classification, deals, stock moves,
power, chip counts, hardware, stakes, companies) on stories, offline.

  --json FILE   one story (JSON with "text" and optional "title", "lang", or plain
                text) -> one JSON object
  --json DIR    every *.json and *.txt file in DIR -> JSON lines, each with "file"
  --json -      one story on standard input -> one JSON object
  --lines       with "-": JSON lines in (one story per line), JSON lines out;
                each result repeats the input's "id" and "url" when given
  --config DIR  config folder (default: $DEALWIRE_CONFIG or config/)

The analysed text is the title, a blank line, then the text: span offsets count
from the start of the title, so spans in the body start after title + "\\n\\n".
Without a title, spans are offsets into the text itself.

Exit code 0 when every story was analysed; 1 when a file could not be read or
parsed (reported on standard error; the other files are still analysed); 2 for
bad usage.`;

type Story = StoryInput & { id?: string; url?: string };

function parseStory(raw: string, name: string): Story {
  const t = raw.trimStart();
  if (name.endsWith('.txt') || !t.startsWith('{')) return { text: raw };
  const j = JSON.parse(raw) as Record<string, unknown>;
  if (typeof j.text !== 'string') throw new Error('no "text" field');
  const str = (k: string) => (typeof j[k] === 'string' ? { [k]: j[k] as string } : {});
  return { text: j.text, ...str('title'), ...str('lang'), ...str('id'), ...str('url') };
}

/** The input's id and url are echoed in --lines mode, so results can be matched to stories. */
function analyzeStory(analyzer: Analyzer, { id, url, ...story }: Story, echo: boolean): object {
  const result = analyzer.analyze(story);
  return echo ? { ...(id !== undefined ? { id } : {}), ...(url !== undefined ? { url } : {}), ...result } : result;
}

function out(obj: unknown, pretty: boolean): void {
  process.stdout.write(`${pretty ? JSON.stringify(obj, null, 2) : JSON.stringify(obj)}\n`);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function lines(analyzer: Analyzer): Promise<number> {
  let code = 0;
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    try {
      out(analyzeStory(analyzer, parseStory(line, '-'), true), false);
    } catch (err) {
      process.stderr.write(`dealwire analyze: stdin line ${n}: ${(err as Error).message}\n`);
      code = 1;
    }
  }
  return code;
}

export const command: CliCommand = {
  name: 'analyze',
  help,
  async run(args: string[]): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(`${help}\n`);
      return 0;
    }
    const at = args.indexOf('--json');
    const target = at >= 0 ? args[at + 1] : undefined;
    const cfgAt = args.indexOf('--config');
    if (!target || (cfgAt >= 0 && !args[cfgAt + 1])) {
      process.stderr.write(`dealwire analyze: expected --json FILE|DIR|-\n\n${help}\n`);
      return 2;
    }
    let analyzer: Analyzer;
    try {
      analyzer = loadAnalyzer(cfgAt >= 0 ? args[cfgAt + 1]! : configDir());
    } catch (err) {
      process.stderr.write(`dealwire analyze: ${(err as Error).message}\n`);
      return 1;
    }
    if (target === '-') {
      if (args.includes('--lines')) return lines(analyzer);
      try {
        out(analyzeStory(analyzer, parseStory(await readStdin(), '-'), false), true);
        return 0;
      } catch (err) {
        process.stderr.write(`dealwire analyze: stdin: ${(err as Error).message}\n`);
        return 1;
      }
    }
    let isDir: boolean;
    try {
      isDir = statSync(target).isDirectory();
    } catch (err) {
      process.stderr.write(`dealwire analyze: ${target}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}\n`);
      return 1;
    }
    const files = isDir
      ? readdirSync(target).filter((f) => f.endsWith('.json') || f.endsWith('.txt')).sort().map((f) => join(target, f))
      : [target];
    let code = 0;
    for (const file of files) {
      try {
        const result = analyzeStory(analyzer, parseStory(readFileSync(file, 'utf8'), file), false);
        out(isDir ? { file, ...result } : result, !isDir);
      } catch (err) {
        process.stderr.write(`dealwire analyze: ${file}: ${(err as Error).message}\n`);
        code = 1;
      }
    }
    return code;
  },
};
