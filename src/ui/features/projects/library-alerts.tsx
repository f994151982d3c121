import type { ReactNode } from 'react'
import { Alert, Box, Button, Snackbar, Stack } from '@mui/material'
import DownloadIcon from '@mui/icons-material/Download'
import { useTranslation } from 'react-i18next'
import { useLibrary, useLibraryView } from '../../state/library-context'
import type { LibraryNotice } from '../../state/read-library'
import { useStore } from '../../state/store-context'
import { downloadText, toFileName } from '../../shared/browser-doorway'
import { useIssueMessage } from '../../shared/use-issue-message'
import { downloadProjectFile } from './download-project-file'

function useNoticeText() {
  const { t } = useTranslation()
  const message = useIssueMessage()
  return (notice: LibraryNotice): ReactNode => {
    switch (notice.kind) {
      case 'damaged-index':
        return t('projects.damagedIndex', { reason: t(`projects.indexProblem.${notice.problem}`), key: notice.keptAt, count: notice.recovered })
      case 'damaged-project':
        return t('projects.damagedProject', {
          name: notice.name,
          reason: notice.problem.kind === 'missing' ? t('projects.missingRecord') : message(notice.problem.issue),
        })
      case 'repaired-project':
        return (
          <>
            {t('projects.repairedProject', { name: notice.name })}
            <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
              {notice.repairs.map((repair, index) => <li key={index}>{message(repair)}</li>)}
            </Box>
            <Button size="small" variant="outlined" color="inherit" startIcon={<DownloadIcon />}
              onClick={() => downloadText(toFileName(`${notice.name}-original`, 'json'), notice.original, 'application/json')}>
              {t('projects.downloadOriginal')}
            </Button>
          </>
        )
    }
  }
}

/**
 * What storage reports: a lasting alert while the latest changes are not saved (it goes when a save succeeds), and what
 * was found damaged when the page opened.
 */
export function LibraryAlerts() {
  const { t } = useTranslation()
  const library = useLibrary()
  const store = useStore()
  const { failure, notices, currentName } = useLibraryView()
  const noticeText = useNoticeText()
  return (
    <>
      <Snackbar open={failure !== undefined} anchorOrigin={{ vertical: 'top', horizontal: 'center' }} sx={{ maxWidth: 880, mt: 5 }}>
        <Alert severity="error" variant="filled" role="alert" action={(
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', whiteSpace: 'nowrap' }}>
            <Button color="inherit" size="small" onClick={() => downloadProjectFile(currentName, store.getState().project)}>{t('projects.download')}</Button>
            <Button color="inherit" size="small" onClick={library.retrySave}>{t('projects.retry')}</Button>
          </Stack>
        )}>
          {failure && t(`projects.notSaved.${failure}`)}
        </Alert>
      </Snackbar>
      <Snackbar open={notices.length > 0} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} sx={{ maxWidth: 640 }}>
        <Alert severity="warning" onClose={library.dismissNotices} slotProps={{ closeButton: { title: t('projects.dismiss'), 'aria-label': t('projects.dismiss') } }}>
          <Stack spacing={1}>{notices.map((notice, index) => <div key={index}>{noticeText(notice)}</div>)}</Stack>
        </Alert>
      </Snackbar>
    </>
  )
}
