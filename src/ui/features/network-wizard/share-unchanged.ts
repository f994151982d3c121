function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `next` where every part deep-equal to the same part of `previous` (same keys in the same order) is that part of
 * `previous`. A form reports a whole new network per keystroke; with unchanged parts kept by reference, revalidation
 * sees which keys the keystroke really changed and reruns only the checks that read them.
 */
export function shareUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next
  if (Array.isArray(previous) && Array.isArray(next)) {
    const items = next.map((item: unknown, i) => shareUnchanged(previous[i], item))
    const same = items.length === previous.length && items.every((item, i) => item === previous[i])
    return (same ? previous : items) as T
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next)
    const before = Object.keys(previous)
    const shared: Record<string, unknown> = {}
    for (const key of keys) shared[key] = shareUnchanged(previous[key], next[key])
    const same = keys.length === before.length && keys.every((key, i) => before[i] === key && shared[key] === previous[key])
    return (same ? previous : shared) as T
  }
  return next
}
