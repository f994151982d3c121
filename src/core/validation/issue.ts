/** Findings the core reports: stable code + severity + where + parameters. Messages are built from these. */

export type Severity = 'error' | 'warning' | 'info'

/** What a finding is about. `field` is a dotted path inside that object (e.g. `config.ipam.ranges.0.0.rangeStart`). */
export type IssueTarget =
  | { kind: 'network'; id: string }
  | { kind: 'workload'; id: string }
  | { kind: 'hostNic'; name: string }
  | { kind: 'project' }
  /** An object kept as imported: its index in `project.passThrough`. */
  | { kind: 'passThrough'; index: number }
  /** Import/parse findings about a source document that did not become an object. */
  | { kind: 'document'; index: number }

export type IssueParams = Record<string, string | number>

export interface Issue {
  /** Stable dotted id that reads as a sentence, e.g. `host-local.range-start-outside-subnet`. */
  code: string
  severity: Severity
  target: IssueTarget
  /** Dotted path to the offending field inside the target; empty for the object as a whole. */
  field: string
  params: IssueParams
}

/** One entry of an issue-code catalogue: default severity and an English message template with {param} slots. */
export interface IssueCodeInfo {
  severity: Severity
  message: string
}

export type IssueCatalogue = Record<string, IssueCodeInfo>
