import type { Issue } from '../validation/issue'
import { validateProject } from '../validation/validate-project'
import { importYaml, type ImportResult } from './import-yaml'
import { lineOfField } from './line-of-field'
import { mergeImports } from './merge-imports'

/** An input file as read: its display name and its text. */
export interface InputFile {
  name: string
  text: string
}

/** A finding of an import or of the imported project's validation, placed on its file and line where known. */
export interface LocatedFinding {
  issue: Issue
  file?: string
  line?: number
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

/**
 * The import's findings plus validateProject's on the imported project (without repeating what the import already
 * said), each on its file and line, in file then line order.
 */
export function locateImportFindings(files: readonly InputFile[], imported: ImportResult): LocatedFinding[] {
  const located: LocatedFinding[] = imported.findings.map((finding) => {
    const { line, source, ...issue } = finding
    return { issue, ...(source !== undefined && { file: source }), ...(line !== undefined && { line }) }
  })
  // validateProject re-runs each network's own rules, some of which the import already reported from the text.
  const seen = new Set(imported.findings.map((finding) => findingKey(finding)))
  // Only an issue whose code the import also reported can repeat it; the others skip building a key.
  const seenCodes = new Set(imported.findings.map((finding) => SAME_AS_IMPORT[finding.code] ?? finding.code))
  for (const issue of validateProject(imported.project)) {
    if (seenCodes.has(SAME_AS_IMPORT[issue.code] ?? issue.code) && seen.has(findingKey(issue))) continue
    const origin = issue.target.kind === 'network' || issue.target.kind === 'workload' ? imported.origins[issue.target.id] : undefined
    const line = origin ? lineOfField(origin, issue.field) : undefined
    located.push({ issue, ...(origin?.source !== undefined && { file: origin.source }), ...(line !== undefined && { line }) })
  }
  const fileOrder = new Map(files.map((file, index) => [file.name, index]))
  const rank = (finding: LocatedFinding) => (finding.file === undefined ? files.length : (fileOrder.get(finding.file) ?? files.length))
  return located
    .map((finding, index) => ({ finding, index, rank: rank(finding), line: finding.line ?? 0 }))
    .sort((a, b) => a.rank - b.rank || a.line - b.line || a.index - b.index)
    .map(({ finding }) => finding)
}
