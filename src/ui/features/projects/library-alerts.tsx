import { Alert, Button, Snackbar, Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useLibrary, useLibraryView } from '../../state/library-context'
import type { LibraryNotice } from '../../state/read-library'
import { useStore } from '../../state/store-context'
import { useIssueMessage } from '../../shared/use-issue-message'
import { downloadProjectFile } from './download-project-file'

function useNoticeText() {
  const { t } = useTranslation()
  const message = useIssueMessage()
  return (notice: LibraryNotice) => notice.kind === 'damaged-index'
    ? t('projects.damagedIndex', { reason: t(`projects.indexProblem.${notice.problem}`), key: notice.keptAt, count: notice.recovered })
    : t('projects.damagedProject', {
      name: notice.name,
      reason: notice.problem.kind === 'missing' ? t('projects.missingRecord') : message(notice.problem.issue),
    })
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
          <Stack spacing={1}>{notices.map((notice, index) => <span key={index}>{noticeText(notice)}</span>)}</Stack>
        </Alert>
      </Snackbar>
    </>
  )
}
