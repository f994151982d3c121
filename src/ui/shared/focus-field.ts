/** Focus the input bound to `field` inside `root`, or the closest parent path that has one. Returns whether it found one. */
export function focusField(root: ParentNode, field: string): boolean {
  const parts = field.split('.')
  for (let n = parts.length; n > 0; n--) {
    const path = parts.slice(0, n).join('.')
    const input = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`)
    if (input) {
      input.scrollIntoView({ block: 'center' })
      input.focus()
      return true
    }
  }
  return false
}
