function normalise(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '')
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const up = rows[i - 1] ?? []
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      row[j] = best
    }
    rows.push(row)
  }
  return rows[a.length]?.[b.length] ?? 0
}

// `rangeStop` → [range, stop]; `range_end` → [range, end].
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_\s]+/)
    .filter((word) => word !== '')
}

// A key of the same object with all words but the last in common (`rangeStop` → `rangeEnd`). Only when exactly one
// such key is still missing from the object: with `rangeStart` written, `rangeStop` can only mean `rangeEnd`.
function siblingKey(keys: readonly string[], key: string, present: readonly string[]): string | undefined {
  const wanted = words(key)
  if (wanted.length < 2) return undefined
  const stem = wanted.slice(0, -1).join(' ')
  const siblings = keys.filter((candidate) => {
    const have = words(candidate)
    return have.length === wanted.length && have.slice(0, -1).join(' ') === stem && !present.includes(candidate)
  })
  return siblings.length === 1 ? siblings[0] : undefined
}

/**
 * A known key that an unknown key was probably meant to be: the same letters in another case or spelling
 * (`is_gateway` → `isGateway`), a typo (`subent` → `subnet`), or the one missing sibling (`rangeStop` → `rangeEnd`).
 * `present` lists the known keys the object already has; without it no sibling is suggested.
 */
export function nearMissKey(keys: readonly string[], key: string, present?: readonly string[]): string | undefined {
  const wanted = normalise(key)
  const exact = keys.find((candidate) => normalise(candidate) === wanted)
  if (exact || wanted.length < 4) return exact
  const allowed = wanted.length >= 8 ? 2 : 1
  const typo = keys.find((candidate) => editDistance(normalise(candidate), wanted) <= allowed)
  return typo ?? (present ? siblingKey(keys, key, present) : undefined)
}
