import type { Issue } from '../../../core'
import { createFieldIssuesStore, type FieldIssuesStore } from '../../shared/field-issues'

/** A field issues store that holds back a field's errors until the user has been there. */
export interface RevealingIssuesStore extends FieldIssuesStore {
  /** Show the errors of `field` from now on (the user left it). */
  reveal(field: string): void
  /** Show the errors of every field `matches` accepts (the user tried to go on), besides those already revealed. */
  revealWhere(matches: (field: string) => boolean): void
}

/**
 * A fresh form should not shout at fields the user has not reached: each field's errors appear once it is left
 * (blur) or once the user asks to go on. Warnings and notes show at once: they tell what a default will do
 * (no master: the node's default-route NIC), which helps before the user types anything.
 */
export function createRevealingIssuesStore(): RevealingIssuesStore {
  const shown = createFieldIssuesStore()
  const revealed = new Set<string>()
  let matches: (field: string) => boolean = () => false
  let all: readonly Issue[] = []
  const update = () => shown.set(all.filter((issue) => issue.severity !== 'error' || revealed.has(issue.field) || matches(issue.field)))
  return {
    get: shown.get,
    hasUnder: shown.hasUnder,
    subscribe: shown.subscribe,
    set(issues) {
      all = issues
      update()
    },
    reveal(field) {
      if (revealed.has(field)) return
      revealed.add(field)
      update()
    },
    revealWhere(next) {
      matches = next
      update()
    },
  }
}
