function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  const shared = next.map((item, i) => (i < previous.length ? shareUnchanged(previous[i], item) : item))
  return shared.length === previous.length && shared.every((item, i) => item === previous[i]) ? previous : shared
}

function shareRecord(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const shared: Record<string, unknown> = {}
  const before = Object.keys(previous)
  // keys in another order are a change: the YAML writes them in the order the object has them
  let same = before.length === Object.keys(next).length && Object.keys(next).every((key, i) => before[i] === key)
  for (const key of Object.keys(next)) {
    const value = Object.hasOwn(previous, key) ? shareUnchanged(previous[key], next[key]) : next[key]
    shared[key] = value
    if (!Object.hasOwn(previous, key) || value !== previous[key]) same = false
  }
  return same ? previous : shared
}

/**
 * `next`, where every part (object, array, value) equal in content to the same part of `previous` is that part of
 * `previous`. A form reports a whole new object per keystroke; with its untouched parts kept, whatever keys on
 * object identity (revalidation reusing a rule's findings, memoised views) sees only the part the keystroke changed.
 */
export function shareUnchanged<T>(previous: T, next: T): T {
  if (Object.is(previous, next)) return previous
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T
  if (isPlainObject(previous) && isPlainObject(next)) return shareRecord(previous, next) as T
  return next
}
