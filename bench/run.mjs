// `npm run bench`: bundles the TypeScript bench with esbuild (as scripts/build-cli.mjs does) and runs it,
// after rebuilding the CLI so that its whole-process timing is of the current source.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
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
  // The browser line drives the built app: vite and Playwright load from node_modules as they are.
  external: ['vite', '@playwright/test'],
  logLevel: 'warning',
})
execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' })
await import(pathToFileURL(resolve(outfile)).href)
