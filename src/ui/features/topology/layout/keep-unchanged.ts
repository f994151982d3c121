/** Whether two plain data values (objects, arrays, strings, numbers, booleans) hold the same content. */
export function isSameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => isSameContent(item, b[i]))
  }
  // loops rather than Object.keys: this runs over the whole graph on every keystroke
  const aRecord = a as Record<string, unknown>
  const bRecord = b as Record<string, unknown>
  let keys = 0
  for (const key in aRecord) {
    if (!Object.hasOwn(bRecord, key) || !isSameContent(aRecord[key], bRecord[key])) return false
    keys += 1
  }
  for (const key in bRecord) if (Object.hasOwn(bRecord, key)) keys -= 1
  return keys === 0
}

/**
 * The elements of a new layout pass (`next`), where each one whose content equals the previous pass's element of that
 * id (`before`) is replaced by the object on the canvas now (`current`, which may carry a drag or a selection). React
 * Flow keeps an element it gets back as the same object and does not draw it again, so a keystroke redraws only the
 * nodes and edges it changed, not all of them; when it changed none, `current` itself comes back and React Flow has
 * nothing to update. An element that only moved (a new layout) keeps its `data` object, so its card need not redraw.
 */
export function keepUnchanged<T extends { id: string; data?: unknown }>(before: readonly T[], current: T[], next: readonly T[]): T[] {
  const previous = new Map(before.map((element) => [element.id, element]))
  const onCanvas = new Map(current.map((element) => [element.id, element]))
  const kept = next.map((element) => {
    const shown = onCanvas.get(element.id)
    if (!shown) return element
    const last = previous.get(element.id)
    if (isSameContent(last, element)) return shown
    return shown.data !== undefined && isSameContent(last?.data, element.data) ? { ...element, data: shown.data } : element
  })
  return kept.length === current.length && kept.every((element, i) => element === current[i]) ? current : kept
}
