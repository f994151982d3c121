import { Box } from '@mui/material'

/** Monospace text that can be selected and scrolled; focusable so keyboard users can scroll it. `wrap` breaks long one-liners. */
export function CodeBlock({ text, label, maxHeight = 360, wrap }: { text: string; label: string; maxHeight?: number; wrap?: boolean }) {
  return (
    <Box component="pre" tabIndex={0} aria-label={label}
      sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, lineHeight: 1.5, overflow: 'auto', maxHeight,
        fontFamily: 'monospace', whiteSpace: wrap ? 'pre-wrap' : 'pre', overflowWrap: wrap ? 'anywhere' : undefined, border: 1, borderColor: 'divider' }}>
      {text}
    </Box>
  )
}
