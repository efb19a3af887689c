#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (prepare script).
import('../dist/cli.js').then((m) => m.main(process.argv.slice(2)));
