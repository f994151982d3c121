/** Focus the input bound to `field` inside `root`, or the closest parent path that has one. Returns whether it found one. */
export function focusField(root: ParentNode, field: string): boolean {
  const parts = field.split('.')
  for (let n = parts.length; n > 0; n--) {
    const path = parts.slice(0, n).join('.')
    const input = root.querySelector<HTMLElement>(`[data-field="${path.replace(/["\\]/g, "\\$&")}"]`)
    if (input) {
      // an MUI select keeps its value in a hidden input; the focusable part is its combobox
      const target = input.getAttribute('aria-hidden') === 'true'
        ? input.parentElement?.querySelector<HTMLElement>('[role="combobox"]') ?? input
        : input
      target.scrollIntoView?.({ block: 'center' })
      target.focus()
      return true
    }
  }
  return false
}
