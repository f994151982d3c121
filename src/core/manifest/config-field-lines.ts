import { parseTree, type Node } from 'jsonc-parser'

/** Canonical form of a model field path for line look-ups: lower case, no `extra` segments. */
export function normaliseFieldPath(field: string): string {
  return field
    .split('.')
    .filter((segment) => segment !== 'extra')
    .join('.')
    .toLowerCase()
}

// JSON path inside spec.config → model field path (conflist: plugins[0] is `config`, the rest `conflist.chain`).
function toModelPath(jsonPath: (string | number)[], isConflist: boolean): string {
  if (isConflist && jsonPath[0] === 'plugins' && typeof jsonPath[1] === 'number') {
    const [, index, ...rest] = jsonPath
    const head = index === 0 ? ['config'] : ['conflist', 'chain', index - 1]
    return normaliseFieldPath([...head, ...rest].join('.'))
  }
  return normaliseFieldPath(['config', ...jsonPath].join('.'))
}

/** The source offset of every field in a spec.config JSON text, keyed by normalised model path. */
export function configFieldOffsets(configText: string): Map<string, number> {
  const offsets = new Map<string, number>()
  const root = parseTree(configText, [], { allowTrailingComma: true })
  if (!root || root.type !== 'object') return offsets
  const isConflist = (root.children ?? []).some((property) => property.children?.[0]?.value === 'plugins')
  const visit = (node: Node, path: (string | number)[]) => {
    if (path.length > 12) return
    const modelPath = toModelPath(path, isConflist)
    if (!offsets.has(modelPath)) offsets.set(modelPath, node.offset)
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (key && value && typeof key.value === 'string') {
          offsets.set(toModelPath([...path, key.value], isConflist), key.offset)
          visit(value, [...path, key.value])
        }
      }
    } else if (node.type === 'array') {
      ;(node.children ?? []).forEach((child, index) => visit(child, [...path, index]))
    }
  }
  visit(root, [])
  return offsets
}
