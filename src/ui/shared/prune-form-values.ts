function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function prune(value: unknown, inArray: boolean): unknown {
  if (typeof value === 'string') return value === '' ? undefined : value
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value
  if (Array.isArray(value)) return value.map((item) => prune(item, true) ?? (inArray ? {} : undefined))
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const pruned = prune(item, false)
      if (pruned !== undefined) out[key] = pruned
    }
    // an object the user emptied (dns, capabilities) means "not set"; rows inside lists stay as placeholders
    return Object.keys(out).length === 0 && !inArray ? undefined : out
  }
  return value
}

/** A deep copy of form values where empty inputs are gone: "not set" keys are left out of the YAML. */
export function pruneFormValues(values: unknown): Record<string, unknown> {
  const pruned = prune(structuredClone(values), false)
  return isPlainObject(pruned) ? pruned : {}
}
