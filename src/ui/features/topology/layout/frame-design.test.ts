import { describe, expect, it } from 'vitest'
import type { PanelBox, Size } from './fit-padding'
import { ANCHORED_ZOOM, frameDesign, OVERVIEW_MIN_ZOOM } from './frame-design'

/** A 1280 x 800 window leaves a canvas of about 880 x 700; its panels as React Flow places them. */
const CANVAS: Size = { width: 880, height: 700 }
const FIND: PanelBox = { x: 15, y: 15, width: 260, height: 40 }
const TOOLBAR: PanelBox = { x: 560, y: 15, width: 305, height: 32 }
const CONTROLS: PanelBox = { x: 15, y: 540, width: 32, height: 145 }
const PANELS = [FIND, TOOLBAR, CONTROLS]

/** Where the diagram point (x, y) lands on screen under a viewport. */
const onScreen = (viewport: { x: number; y: number; zoom: number }, x: number, y: number) =>
  ({ x: x * viewport.zoom + viewport.x, y: y * viewport.zoom + viewport.y })

describe('frameDesign', () => {
  it('frames a small design whole, as fit view does', () => {
    const framing = frameDesign(CANVAS, { x: 0, y: 0, width: 950, height: 600 }, PANELS, 16)
    expect(framing.kind).toBe('whole')
  })

  it('keeps a design of 16 workloads (950 x 2,700) whole, an overview of its shape to zoom into', () => {
    const framing = frameDesign(CANVAS, { x: 0, y: 0, width: 950, height: 2_700 }, PANELS, 16)
    expect(framing.kind).toBe('whole')
    if (framing.kind === 'whole') expect(framing.zoom).toBeGreaterThanOrEqual(OVERVIEW_MIN_ZOOM)
  })

  it('starts a design of 200 workloads in one column (950 x 44,000) at its top-left corner, its full width readable', () => {
    const bounds = { x: -20, y: 40, width: 950, height: 44_000 }
    const framing = frameDesign(CANVAS, bounds, PANELS, 16)
    if (framing.kind !== 'top-left') throw new Error(`framed ${framing.kind}`)
    const { viewport } = framing
    expect(viewport.zoom).toBeGreaterThanOrEqual(ANCHORED_ZOOM)
    expect(viewport.zoom).toBeLessThanOrEqual(1)
    const corner = onScreen(viewport, bounds.x, bounds.y)
    // below the find box and the toolbar, right of the controls
    expect(corner.y).toBe(FIND.y + FIND.height + 16)
    expect(corner.x).toBe(CONTROLS.x + CONTROLS.width + 16)
    // the width fits between the controls and the right edge
    expect(onScreen(viewport, bounds.x + bounds.width, 0).x).toBeLessThanOrEqual(CANVAS.width - 16 + 1e-9)
  })

  it('keeps a readable zoom for a design wide and tall, showing its top-left part only', () => {
    const bounds = { x: 0, y: 0, width: 6_000, height: 9_000 }
    const framing = frameDesign(CANVAS, bounds, PANELS, 16)
    if (framing.kind !== 'top-left') throw new Error(`framed ${framing.kind}`)
    expect(framing.viewport.zoom).toBe(ANCHORED_ZOOM)
    expect(onScreen(framing.viewport, 0, 0)).toEqual({ x: 63, y: 71 })
  })

  it('never zooms a narrow tall design past 100 %', () => {
    const framing = frameDesign(CANVAS, { x: 0, y: 0, width: 240, height: 20_000 }, [], 16)
    if (framing.kind !== 'top-left') throw new Error(`framed ${framing.kind}`)
    expect(framing.viewport).toEqual({ x: 16, y: 16, zoom: 1 })
  })

  it('frames whole right at the overview floor and anchors just under it', () => {
    const height = (CANVAS.height - 2 * 16) / OVERVIEW_MIN_ZOOM
    expect(frameDesign(CANVAS, { x: 0, y: 0, width: 200, height }, [], 16).kind).toBe('whole')
    expect(frameDesign(CANVAS, { x: 0, y: 0, width: 200, height: height + 10 }, [], 16).kind).toBe('top-left')
  })
  it('does not flip to the top-left view because the legend is open, nor move the cards past it', () => {
    const legend: PanelBox = { x: 56, y: 380, width: 280, height: 300 }
    const small = frameDesign(CANVAS, { x: 0, y: 0, width: 950, height: 2_700 }, [...PANELS, legend], 16)
    expect(small.kind).toBe('whole')
    const tall = frameDesign(CANVAS, { x: 0, y: 0, width: 950, height: 44_000 }, [...PANELS, legend], 16)
    if (tall.kind !== 'top-left') throw new Error(`framed ${tall.kind}`)
    expect(tall.viewport.x).toBe(CONTROLS.x + CONTROLS.width + 16)
  })
})
