import { describe, expect, it } from 'vitest'
import { isArrowKey, nearestNode, type NodeBox } from './nearest-node'

const box = (id: string, x: number, y: number): NodeBox => ({ id, x, y, width: 100, height: 50 })

// pod-a  net-1  nic
// pod-b  net-2
const grid = [box('pod-a', 0, 0), box('pod-b', 0, 100), box('net-1', 300, 0), box('net-2', 300, 120), box('nic', 600, 10)]

describe('nearestNode', () => {
  it('moves down a column and right along a row', () => {
    expect(nearestNode(grid, 'pod-a', 'ArrowDown')).toBe('pod-b')
    expect(nearestNode(grid, 'pod-a', 'ArrowRight')).toBe('net-1')
    expect(nearestNode(grid, 'net-1', 'ArrowRight')).toBe('nic')
    expect(nearestNode(grid, 'net-2', 'ArrowLeft')).toBe('pod-b')
    expect(nearestNode(grid, 'net-2', 'ArrowUp')).toBe('net-1')
  })

  it('prefers the card straight ahead to a nearer one off to the side', () => {
    const boxes = [box('from', 0, 0), box('beside', 150, 60), box('below', 0, 200)]
    expect(nearestNode(boxes, 'from', 'ArrowDown')).toBe('below')
  })

  it('finds nothing past the edge of the diagram, or from an unknown node', () => {
    expect(nearestNode(grid, 'pod-a', 'ArrowUp')).toBeUndefined()
    expect(nearestNode(grid, 'nic', 'ArrowRight')).toBeUndefined()
    expect(nearestNode(grid, 'gone', 'ArrowDown')).toBeUndefined()
  })

  it('knows the arrow keys', () => {
    expect(['ArrowUp', 'ArrowLeft', 'Enter', 'a'].map(isArrowKey)).toEqual([true, true, false, false])
  })
})
