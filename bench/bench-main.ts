// Measures full revalidation and emit of generated projects against YAML parsing; run through bench/run.mjs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import ELK from 'elkjs/lib/elk.bundled.js'
import { loadAll } from 'js-yaml'
import { buildBundle } from '../src/core/manifest/build-bundle'
import { compareNetworkStatus } from '../src/core/manifest/compare-network-status'
import { emitBundleYaml } from '../src/core/manifest/emit-bundle-yaml'
import { buildTopology } from '../src/core/topology/build-topology'
import { revalidateProject } from '../src/core/validation/revalidate-project'
import { validateProject } from '../src/core/validation/validate-project'
import { toElkGraph } from '../src/ui/features/topology/layout/to-elk-graph'
import { placementsOf } from '../src/ui/features/topology/layout/to-flow-elements'
import type { Network, Project } from '../src/core/project/model'
import { compareProcesses, median } from './compare-processes'
import { generateCrowdedProject } from './generate-crowded-project'
import { generateProject } from './generate-project'
import { generateRunningPods } from './generate-running-pods'
import { measureKeystrokes, type KeystrokeCost } from './measure-keystrokes'

const OUT_DIR = 'node_modules/.tmp'
const BUNDLE_FILE = `${OUT_DIR}/bench-bundle-500x2000.yaml`

/** Median wall time of `fn` in ms over `runs` runs after `warmup` unmeasured ones. */
function time(fn: () => unknown, runs: number, warmup = Math.ceil(runs / 5)): number {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Median wall time of the async `fn` in ms, as `time` does for synchronous work. */
async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

const ms = (value: number) => `${value.toFixed(2)} ms`
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')

const typical = generateProject({ networks: 20, workloads: 100, seed: 7 })
const large = generateProject({ networks: 500, workloads: 2000, seed: 42 })

const typicalIssues = validateProject(typical).length
const largeIssues = validateProject(large).length
const typicalValidate = time(() => validateProject(typical), 200)
const typicalEmit = time(() => emitBundleYaml(typical), 100)
const largeValidate = time(() => validateProject(large), 20)
const largeEmit = time(() => emitBundleYaml(large), 8, 2)
const largeBundle = emitBundleYaml(large)
const largeParse = time(() => loadAll(largeBundle), 12)
const largeBuildBundle = time(() => buildBundle(large), 8, 2)
const largePods = generateRunningPods(large)
const largeCompare = time(() => compareNetworkStatus(large, largePods), 8, 2)

mkdirSync(OUT_DIR, { recursive: true })
writeFileSync(BUNDLE_FILE, largeBundle)

const pods = (project: typeof large) => project.workloads.reduce((sum, w) => sum + (w.kind === 'Deployment' || w.kind === 'StatefulSet' ? (w.replicas ?? 1) : 1), 0)
console.log('NAD Designer core bench (median per full run)\n')
console.log(`typical  ${typical.networks.length} NADs, ${typical.workloads.length} workloads (${pods(typical)} pods), ${typicalIssues} findings`)
console.log(`  validateProject      ${ms(typicalValidate)}`)
console.log(`  emitBundleYaml       ${ms(typicalEmit)}`)
console.log(`  revalidate + emit    ${ms(typicalValidate + typicalEmit)}`)
console.log(`large    ${large.networks.length} NADs, ${large.workloads.length} workloads (${pods(large)} pods), ${largeIssues} findings, bundle ${(largeBundle.length / 1024).toFixed(0)} KiB`)
console.log(`  validateProject      ${ms(largeValidate)}`)
console.log(`  emitBundleYaml       ${ms(largeEmit)}`)
console.log(`  js-yaml loadAll      ${ms(largeParse)}  (parsing the emitted bundle)`)
console.log(`  buildBundle          ${ms(largeBuildBundle)}  (files, kustomization, README; validates too)`)
console.log(`  compareNetworkStatus ${ms(largeCompare)}  (${large.workloads.length} running pods, ${(largePods.length / 1024).toFixed(0)} KiB of oc get pods -o json)`)
const ratio = largeValidate / largeParse
console.log(`  validate / parse     ${ratio.toFixed(2)}×`)

// Near-linear: doubling a worst-case project (one master, one bridge, overlapping subnets) should about double the time.
const crowded = generateCrowdedProject(500, 2000)
const crowded2 = generateCrowdedProject(1000, 4000)
const crowdedTime = time(() => validateProject(crowded), 8, 2)
const crowded2Time = time(() => validateProject(crowded2), 8, 2)
const growth = crowded2Time / crowdedTime
console.log(`crowded  worst case 500 NADs × 2000 workloads ${ms(crowdedTime)} (${validateProject(crowded).length} findings), doubled ${ms(crowded2Time)}: ${growth.toFixed(2)}× for 2× input`)
// The command line, as a user runs it: a whole `nad-designer validate` process against a whole process that only
// parses the same file with js-yaml (node start-up and module loading count on both sides). Medians of interleaved
// runs; BENCH_PROCESS_RUNS sets how many (more runs, steadier medians on a busy machine).
const cli = 'dist-cli/nad-designer.js'
const PARSE_ONLY = "import { readFileSync } from 'node:fs'; import { loadAll } from 'js-yaml'; loadAll(readFileSync(process.argv[1], 'utf8'))"
const processRuns = Math.max(1, Number(process.env.BENCH_PROCESS_RUNS) || 11)
let processRatio: number | undefined
if (existsSync(cli)) {
  const { a, b, wallRatio, cpuRatio } = compareProcesses([cli, 'validate', BUNDLE_FILE, '--format', 'json'], ['--input-type=module', '-e', PARSE_ONLY, BUNDLE_FILE], processRuns)
  processRatio = wallRatio
  const cpu = (times: { cpuMs?: number }) => (times.cpuMs === undefined ? '' : `   cpu ${ms(times.cpuMs)}`)
  console.log(`command line, whole processes on the large bundle (median of ${processRuns}, interleaved)`)
  console.log(`  nad-designer validate ${ms(a.wallMs)}${cpu(a)}`)
  console.log(`  js-yaml loadAll only  ${ms(b.wallMs)}${cpu(b)}`)
  console.log(`  validate / parse      ${wallRatio.toFixed(2)}×${cpuRatio === undefined ? '' : `   cpu ${cpuRatio.toFixed(2)}×`}`)
} else {
  console.log(`command line not measured: ${cli} is missing (npm run prepare builds it)`)
}
console.log(`\nbundle written to ${BUNDLE_FILE} (time the CLI with: time node ${cli} validate ${BUNDLE_FILE})\n`)

// The diagram rebuilds its graph on every edit: 200 workloads × 3 attachments over 60 NADs, issues already found.
const topologyProject = generateProject({ networks: 60, workloads: 200, attachments: 3, seed: 11 })
const topologyIssues = validateProject(topologyProject)
const topologyBuild = time(() => buildTopology(topologyProject, topologyIssues), 200)
console.log(`topology build 200x3: ${ms(topologyBuild)}  (${topologyIssues.length} issues marked)`)
// Its layout: the diagram's own ELK graph and options, in the engine the page's worker runs (elkjs, here on the main
// thread of Node). The first run pays for warming the engine up, as the page's first layout does.
const topologyGraph = buildTopology(topologyProject, topologyIssues)
const elk = new ELK()
const layOut = () => elk.layout(toElkGraph(topologyGraph)).then(placementsOf)
const firstStart = performance.now()
const placed = await layOut()
const topologyLayoutFirst = performance.now() - firstStart
const cpuBefore = process.cpuUsage()
const layoutRuns = 5
const topologyLayout = await timeAsync(layOut, layoutRuns, 0)
const cpuUsed = process.cpuUsage(cpuBefore)
const layoutCpu = (cpuUsed.user + cpuUsed.system) / 1000 / layoutRuns
console.log(`topology layout 200x3: ${ms(topologyLayout)}  (cpu ${ms(layoutCpu)} per run; first run ${ms(topologyLayoutFirst)}; ${topologyGraph.nodes.length} nodes, ${topologyGraph.edges.length} edges, ${placed.size} placed)\n`)

// A keystroke in a network field: the bridge name of one network changes, everything else stays the same object.
function typedInto(project: Project, at: number, letter: string): Project {
  const network = project.networks[at]!
  const config = network.config?.type === 'bridge' ? { ...network.config, bridge: `${network.config.bridge ?? 'br'}${letter}` } : network.config
  const typed: Network = { ...network, config }
  return { ...project, networks: project.networks.map((n, i) => (i === at ? typed : n)) }
}
const typedAt = topologyProject.networks.findIndex((n) => n.config?.type === 'bridge')
const keystrokes = Array.from({ length: 40 }, (_, i) => typedInto(topologyProject, typedAt, 'abcdefghij'[i % 10]!))
let previous = revalidateProject(undefined, topologyProject)
let step = 0
const keystrokeRevalidate = time(() => {
  previous = revalidateProject(previous, keystrokes[step++ % keystrokes.length]!)
}, 400)
step = 0
const keystrokeValidate = time(() => validateProject(keystrokes[step++ % keystrokes.length]!), 400)
console.log(`keystroke at 60 NADs, 200 workloads × 3 (Node): revalidateProject ${ms(keystrokeRevalidate)}, validateProject ${ms(keystrokeValidate)} (${(keystrokeValidate / keystrokeRevalidate).toFixed(1)}× less)`)

// The same keystroke in the browser, where it was felt: the built app with that project, the diagram drawn.
// BENCH_BROWSER=0 skips it (it builds the app and needs /usr/bin/chromium); BENCH_PORT picks the preview port.
let wizardKeystroke: number | undefined
if (process.env.BENCH_BROWSER !== '0' && existsSync('/usr/bin/chromium')) {
  const { wizard, inspector } = await measureKeystrokes(topologyProject, Number(process.env.BENCH_PORT) || 4199)
  wizardKeystroke = wizard.scriptMs
  // Per key, medians of rounds of 16 keys; CPU is the renderer main thread's, steadier than durations under load.
  const cost = (c: KeystrokeCost) =>
    `${ms(c.scriptMs)} script, ${c.cpuMs === undefined ? '' : `${ms(c.cpuMs)} main-thread CPU, `}${ms(c.taskMs)} all main-thread tasks (median of ${c.rounds} rounds, load average ${loadavg()[0]!.toFixed(1)})`
  console.log(`wizard keystroke at 60 networks: ${cost(wizard)} (target < 5 ms script)`)
  console.log(`inspector keystroke at 60 networks: ${cost(inspector)}\n`)
} else {
  console.log('wizard keystroke not measured in the browser (BENCH_BROWSER=0 or no /usr/bin/chromium)\n')
}

// "Well under a 16 ms frame": validation may use at most half of it, leaving the rest to YAML emit and React.
const checks: [boolean, string][] = [
  [typicalValidate < 8, `typical revalidation ${ms(typicalValidate)} (target: well under a 16 ms frame, < 8 ms)`],
  [ratio <= 2, `large validate is ${ratio.toFixed(2)}× the YAML parse of its bundle (target: ≤ ~2×)`],
  [growth <= 3, `doubling the worst-case project costs ${growth.toFixed(2)}× (target: near-linear, ≤ 3×)`],
  [topologyBuild < 5, `topology build 200x3 ${ms(topologyBuild)} (target: a few ms, < 5 ms)`],
  [topologyLayout < 1000, `topology layout 200x3 ${ms(topologyLayout)} (target: < 1 s, aim for 300 ms)`],
  [keystrokeRevalidate < 1, `revalidation after a keystroke at 60 NADs ${ms(keystrokeRevalidate)} (target: < 1 ms)`],
  [wizardKeystroke === undefined || wizardKeystroke < 5, `wizard keystroke at 60 networks ${wizardKeystroke === undefined ? '(not measured)' : ms(wizardKeystroke)} of script (target < 5 ms)`],
  [processRatio !== undefined && processRatio <= 2, `CLI validate of the large bundle is ${processRatio?.toFixed(2) ?? '(not measured)'}× a js-yaml parse of it, whole processes (target: ≤ ~2×)`],
]
for (const [ok, text] of checks) console.log(`${verdict(ok)}  ${text}`)
const frame = typicalValidate + typicalEmit < 16
console.log(`${frame ? 'NOTE' : 'WARN'}  typical revalidation + full bundle emit ${ms(typicalValidate + typicalEmit)} (${frame ? 'fits' : 'exceeds'} one 16 ms frame; emit is not a validation target)`)
console.log(`(load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs while measuring; times scale with load)`)
process.exitCode = checks.every(([ok]) => ok) ? 0 : 1
