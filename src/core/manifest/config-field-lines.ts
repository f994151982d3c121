import { parseTree, type Node } from 'jsonc-parser'

/** Canonical form of a model field path for line look-ups: lower case, no `extra` segments. */
export function normaliseFieldPath(field: string): string {
  if (!field.includes('extra')) return field.toLowerCase()
  return field
    .split('.')
    .filter((segment) => segment !== 'extra')
    .join('.')
    .toLowerCase()
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

/** A model path under construction: as written (dots between segments) and normalised. */
interface FieldPath {
  raw: string
  normalised: string
  ascii: boolean
}

function fieldPath(raw: string): FieldPath {
  return { raw, normalised: normaliseFieldPath(raw), ascii: isAscii(raw) }
}

// Appending a segment to an already normalised path gives what normalising the whole would; outside ASCII,
// lower-casing can depend on the letters around (final sigma), so the whole is normalised from then on.
function childPath(parent: FieldPath, segment: string | number): FieldPath {
  const text = String(segment)
  const raw = `${parent.raw}.${text}`
  if (!parent.ascii || !isAscii(text)) return fieldPath(raw)
  if (!text.includes('.')) return { raw, normalised: text === 'extra' ? parent.normalised : `${parent.normalised}.${text.toLowerCase()}`, ascii: true }
  const kept = text.split('.').filter((part) => part !== 'extra')
  return { raw, normalised: kept.length === 0 ? parent.normalised : `${parent.normalised}.${kept.join('.').toLowerCase()}`, ascii: true }
}

const CONFIG = fieldPath('config')

/**
 * The source offset of every field in a spec.config JSON text, keyed by normalised model path. `tree` is the text's
 * parse tree when the caller already has it from a strict parse without errors (a lenient parse gives the same tree).
 */
export function configFieldOffsets(configText: string, tree?: Node): Map<string, number> {
  const offsets = new Map<string, number>()
  const root = tree ?? parseTree(configText, [], { allowTrailingComma: true })
  if (!root || root.type !== 'object') return offsets
  const isConflist = (root.children ?? []).some((property) => property.children?.[0]?.value === 'plugins')
  // JSON path inside spec.config → model field path (conflist: plugins[0] is `config`, the rest `conflist.chain`).
  const visit = (node: Node, depth: number, path: FieldPath, inPlugins: boolean) => {
    if (depth > 12) return
    if (!offsets.has(path.normalised)) offsets.set(path.normalised, node.offset)
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (key && value && typeof key.value === 'string') {
          const child = childPath(path, key.value)
          offsets.set(child.normalised, key.offset)
          visit(value, depth + 1, child, isConflist && depth === 0 && key.value === 'plugins')
        }
      }
    } else if (node.type === 'array') {
      ;(node.children ?? []).forEach((child, index) => {
        const head = index === 0 ? CONFIG : fieldPath(`conflist.chain.${index - 1}`)
        visit(child, depth + 1, inPlugins ? head : childPath(path, index), false)
      })
    }
  }
  visit(root, 0, CONFIG, false)
  return offsets
}
