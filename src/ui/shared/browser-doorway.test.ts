import { describe, expect, it } from 'vitest'
import { toFileName } from './browser-doorway'

describe('file names', () => {
  it.each([
    ['lan-a', 'lan-a.yaml'],
    ['plant l3/net', 'plant-l3-net.yaml'],
    ['  ', 'untitled.yaml'],
    ['../etc', '..-etc.yaml'],
  ])('%j is saved as %s', (name, file) => {
    expect(toFileName(name, 'yaml')).toBe(file)
  })
})
