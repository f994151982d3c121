import { normaliseFieldPath } from './config-field-lines'
import type { ObjectOrigin } from './import-finding'

/** The line a field of an imported object sits on: the field itself, its nearest parent found, else the object. */
export function lineOfField(origin: ObjectOrigin, field: string): number {
  const segments = normaliseFieldPath(field).split('.')
  for (let length = segments.length; length > 0; length--) {
    const line = origin.fieldLine(segments.slice(0, length).join('.'))
    if (line !== undefined) return line
  }
  return origin.line
}
