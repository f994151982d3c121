import { Alert, Button } from '@mui/material'
import { useTranslation } from 'react-i18next'

/** What a panel shows after it crashed: which panel, why, and a way to try again. */
export default function CrashNotice({ panel, error, onRetry }: { panel: string; error: Error; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert severity="error" sx={{ m: 1 }} action={<Button color="inherit" onClick={onRetry}>{t('panel.retry')}</Button>}>
      {t('panel.crashed', { panel })} {error.message}
    </Alert>
  )
}
