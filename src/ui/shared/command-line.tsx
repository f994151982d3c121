import { useState } from 'react'
import { Box, IconButton, Snackbar, Stack, Tooltip, Typography } from '@mui/material'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import { useTranslation } from 'react-i18next'
import { copyText } from './browser-doorway'

interface Props {
  command: string
  /** What the command fetches, shown above it. */
  caption?: string
}

/** A shell command to run on the device, selectable, with a button that copies it. */
export function CommandLine({ command, caption }: Props) {
  const { t } = useTranslation()
  const copyLabel = t('copy.command', { command })
  const [message, setMessage] = useState<string>()
  return (
    <Box>
      {caption && <Typography variant="caption" color="text.secondary">{caption}</Typography>}
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Box component="code" sx={{ flex: 1, minWidth: 0, px: 1, py: 0.5, bgcolor: 'action.hover', border: 1, borderColor: 'divider', borderRadius: 1,
          fontFamily: 'monospace', fontSize: 13, overflowX: 'auto', whiteSpace: 'pre' }}>
          {command}
        </Box>
        <Tooltip title={copyLabel}>
          <IconButton size="small" aria-label={copyLabel} onClick={async () => setMessage((await copyText(command)) ? t('copy.commandDone') : t('copy.failed'))}>
            <ContentCopyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
      <Snackbar open={message !== undefined} autoHideDuration={2500} onClose={() => setMessage(undefined)} message={message}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </Box>
  )
}
