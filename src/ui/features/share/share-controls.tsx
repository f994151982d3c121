import { useEffect, useState } from 'react'
import { IconButton, Tooltip } from '@mui/material'
import ShareIcon from '@mui/icons-material/Share'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../../core'
import { useLibrary } from '../../state/library-context'
import { useActions, useDesigner } from '../../state/store-context'
import type { ProjectOffer } from './project-offer'
import { ProjectOfferDialog } from './project-offer-dialog'
import { ShareDialog } from './share-dialog'
import { readShareFragment, shareFragmentOf } from './share-link'

/** Drops the share fragment from the address, so a reload does not offer the same project again. */
function forgetShareFragment() {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`)
}

/** The header's Share button, its dialog, and the question a share link or an opened project file asks. */
export function ShareControls() {
  const { t } = useTranslation()
  const actions = useActions()
  const library = useLibrary()
  const [sharing, setSharing] = useState(false)
  const [offer, setOffer] = useState<ProjectOffer>()
  // read only while a dialog is open: the header does not re-render on every edit
  const project = useDesigner((s) => (sharing || offer ? s.project : undefined))
  useEffect(() => {
    const readLink = () => {
      const fragment = shareFragmentOf(window.location.hash)
      if (fragment !== undefined) void readShareFragment(fragment).then((shared) => setOffer({ ...shared, source: 'link' }))
    }
    readLink()
    window.addEventListener('hashchange', readLink)
    return () => window.removeEventListener('hashchange', readLink)
  }, [])
  const settle = () => {
    if (offer?.source === 'link') forgetShareFragment()
    setOffer(undefined)
  }
  const replace = (shared: Project) => {
    actions.replaceProject(shared, offer?.source === 'file' ? 'openFile' : 'openLink')
    setSharing(false)
    settle()
  }
  const openAsNew = (shared: Project) => {
    library.openAsNew(shared, t(offer?.source === 'file' ? 'projects.fileName' : 'projects.sharedName'))
    setSharing(false)
    settle()
  }
  return (
    <>
      <Tooltip title={t('share.button')}>
        <IconButton aria-label={t('share.button')} onClick={() => setSharing(true)}><ShareIcon /></IconButton>
      </Tooltip>
      {sharing && project && <ShareDialog project={project} onClose={() => setSharing(false)} onOpenFile={setOffer} />}
      {offer && project && <ProjectOfferDialog offer={offer} current={project} onReplace={replace} onOpenAsNew={openAsNew} onKeep={settle} />}
    </>
  )
}
