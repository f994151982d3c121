import type { LibraryStorage } from './read-library'

/** An in-memory Web Storage for tests, which can be made to refuse writes as a full or blocked browser storage does. */
export class TestStorage implements LibraryStorage {
  readonly items = new Map<string, string>()
  /** what setItem throws while set */
  refuseWith?: () => unknown

  constructor(items: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(items)) this.items.set(key, value)
  }

  get length() {
    return this.items.size
  }

  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }

  getItem(key: string) {
    return this.items.get(key) ?? null
  }

  setItem(key: string, value: string) {
    if (this.refuseWith) throw this.refuseWith()
    this.items.set(key, value)
  }

  removeItem(key: string) {
    this.items.delete(key)
  }
}

/** The error Chromium throws when the origin's storage is full. */
export const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
