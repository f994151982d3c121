import { describe, expect, it } from 'vitest'
import { planExport, QUICK_EXPORT_NODES } from './export-plan'

/** The whole picture of a 200-workload design in one column, and of the small design the e2e spec draws. */
const TALL = { width: 1_153, height: 44_000 }
const SMALL = { width: 1_600, height: 900 }

describe('planExport', () => {
  it('saves a small design whole at once, as PNG and as SVG', () => {
    expect(planExport('png', SMALL, 25)).toEqual({ kind: 'whole' })
    expect(planExport('svg', SMALL, 25)).toEqual({ kind: 'whole' })
  })

  it('offers the current view when the whole PNG would be scaled past reading, and says to what', () => {
    const plan = planExport('png', TALL, 40)
    expect(plan).toEqual({ kind: 'choose', percent: 36, hardToRead: true, slow: false, nodeCount: 40 })
  })

  it('offers the current view when drawing every node would block the page, even as SVG, which stays readable', () => {
    expect(planExport('svg', TALL, 270)).toEqual({ kind: 'choose', percent: 100, hardToRead: false, slow: true, nodeCount: 270 })
    expect(planExport('png', SMALL, QUICK_EXPORT_NODES + 1)).toMatchObject({ kind: 'choose', hardToRead: false, slow: true })
    expect(planExport('png', SMALL, QUICK_EXPORT_NODES)).toEqual({ kind: 'whole' })
  })

  it('never reports a whole PNG above 100 %: the 2x pixel ratio of a small picture is sharpness, not size', () => {
    const plan = planExport('png', { width: 2_000, height: 1_500 }, 500)
    expect(plan).toMatchObject({ kind: 'choose', percent: 100, hardToRead: false })
  })
})
