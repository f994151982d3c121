import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { BUNDLE_ISSUES, buildBundle, formatIssue, importFiles, type Bundle, type InputFile } from '../core'
import { collectFindings, formatTextReport, type ReportedFinding } from './collect-findings'

/** What `bundle` did: the exit status and what to print on each stream. */
export interface BundleRun {
  code: number
  stdout: string
  stderr: string
}

function isMissingOrEmpty(dir: string): boolean | string {
  try {
    return readdirSync(dir).length === 0 || `${dir} is not empty; give a new or empty directory`
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || `cannot use ${dir}: ${code ?? (error as Error).message}`
  }
}

function summary(bundle: Bundle, dir: string): string {
  const count = (source: string) => bundle.entries.filter((entry) => entry.source === source).length
  const lines = bundle.files.map((file) => join(dir, file.path))
  lines.push(
    `wrote ${bundle.files.length} files to ${dir}: ${count('namespace')} namespace(s), ${count('network')} NAD(s), ${count('workload')} workload(s), ${count('pass-through')} passed through`,
    `apply with: oc apply -k ${dir}   (README.md says how to install it on the device)`,
  )
  return `${lines.join('\n')}\n`
}

/**
 * Checks the files as `validate` does and, when there is no error, writes the bundle into `dir` (created when
 * missing; a directory with files in it is refused, so no stale file is left beside the kustomization).
 */
export function writeBundle(files: readonly InputFile[], dir: string, compact: boolean): BundleRun {
  const usable = isMissingOrEmpty(dir)
  if (usable !== true) return { code: 2, stdout: '', stderr: `nad-designer: ${String(usable)}\n` }
  const bundle = buildBundle(importFiles(files).project, { compact, name: basename(resolve(dir)) })
  // validateProject's errors are in collectFindings already (with lines); only the bundle's own are added.
  const bundleFindings: ReportedFinding[] = bundle.blockingErrors
    .filter((issue) => issue.code in BUNDLE_ISSUES)
    .map((issue) => ({ file: null, line: null, path: issue.field, severity: issue.severity, code: issue.code, message: formatIssue(issue) }))
  const findings = [...collectFindings(files), ...bundleFindings]
  const errors = findings.filter((finding) => finding.severity === 'error')
  if (errors.length > 0) {
    return { code: 1, stdout: '', stderr: `${formatTextReport(findings, files.length)}nad-designer: no bundle written: the design has ${errors.length} error(s)\n` }
  }
  const warnings = findings.filter((finding) => finding.severity === 'warning')
  try {
    mkdirSync(dir, { recursive: true })
    for (const file of bundle.files) writeFileSync(join(dir, file.path), file.text)
  } catch (error) {
    return { code: 2, stdout: '', stderr: `nad-designer: cannot write into ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n` }
  }
  return { code: 0, stdout: summary(bundle, dir), stderr: warnings.length > 0 ? formatTextReport(warnings, files.length) : '' }
}
