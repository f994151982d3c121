import { parseTree } from 'jsonc-parser'
import { normaliseFieldPath } from './config-field-lines'

const MODEL_KEYS: Record<string, string> = { name: 'network', 'default-route': 'defaultRoute', interfacerequest: 'interface' }

/** Offsets of each entry and key of a JSON-form networks annotation, keyed by normalised path (`attachments.0.mac`). */
export function annotationFieldOffsets(value: string): Map<string, number> {
  const offsets = new Map<string, number>()
  const root = parseTree(value)
  if (!root || root.type !== 'array') return offsets
  ;(root.children ?? []).forEach((element, index) => {
    offsets.set(`attachments.${index}`, element.offset)
    for (const property of element.type === 'object' ? (element.children ?? []) : []) {
      const [key, item] = property.children ?? []
      if (!key || typeof key.value !== 'string') continue
      const modelKey = MODEL_KEYS[key.value.toLowerCase()] ?? key.value
      offsets.set(normaliseFieldPath(`attachments.${index}.${modelKey}`), key.offset)
      ;(item?.type === 'array' ? (item.children ?? []) : []).forEach((child, childIndex) => {
        offsets.set(normaliseFieldPath(`attachments.${index}.${modelKey}.${childIndex}`), child.offset)
      })
    }
  })
  return offsets
}
