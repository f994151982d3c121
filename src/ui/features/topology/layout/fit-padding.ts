/** A width and a height, in px on screen or in diagram units. */
export interface Size { width: number; height: number }
/** A panel over the canvas (controls, minimap, toolbar, legend), in px from the canvas's top-left corner. */
export interface PanelBox { x: number; y: number; width: number; height: number }
/** Space kept free along each side of the canvas, in px. */
export interface SidePadding { top: number; right: number; bottom: number; left: number }

type Side = keyof SidePadding
const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left']

/** The band along `side` that a panel needs so that nothing drawn beyond the band lies under it. */
function bandOf(panel: PanelBox, side: Side, canvas: Size): number {
  if (side === 'top') return panel.y + panel.height
  if (side === 'bottom') return canvas.height - panel.y
  if (side === 'left') return panel.x + panel.width
  return canvas.width - panel.x
}

function zoomWithin(canvas: Size, content: Size, padding: SidePadding): number {
  const width = canvas.width - padding.left - padding.right
  const height = canvas.height - padding.top - padding.bottom
  if (width <= 0 || height <= 0) return 0
  return Math.min(width / Math.max(content.width, 1), height / Math.max(content.height, 1))
}

/**
 * The padding for fitting `content` into `canvas` so that no panel covers any of it: each panel is cleared by a band
 * along one side (its corner lets it be either of two), and of all the choices the one that leaves the largest zoom
 * wins. A wide design gives up height to the minimap, a tall one width. There are a handful of panels, so every
 * choice is tried (4^n). `margin` is kept on every side besides.
 */
export function fitPadding(canvas: Size, content: Size, panels: readonly PanelBox[], margin: number): SidePadding {
  const base: SidePadding = { top: margin, right: margin, bottom: margin, left: margin }
  let best = { padding: base, zoom: panels.length === 0 ? zoomWithin(canvas, content, base) : -1 }
  const choose = (index: number, padding: SidePadding) => {
    const panel = panels[index]
    if (!panel) {
      const zoom = zoomWithin(canvas, content, padding)
      if (zoom > best.zoom) best = { padding, zoom }
      return
    }
    for (const side of SIDES) {
      choose(index + 1, { ...padding, [side]: Math.max(padding[side], bandOf(panel, side, canvas) + margin) })
    }
  }
  if (panels.length > 0) choose(0, base)
  return best.padding
}
