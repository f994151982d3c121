/**
 * Whether a new layout is an edit of the design on screen (it keeps most of its nodes and is mostly made of them) rather
 * than another design (the first one, an import into a nearly empty project, another project opened). An edit keeps
 * the user's view; another design is framed anew.
 */
export function isEditOf(previousIds: ReadonlySet<string> | undefined, nextIds: ReadonlySet<string>): boolean {
  if (!previousIds || previousIds.size === 0) return false
  let kept = 0
  for (const id of previousIds) if (nextIds.has(id)) kept += 1
  return kept * 2 >= Math.max(previousIds.size, nextIds.size)
}
