// `npm run test:conformance`: checks the core's verdicts against the real CNI plugins in throw-away network namespaces.
// Needs root (network namespaces, mounts). Bundles the TypeScript runner and the core with esbuild, then runs it.
import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const reportFile = join(root, '.conformance.json')
const outDir = join(root, 'node_modules', '.tmp', 'conformance')
const pluginDir = process.env.CONFORMANCE_PLUGIN_DIR ?? '/usr/lib/cni'
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false'

function skip(reason) {
  writeFileSync(reportFile, JSON.stringify({ agree: 0, disagree: 0, undecidable: 0, cases: 0, skipped: reason }, null, 2) + '\n')
  console.log(`conformance: skipped: ${reason}${inCi ? ' (CI=true: failing, it must run in CI)' : ''}`)
  process.exit(inCi ? 1 : 0)
}

/** A machine without a plugin or host program cannot judge anything: that fails the run (root or not, CI or not). */
function failEnvironment(reason) {
  writeFileSync(reportFile, JSON.stringify({ agree: 0, disagree: 0, environment: 1, undecidable: 0, cases: 0, environmentFailure: reason }, null, 2) + '\n')
  console.log(`conformance: environment failure: ${reason}`)
  process.exit(1)
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

if (process.getuid?.() !== 0) skip('needs root to create network namespaces (run as root, e.g. sudo npm run test:conformance)')

const common = { bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' }
await build({ ...common, entryPoints: [join(root, 'conformance', 'run-conformance.ts')], outfile: join(outDir, 'runner.mjs') })
const { runConformance, findMissingHostTools, installHint } = await import(pathToFileURL(join(outDir, 'runner.mjs')).href)

const missingPlugins = ['bridge', 'macvlan', 'ipvlan', 'host-local', 'static', 'dhcp'].filter((p) => !existsSync(join(pluginDir, p)))
if (missingPlugins.length > 0) failEnvironment(`missing ${missingPlugins.map((p) => join(pluginDir, p)).join(', ')} (apt-get install -y containernetworking-plugins)`)
const missingTools = findMissingHostTools(hasCommand)
if (missingTools.length > 0) failEnvironment(`missing ${missingTools.map((tool) => tool.command).join(', ')}: ${installHint(missingTools)}`)

// The core is bundled apart so the runner still runs (and says what is missing) while the core is being written.
const coreFiles = ['src/core/index.ts', 'src/core/cni/parse-cni-config.ts', 'src/core/cni/to-cni-config.ts',
  'src/core/validation/validate-project.ts', 'src/core/validation/format-issue.ts'].filter((file) => existsSync(join(root, file)))
let coreModule
let coreLoadError
try {
  await build({
    ...common,
    stdin: { contents: coreFiles.map((file) => `export * from './${file}'`).join('\n'), resolveDir: root, sourcefile: 'core-entry.ts', loader: 'ts' },
    outfile: join(outDir, 'core.mjs'),
  })
  coreModule = await import(`${pathToFileURL(join(outDir, 'core.mjs')).href}?t=${Date.now()}`)
} catch (error) {
  coreLoadError = `core does not build: ${String(error.message ?? error).split('\n').slice(0, 3).join(' ')}`
}

const seedText = process.env.CONFORMANCE_SEED ?? '4170'
const seed = seedText === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedText)
try {
  const code = await runConformance({
    coreModule, coreLoadError, reportFile, pluginDir, seed,
    filter: process.env.CONFORMANCE_FILTER, jobs: Number(process.env.CONFORMANCE_JOBS ?? 4),
  })
  process.exit(code)
} catch (error) {
  console.error(error)
  writeFileSync(reportFile, JSON.stringify({ agree: 0, disagree: 1, undecidable: 0, cases: 0, error: String(error?.message ?? error) }, null, 2) + '\n')
  console.log(`conformance: 0 agree, 1 disagree (the runner failed: ${error?.message ?? error})`)
  process.exit(1)
}
