import type { ConformanceCase } from './cases/conformance-case'
import { HAND_WRITTEN_CASES } from './cases/all-cases'
import { loadCoreApi, type CoreApi } from './core/core-api'
import { coreVerdict } from './core/core-verdict'
import { generateCases } from './generated/generate-cases'
import { DhcpFixture } from './lab/dhcp-fixture'
import { NetnsLab } from './lab/netns-lab'
import { runCaseOnPlugins, type OracleEnv } from './oracle/run-case-on-plugins'
import { caseLine, disagreementText, summarize, writeReport, type CaseRecord } from './report/conformance-report'
import { judgeCase } from './report/judge-case'

export interface RunOptions {
  coreModule?: Record<string, unknown>
  coreLoadError?: string
  reportFile: string
  pluginDir: string
  seed: number
  /** Only cases whose id contains this. */
  filter?: string
  jobs: number
}

export { findMissingHostTools, installHint } from './lab/host-tools'

/** Runs the whole suite as root; returns the process exit code (non-zero on any disagreement, surprise or environment failure). */
export async function runConformance(options: RunOptions): Promise<number> {
  const started = Date.now()
  const { api, missing } = loadCoreApi(options.coreModule)
  if (!api) console.log(`conformance: core API missing (${options.coreLoadError ?? missing.join(', ')}); every decided case will disagree`)
  const lab = NetnsLab.open(options.pluginDir)
  const stop = (signal: NodeJS.Signals) => {
    lab.closeSync()
    console.log(`conformance: interrupted by ${signal}; namespaces and scratch files removed`)
    writeReport(options.reportFile, { ...summarize([], 0), disagree: 1, skipped: `interrupted by ${signal}` })
    process.exit(130)
  }
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
  for (const signal of signals) process.on(signal, stop)
  process.on('exit', () => lab.closeSync())
  try {
    const cases = selectCases(api, options)
    const env: OracleEnv = { lab, dhcp: new DhcpFixture(lab, options.pluginDir) }
    const records = await runAll(env, api, cases, options.jobs)
    return finish(records, (Date.now() - started) / 1000, options, missing)
  } finally {
    lab.closeSync()
    for (const signal of signals) process.off(signal, stop)
  }
}

function selectCases(api: CoreApi | undefined, options: RunOptions): ConformanceCase[] {
  const generated = api ? generateCases(api, options.seed) : []
  const all = [...HAND_WRITTEN_CASES, ...generated]
  const ids = new Set<string>()
  for (const testCase of all) {
    if (ids.has(testCase.id)) throw new Error(`duplicate case id ${testCase.id}`)
    ids.add(testCase.id)
  }
  return options.filter ? all.filter((testCase) => testCase.id.includes(options.filter ?? '')) : all
}

/** Runs cases `jobs` at a time (each in its own namespaces), printing each line as it completes, in corpus order. */
async function runAll(env: OracleEnv, api: CoreApi | undefined, cases: ConformanceCase[], jobs: number): Promise<CaseRecord[]> {
  const records: (CaseRecord | undefined)[] = new Array(cases.length)
  let next = 0
  let printed = 0
  const worker = async () => {
    while (next < cases.length) {
      const index = next++
      const testCase = cases[index]
      if (!testCase) continue
      const core = api ? coreVerdict(api, testCase) : undefined
      try {
        const plugin = await runCaseOnPlugins(env, testCase, index)
        records[index] = { testCase, plugin, ...(core && { core }), judgement: judgeCase(testCase, plugin, core) }
      } catch (error) {
        // A lab failure is never a verdict: it fails the run, with the case that hit it.
        const message = `runner error: ${(error as Error).message}`
        records[index] = {
          testCase, ...(core && { core }),
          plugin: { verdict: 'undecidable', message, steps: [], cleanup: [], ms: 0 },
          judgement: { outcome: 'disagree', plugin: 'undecidable', problems: [message] },
        }
      }
      while (printed < cases.length && records[printed]) console.log(caseLine(records[printed++] as CaseRecord))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker))
  return records.filter((record): record is CaseRecord => record !== undefined)
}

function finish(records: CaseRecord[], seconds: number, options: RunOptions, missing: string[]): number {
  const report = summarize(records, seconds, { seed: options.seed, ...(missing.length > 0 && { coreMissing: missing }) })
  const surprises = records.filter((record) => record.judgement.surprise)
  if (surprises.length > 0) {
    console.log('\nReference expectations the real plugins did not meet (corpus or oracle to fix):')
    for (const record of surprises) console.log(`  ${record.testCase.id}: ${record.judgement.surprise}`)
  }
  const environmentFailures = records.filter((record) => record.judgement.outcome === 'environment')
  if (environmentFailures.length > 0) {
    console.log('\nEnvironment failures (a host program is missing; no verdict was compared):')
    for (const record of environmentFailures) console.log(`  ${record.testCase.id}: ${record.judgement.problems.join('; ')}`)
  }
  const disagreements = records.filter((record) => record.judgement.outcome === 'disagree')
  if (disagreements.length > 0) {
    console.log('\nDisagreements:')
    for (const record of disagreements) console.log(disagreementText(record))
  }
  console.log(`\nconformance: ${report.agree} agree, ${report.disagree} disagree` +
    (report.environment > 0 ? `, ${report.environment} environment failures` : ''))
  console.log(`  ${report.undecidable} undecidable here, ${report.versionSpecific} version-specific (4.17 verdict used), ` +
    `${report.deliberate} deliberate differences, ${report.generated} generated, ${report.surprises} surprises; ` +
    `${report.cases} cases in ${report.seconds} s, seed ${options.seed}`)
  writeReport(options.reportFile, report)
  return report.disagree === 0 && report.environment === 0 && report.surprises === 0 && missing.length === 0 ? 0 : 1
}
