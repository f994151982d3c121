import type { Issue } from '../../core'

/** Findings of the core's project file reader that mean it opened the project but left out or replaced something. */
const REPAIR_CODES: ReadonlySet<string> = new Set(['project-file.entry-dropped', 'project-file.value-repaired'])

/** What the core repaired while reading a project file, out of all it found. */
export function repairsOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => REPAIR_CODES.has(issue.code))
}
