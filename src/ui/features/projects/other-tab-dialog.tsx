import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useLibrary, useLibraryView } from '../../state/library-context'

/**
 * Asks what to do when another tab changed or deleted the open project while this tab changed it too: neither version
 * is written over until the user chooses.
 */
export function OtherTabDialog() {
  const { t } = useTranslation()
  const library = useLibrary()
  const { conflict, currentName } = useLibraryView()
  const changed = conflict === 'changed'
  return (
    <Dialog open={conflict !== undefined} aria-labelledby="other-tab-title" aria-describedby="other-tab-text">
      <DialogTitle id="other-tab-title">{t(changed ? 'projects.otherTab.changedTitle' : 'projects.otherTab.deletedTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="other-tab-text">
          {t(changed ? 'projects.otherTab.changed' : 'projects.otherTab.deleted', { name: currentName })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => library.keepThisTab(t('projects.otherTab.copyName', { name: currentName }))}>
          {t(changed ? 'projects.otherTab.keepMine' : 'projects.otherTab.keep')}
        </Button>
        <Button variant="contained" onClick={library.takeOtherTab}>
          {t(changed ? 'projects.otherTab.loadTheirs' : 'projects.otherTab.close')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
