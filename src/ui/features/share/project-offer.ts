import type { SharedProject } from './share-link'

/** A project from outside (a share link or a project file), waiting for the user to take it or keep theirs. */
export type ProjectOffer = SharedProject & { source: 'link' | 'file' }

/** Names to show of a list, the rest counted. */
export function namesPreview(names: readonly string[], shown = 6): { names: string[]; more: number } {
  return { names: names.slice(0, shown), more: Math.max(0, names.length - shown) }
}
