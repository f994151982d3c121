import { Button, Snackbar } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useRegisterSW } from 'virtual:pwa-register/react'

/**
 * Registers the service worker that keeps the app working offline, says once when it is ready, and announces a new
 * version without forcing it: the page reloads only when the user chooses (the project is autosaved either way).
 */
export function UpdatePrompt() {
  const { t } = useTranslation()
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW()
  return (
    <>
      <Snackbar open={offlineReady && !needRefresh} autoHideDuration={6000} onClose={() => setOfflineReady(false)}
        message={t('offline.ready')} />
      <Snackbar open={needRefresh} message={t('offline.updateReady')}
        action={<>
          <Button color="inherit" onClick={() => setNeedRefresh(false)}>{t('offline.later')}</Button>
          <Button color="inherit" variant="outlined" onClick={() => void updateServiceWorker(true)}>{t('offline.reload')}</Button>
        </>} />
    </>
  )
}
