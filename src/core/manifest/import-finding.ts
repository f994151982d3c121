import type { Issue, IssueParams, IssueTarget, Severity } from '../validation/issue'
import { MANIFEST_ISSUES } from './manifest-issues'

/** An issue found while importing, with where it came from (1-based line in `source`). */
export type Finding = Issue & { line?: number; source?: string }

/** Where an imported object came from, so later findings (validation) can point at the right line. */
export interface ObjectOrigin {
  source?: string
  /** Line of the object's document. */
  line: number
  /** Line of a field by normalised model path (`config.ipam.rangestart`, `attachments`, `name`), when it is known. */
  fieldLine: (path: string) => number | undefined
}


/** Builds a finding with the manifest catalogue's default severity. */
export function manifestFinding(
  code: keyof typeof MANIFEST_ISSUES,
  target: IssueTarget,
  field: string,
  params: IssueParams,
  line: number,
  source: string | undefined,
  severity: Severity = MANIFEST_ISSUES[code].severity,
): Finding {
  const finding: Finding = { code, severity, target, field, params, line }
  if (source !== undefined) finding.source = source
  return finding
}

// Findings that stop a document (or the rest of the input) from becoming part of the project, whatever their target.
const LEAVES_INPUT_OUT = new Set(['yaml.input-too-large', 'yaml.too-many-documents', 'import.missing-kind'])

/**
 * Whether a finding means some input is not in the project, so neither the designer nor the bundle has it: an error
 * about a whole document (it did not parse, or was refused), a document without a kind, or input past the limits.
 */
export function isLeftOutFinding(finding: Pick<Finding, 'code' | 'severity' | 'target'>): boolean {
  return (finding.severity === 'error' && finding.target.kind === 'document') || LEAVES_INPUT_OUT.has(finding.code)
}
