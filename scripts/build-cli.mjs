// Bundles the CLI into one plain JavaScript file so `node dist-cli/nad-designer.js` needs no TypeScript loader.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/nad-designer.js',
  bundle: true,
  platform: 'node',
  // jsonc-parser's `main` is a UMD build with dynamic requires that break in an ESM bundle; take its ESM build.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  // Smaller source compiles faster at every start; names in messages never come from identifiers.
  minify: true,
  logLevel: 'warning',
})
