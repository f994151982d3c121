import { useState } from 'react'
import { Button, Snackbar, Stack, Typography } from '@mui/material'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import DownloadIcon from '@mui/icons-material/Download'
import { useTranslation } from 'react-i18next'
import { copyText, downloadText } from './browser-doorway'

interface Props {
  text: string
  fileName: string
  /** What is copied, for the button labels ("YAML", "annotation"...). */
  what: string
  mimeType?: string
  /** Why the buttons are off, shown beside them; the buttons are on when this is undefined. */
  disabledReason?: string
}

/** "Copy X" and "Download X" buttons with a short confirmation. */
export function CopyDownloadButtons({ text, fileName, what, mimeType, disabledReason }: Props) {
  const disabled = disabledReason !== undefined
  const { t } = useTranslation()
  const [message, setMessage] = useState<string>()
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button variant="outlined" startIcon={<ContentCopyIcon />} disabled={disabled}
        onClick={async () => setMessage((await copyText(text)) ? t('copy.done', { what }) : t('copy.failed'))}>
        {t('copy.copy', { what })}
      </Button>
      <Button variant="outlined" startIcon={<DownloadIcon />} disabled={disabled}
        onClick={() => { downloadText(fileName, text, mimeType); setMessage(t('copy.downloaded', { file: fileName })) }}>
        {t('copy.download', { what })}
      </Button>
      {disabledReason && <Typography variant="body2" color="text.secondary" role="status">{disabledReason}</Typography>}
      <Snackbar open={message !== undefined} autoHideDuration={2500} onClose={() => setMessage(undefined)} message={message}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </Stack>
  )
}
