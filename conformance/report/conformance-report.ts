import { writeFileSync } from 'node:fs'
import { caseConfigText, type ConformanceCase } from '../cases/conformance-case'
import type { CoreOutcome } from '../core/core-verdict'
import type { PluginOutcome } from '../oracle/run-case-on-plugins'
import type { Judgement } from './judge-case'

/** One case's full record. */
export interface CaseRecord {
  testCase: ConformanceCase
  plugin: PluginOutcome
  core?: CoreOutcome
  judgement: Judgement
}

/** The figures `scripts/test-all.mjs` reads from `.conformance.json` (plus detail for people). */
export interface ReportFile {
  agree: number
  disagree: number
  /** Cases a missing host program kept from running: each fails the run, none is a verdict. */
  environment: number
  undecidable: number
  versionSpecific: number
  deliberate: number
  generated: number
  surprises: number
  cases: number
  seconds: number
  seed?: number
  skipped?: string
  /** Why the suite could not start on this machine (a plugin or host program is missing). */
  environmentFailure?: string
  coreMissing?: string[]
  disagreements?: { id: string; problems: string[]; plugin: string; core: string[] }[]
  undecidableCases?: { id: string; reason: string }[]
  slowest?: { id: string; ms: number }[]
}

/** Writes the report file (the skip form when `skipped` is given). */
export function writeReport(file: string, report: ReportFile): void {
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
}

/** Counts the records into the report file's shape. */
export function summarize(records: CaseRecord[], seconds: number, extra: Partial<ReportFile> = {}): ReportFile {
  const count = (test: (record: CaseRecord) => boolean) => records.filter(test).length
  return {
    agree: count((r) => r.judgement.outcome === 'agree'),
    disagree: count((r) => r.judgement.outcome === 'disagree'),
    environment: count((r) => r.judgement.outcome === 'environment'),
    undecidable: count((r) => r.judgement.outcome === 'undecidable'),
    versionSpecific: count((r) => r.testCase.versionSpecific !== undefined),
    deliberate: count((r) => r.testCase.deliberate !== undefined),
    generated: count((r) => r.testCase.generated !== undefined),
    surprises: count((r) => r.judgement.surprise !== undefined),
    cases: records.length,
    seconds: Math.round(seconds * 10) / 10,
    ...extra,
    disagreements: records.filter((r) => r.judgement.outcome === 'disagree').map((r) => ({
      id: r.testCase.id,
      problems: r.judgement.problems,
      plugin: `${r.plugin.verdict}${r.plugin.message ? `: ${r.plugin.message}` : ''}`,
      core: r.core?.errors.map((finding) => `${finding.code}: ${finding.message}`) ?? [],
    })),
    slowest: [...records].sort((a, b) => b.plugin.ms - a.plugin.ms).slice(0, 8).map((r) => ({ id: r.testCase.id, ms: r.plugin.ms })),
    undecidableCases: records.filter((r) => r.judgement.outcome === 'undecidable').map((r) => ({
      id: r.testCase.id,
      reason: r.testCase.undecidableReason ?? r.plugin.message,
    })),
  }
}

/** The compact per-case line. */
export function caseLine(record: CaseRecord): string {
  const { testCase, plugin, core, judgement } = record
  const mark = { agree: 'ok  ', disagree: 'FAIL', undecidable: 'n/d ', environment: 'ENV ' }[judgement.outcome]
  const tags = [testCase.versionSpecific && 'v4.17', testCase.deliberate && 'deliberate', testCase.generated && 'gen']
    .filter(Boolean).join(',')
  const coreText = core ? (core.verdict === 'error' ? `error ${core.errors.map((f) => f.code).join(',')}` : 'no error') : 'n/a'
  const pluginText = `${plugin.verdict}${plugin.message ? ` (${plugin.message})` : ''}`
  return clip(`${mark} ${testCase.id}${tags ? ` [${tags}]` : ''} plugin: ${pluginText} | core: ${coreText}`, 200)
}

/** The full account of a disagreement: config, both verdicts with messages. */
export function disagreementText(record: CaseRecord): string {
  const { testCase, plugin, core, judgement } = record
  const lines = [`--- ${testCase.id}: ${testCase.description}`]
  for (const [index, network] of testCase.networks.entries()) {
    lines.push(`  config ${index}: ${caseConfigText(network.config)}`)
  }
  if (testCase.pods) lines.push(`  pods: ${JSON.stringify(testCase.pods)}`)
  lines.push(`  plugin: ${judgement.plugin}${testCase.versionSpecific ? ` (MicroShift 4.17; Debian 1.1.1 said ${plugin.verdict})` : ''}`)
  for (const step of plugin.steps) lines.push(`    ${step}`)
  lines.push(`  core: ${core ? core.verdict : 'n/a'}`)
  for (const finding of [...(core?.errors ?? []), ...(core?.others ?? []).filter((f) => f.severity === 'warning')]) {
    lines.push(`    ${finding.severity} ${finding.code} ${finding.field}: ${finding.message}`)
  }
  for (const problem of judgement.problems) lines.push(`  => ${problem}`)
  return lines.join('\n')
}

function clip(text: string, length: number): string {
  const single = text.replace(/\s+/g, ' ')
  return single.length > length ? `${single.slice(0, length - 1)}…` : single
}
