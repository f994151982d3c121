import { formatIssue, importFiles, locateImportFindings, type InputFile, type Severity } from '../core'

/** One line of the report, as `--format json` prints it. */
export interface ReportedFinding {
  file: string | null
  line: number | null
  path: string
  severity: Severity
  code: string
  message: string
}

/** Import findings plus validateProject's, each placed on its file and line, in file then line order. */
export function collectFindings(files: readonly InputFile[]): ReportedFinding[] {
  // No rule reads a workload's manifest; only render needs them.
  const imported = importFiles(files, { keepManifests: false })
  return locateImportFindings(files, imported).map(({ issue, file, line }) => ({
    file: file ?? null,
    line: line ?? null,
    path: issue.field,
    severity: issue.severity,
    code: issue.code,
    message: formatIssue(issue),
  }))
}

/** `file:line: severity code: message` lines and the summary line. */
export function formatTextReport(findings: readonly ReportedFinding[], fileCount: number): string {
  const lines = findings.map((f) => `${f.file ?? '<project>'}${f.line === null ? '' : `:${f.line}`}: ${f.severity} ${f.code}: ${f.message}`)
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  lines.push(`${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')} in ${plural(fileCount, 'file')}`)
  return `${lines.join('\n')}\n`
}
