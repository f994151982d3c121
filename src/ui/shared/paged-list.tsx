import { useMemo, useState, type ReactNode } from 'react'
import { Box, Button, type SxProps, type Theme } from '@mui/material'

/** The part of a long list that is drawn, and how to draw more of it. */
export interface Paged<T> {
  shown: readonly T[]
  /** how many the next "show more" adds */
  more: number
  /** how many are not drawn */
  left: number
  showMore: () => void
}

/**
 * A long list drawn a page at a time: thousands of rows take the page seconds to lay out, and nobody reads them all at
 * once. The list always reaches far enough to include the item at `keepIndex` (the one selected elsewhere).
 */
export function usePaged<T>(items: readonly T[], pageSize: number, keepIndex = -1): Paged<T> {
  const [pages, setPages] = useState(1)
  const count = Math.min(items.length, Math.max(pages * pageSize, keepIndex + 1))
  // the same array while nothing changes, so lists memoised on it are not rebuilt
  const shown = useMemo(() => (count === items.length ? items : items.slice(0, count)), [items, count])
  return {
    shown,
    more: Math.min(pageSize, items.length - count),
    left: items.length - count,
    showMore: () => setPages(Math.ceil(count / pageSize) + 1),
  }
}

/** The button under a paged list, while some of it is not drawn. */
export function ShowMoreButton({ paged, children, sx }: { paged: Paged<unknown>; children: ReactNode; sx?: SxProps<Theme> }) {
  if (paged.left === 0) return null
  return (
    <Box sx={sx}>
      <Button size="small" onClick={paged.showMore}>{children}</Button>
    </Box>
  )
}
