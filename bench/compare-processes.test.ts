import { describe, expect, it } from 'vitest'
import { compareProcesses, median } from './compare-processes'

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})

describe('compareProcesses', () => {
  it('gives both commands’ medians and their ratios', () => {
    const { a, b, wallRatio, cpuRatio } = compareProcesses(['-e', 'process.exitCode = 1'], ['-e', ''], 2)
    expect(a.wallMs).toBeGreaterThan(0)
    expect(wallRatio).toBeCloseTo(a.wallMs / b.wallMs)
    if (a.cpuMs !== undefined && b.cpuMs) expect(cpuRatio).toBeCloseTo(a.cpuMs / b.cpuMs)
  })

  it('fails on a command that fails as more than a finding would', () => {
    expect(() => compareProcesses(['-e', 'process.exit(2)'], ['-e', ''], 1)).toThrow(/failed \(2\)/)
  })
})
