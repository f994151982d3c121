import { describe, expect, it } from 'vitest'
import { fitPadding, type PanelBox, type SidePadding, type Size } from './fit-padding'

const CANVAS: Size = { width: 600, height: 500 }
/** React Flow's default corners on a 600 x 500 canvas: minimap bottom-right, controls bottom-left, toolbar top-right. */
const MINIMAP: PanelBox = { x: 425, y: 375, width: 160, height: 110 }
const CONTROLS: PanelBox = { x: 15, y: 370, width: 28, height: 115 }
const TOOLBAR: PanelBox = { x: 350, y: 15, width: 235, height: 32 }

/** Where the content lands when React Flow fits it into the padded area (centred, at the largest zoom). */
function placed(content: Size, padding: SidePadding) {
  const zoom = Math.min((CANVAS.width - padding.left - padding.right) / content.width, (CANVAS.height - padding.top - padding.bottom) / content.height)
  const width = content.width * zoom
  const height = content.height * zoom
  const x = padding.left + (CANVAS.width - padding.left - padding.right - width) / 2
  const y = padding.top + (CANVAS.height - padding.top - padding.bottom - height) / 2
  return { x, y, width, height, zoom }
}

const overlaps = (a: PanelBox, b: PanelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('fitPadding', () => {
  it('keeps only the margin when no panel is shown', () => {
    expect(fitPadding(CANVAS, { width: 100, height: 100 }, [], 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 10 })
  })

  it('clears the minimap by giving up height when the design is wide, and width when it is tall', () => {
    const wide = fitPadding(CANVAS, { width: 3000, height: 600 }, [MINIMAP], 10)
    expect(wide.bottom).toBe(CANVAS.height - MINIMAP.y + 10)
    expect(wide.right).toBe(10)
    const tall = fitPadding(CANVAS, { width: 400, height: 4000 }, [MINIMAP], 10)
    expect(tall.right).toBe(CANVAS.width - MINIMAP.x + 10)
    expect(tall.bottom).toBe(10)
  })

  it('leaves no part of the design under any panel, whatever its shape', () => {
    const panels = [MINIMAP, CONTROLS, TOOLBAR]
    for (const content of [{ width: 3000, height: 600 }, { width: 400, height: 4000 }, { width: 1000, height: 900 }, { width: 50, height: 50 }]) {
      const box = placed(content, fitPadding(CANVAS, content, panels, 8))
      expect(box.zoom).toBeGreaterThan(0)
      for (const panel of panels) expect(overlaps(box, panel), `${JSON.stringify(content)} under ${JSON.stringify(panel)}`).toBe(false)
    }
  })

  it('gives a larger zoom than clearing every panel along the same side would', () => {
    const content = { width: 3000, height: 600 }
    const chosen = placed(content, fitPadding(CANVAS, content, [MINIMAP, TOOLBAR], 8))
    const allRight = placed(content, { top: 8, bottom: 8, left: 8, right: CANVAS.width - TOOLBAR.x + 8 })
    expect(chosen.zoom).toBeGreaterThan(allRight.zoom)
  })
})
