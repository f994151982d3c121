/** A tiny external store for useSyncExternalStore: readers re-render only for the slice they read. */
export interface ValueStore<T> {
  getState(): T
  /** Replaces the value with `update(value)`; listeners hear of it only when the result is another value. */
  setState(update: (state: T) => T): void
  subscribe(listener: () => void): () => void
}

/** Create a store holding `initial`. */
export function createValueStore<T>(initial: T): ValueStore<T> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    setState(update) {
      const next = update(state)
      if (next === state) return
      state = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
