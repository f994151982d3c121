import { normaliseFieldPath } from './config-field-lines'
import type { ObjectOrigin } from './import-finding'

/** The line a field of an imported object sits on: the field itself, its nearest parent found, else the object. */
export function lineOfField(origin: ObjectOrigin, field: string): number {
  // Parents by cutting at the last dot: `config.ipam.range` → `config.ipam` → `config`.
  for (let path = normaliseFieldPath(field); ; ) {
    const line = origin.fieldLine(path)
    if (line !== undefined) return line
    const cut = path.lastIndexOf('.')
    if (cut < 0) return origin.line
    path = path.slice(0, cut)
  }
}
