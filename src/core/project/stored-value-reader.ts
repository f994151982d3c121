import { isRecord } from '../cni/encode-fields'
import type { Issue } from '../validation/issue'
import { PROJECT_FILE_ISSUES, type ProjectFileCode } from './project-file-issues'

/** Collects what reading a saved project left out or repaired, by path in the file (`networks.2.config`). */
export class StoredValueReader {
  readonly issues: Issue[] = []

  report(code: ProjectFileCode, field: string): void {
    this.issues.push({ code, severity: PROJECT_FILE_ISSUES[code].severity, target: { kind: 'project' }, field, params: { field } })
  }

  /** The entries of a list that `read` accepts; a value that is no list counts as empty and is reported. */
  list<T>(value: unknown, field: string, read: (item: unknown, path: string) => T | undefined): T[] {
    if (value === undefined) return []
    if (!Array.isArray(value)) {
      this.report('project-file.value-repaired', field)
      return []
    }
    const out: T[] = []
    value.forEach((item: unknown, index) => {
      const entry = read(item, `${field}.${index}`)
      if (entry === undefined) this.report('project-file.entry-dropped', `${field}.${index}`)
      else out.push(entry)
    })
    return out
  }

  /** An optional value of the wanted kind; one of another kind is left out and reported. */
  optional<T>(value: unknown, field: string, is: (value: unknown) => value is T): T | undefined {
    if (value === undefined || is(value)) return value
    this.report('project-file.value-repaired', field)
    return undefined
  }
}

/** A string. */
export function isString(value: unknown): value is string {
  return typeof value === 'string'
}

/** A list of strings. */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString)
}

/** An object whose values are all strings (labels, annotations). */
export function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every(isString)
}
