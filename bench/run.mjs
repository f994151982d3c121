// `npm run bench`: bundles the TypeScript bench with esbuild (as scripts/build-cli.mjs does) and runs it.
import { build } from 'esbuild'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const outfile = 'node_modules/.tmp/bench-main.mjs'
await build({
  entryPoints: ['bench/bench-main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Prefer ESM builds: jsonc-parser's UMD build uses a dynamic require esbuild cannot bundle.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
})
await import(pathToFileURL(resolve(outfile)).href)
