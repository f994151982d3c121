import { formatIssue, importYaml, lineOfField, mergeImports, validateProject, type ImportResult, type Issue, type Severity } from '../core'

/** An input file as read: its display name and its text. */
export interface InputFile {
  name: string
  text: string
}

/** One line of the report, as `--format json` prints it. */
export interface ReportedFinding {
  file: string | null
  line: number | null
  path: string
  severity: Severity
  code: string
  message: string
}

// validateProject codes that say the same as an import finding (which carries the more precise line).
const SAME_AS_IMPORT: Record<string, string> = {
  'network.duplicated': 'nad.duplicate',
  'config.missing': 'nad.missing-spec-config',
}

function findingKey(issue: Issue): string {
  return `${SAME_AS_IMPORT[issue.code] ?? issue.code} ${JSON.stringify(issue.target)} ${issue.field}`
}

/** Imports every file as one project (`keepManifests` as in importYaml). */
export function importFiles(files: readonly InputFile[], options: { keepManifests?: boolean } = {}): ImportResult {
  return mergeImports(files.map((file) => importYaml(file.text, { ...options, source: file.name })))
}

/** Import findings plus validateProject's, each placed on its file and line, in file then line order. */
export function collectFindings(files: readonly InputFile[]): ReportedFinding[] {
  // No rule reads a workload's manifest; only render needs them.
  const imported = importFiles(files, { keepManifests: false })
  const reported: ReportedFinding[] = imported.findings.map((finding) => ({
    file: finding.source ?? null,
    line: finding.line ?? null,
    path: finding.field,
    severity: finding.severity,
    code: finding.code,
    message: formatIssue(finding),
  }))
  // validateProject re-runs each network's own rules, some of which the import already reported from the text.
  const seen = new Set(imported.findings.map((finding) => findingKey(finding)))
  for (const issue of validateProject(imported.project)) {
    if (seen.has(findingKey(issue))) continue
    const origin = issue.target.kind === 'network' || issue.target.kind === 'workload' ? imported.origins[issue.target.id] : undefined
    reported.push({
      file: origin?.source ?? null,
      line: origin ? lineOfField(origin, issue.field) : null,
      path: issue.field,
      severity: issue.severity,
      code: issue.code,
      message: formatIssue(issue),
    })
  }
  const fileOrder = new Map(files.map((file, index) => [file.name, index]))
  const rank = (finding: ReportedFinding) => (finding.file === null ? files.length : (fileOrder.get(finding.file) ?? files.length))
  return reported
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || (a.finding.line ?? 0) - (b.finding.line ?? 0) || a.index - b.index)
    .map(({ finding }) => finding)
}

/** `file:line: severity code: message` lines and the summary line. */
export function formatTextReport(findings: readonly ReportedFinding[], fileCount: number): string {
  const lines = findings.map((f) => `${f.file ?? '<project>'}${f.line === null ? '' : `:${f.line}`}: ${f.severity} ${f.code}: ${f.message}`)
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  lines.push(`${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')} in ${plural(fileCount, 'file')}`)
  return `${lines.join('\n')}\n`
}
