// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ShowMoreButton, usePaged } from './paged-list'

function Numbers({ count, keep }: { count: number; keep?: number }) {
  const paged = usePaged(Array.from({ length: count }, (_, i) => i), 10, keep)
  return (
    <>
      <output aria-label="shown">{paged.shown.length}</output>
      <ShowMoreButton paged={paged}>more {paged.more} of {paged.left}</ShowMoreButton>
    </>
  )
}

afterEach(cleanup)

describe('usePaged', () => {
  it('draws a page, then a page more on each click, and no button once all are drawn', () => {
    render(<Numbers count={25} />)
    expect(screen.getByLabelText('shown').textContent).toBe('10')
    act(() => screen.getByRole('button', { name: 'more 10 of 15' }).click())
    expect(screen.getByLabelText('shown').textContent).toBe('20')
    act(() => screen.getByRole('button', { name: 'more 5 of 5' }).click())
    expect(screen.getByLabelText('shown').textContent).toBe('25')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('reaches the kept item wherever it is, and shows more from there', () => {
    render(<Numbers count={100} keep={42} />)
    expect(screen.getByLabelText('shown').textContent).toBe('43')
    act(() => screen.getByRole('button', { name: 'more 10 of 57' }).click())
    expect(screen.getByLabelText('shown').textContent).toBe('60')
  })

  it('has no button for a short list', () => {
    render(<Numbers count={3} />)
    expect(screen.getByLabelText('shown').textContent).toBe('3')
    expect(screen.queryByRole('button')).toBeNull()
  })
})
