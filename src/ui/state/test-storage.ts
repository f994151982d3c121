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

/** A tab of a browser whose storage is shared: what one tab writes reaches the other tabs as a storage event. */
export interface TestTab extends LibraryStorage {
  /** where this tab's storage events go (the library's `receive`) */
  listen(receive: (key: string | null, text: string | null) => void): void
}

/**
 * Tabs over one storage. Events reach the other tabs at once, or, while `held`, only on `deliver()`: two tabs writing
 * "at the same time", before either has heard of the other's change.
 */
export class SharedTestStorage extends TestStorage {
  held = false
  private readonly queue: { from: object; key: string; text: string | null }[] = []
  private readonly receivers = new Map<object, (key: string | null, text: string | null) => void>()

  tab(): TestTab {
    const size = () => this.length
    const tab: TestTab = {
      get length() { return size() },
      key: (index) => this.key(index),
      getItem: (key) => this.getItem(key),
      setItem: (key, value) => {
        this.setItem(key, value)
        this.announce(tab, key, value)
      },
      removeItem: (key) => {
        this.removeItem(key)
        this.announce(tab, key, null)
      },
      listen: (receive) => this.receivers.set(tab, receive),
    }
    return tab
  }

  deliver() {
    for (const event of this.queue.splice(0)) this.send(event)
  }

  private announce(from: object, key: string, text: string | null) {
    if (this.held) this.queue.push({ from, key, text })
    else this.send({ from, key, text })
  }

  private send({ from, key, text }: { from: object; key: string; text: string | null }) {
    for (const [tab, receive] of this.receivers) if (tab !== from) receive(key, text)
  }
}
