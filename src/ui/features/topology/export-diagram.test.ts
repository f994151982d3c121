import { describe, expect, it } from 'vitest'
import { isHardToRead, pngPixelRatio } from './export-diagram'

describe('pngPixelRatio', () => {
  it('is 2 for a picture that fits a canvas twice over', () => {
    expect(pngPixelRatio(3000, 2000)).toBe(2)
  })

  it('shrinks a tall or large picture to stay under 16,000 px a side and 64 million pixels, never failing', () => {
    const tall = pngPixelRatio(2500, 30_000)
    expect(30_000 * tall).toBeLessThanOrEqual(16_000)
    expect(2500 * tall * 30_000 * tall).toBeLessThanOrEqual(64_000_000)
    expect(tall).toBeGreaterThan(0.5)
    const huge = pngPixelRatio(40_000, 40_000)
    expect(40_000 * huge).toBeLessThanOrEqual(16_000)
    expect(huge).toBeGreaterThan(0)
  })
})

describe('isHardToRead', () => {
  it('flags a PNG a 200-workload design (3,200 x 44,000 px at 100 %) gets, not one of a small design', () => {
    expect(isHardToRead(pngPixelRatio(3_200, 44_000))).toBe(true)
    expect(isHardToRead(pngPixelRatio(1_600, 1_200))).toBe(false)
    expect(isHardToRead(pngPixelRatio(3_000, 12_000))).toBe(false)
  })
})
