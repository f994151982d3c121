function quoted(path: string): string {
  return `"${path.replace(/["\\]/g, '\\$&')}"`
}

/**
 * Focus the input bound to `field` inside `root`; else the nearest parent path's input; else the first input below that
 * parent (an issue about a whole list, `config.ipam.ranges`, lands on its first entry). Returns whether it found one.
 */
export function focusField(root: ParentNode, field: string): boolean {
  const parts = field.split('.')
  for (let n = parts.length; n > 0; n--) {
    const path = parts.slice(0, n).join('.')
    const input = root.querySelector<HTMLElement>(`[data-field=${quoted(path)}]`) ?? root.querySelector<HTMLElement>(`[data-field^=${quoted(`${path}.`)}]`)
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
