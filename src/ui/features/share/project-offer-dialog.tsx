import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../../core'
import { useIssueMessage } from '../../shared/use-issue-message'
import { namesPreview, type ProjectOffer } from './project-offer'

interface ProjectOfferDialogProps {
  offer: ProjectOffer
  current: Project
  onReplace: (project: Project) => void
  /** Take it as one more project, keeping the current one. */
  onOpenAsNew: (project: Project) => void
  onKeep: () => void
}

function NameList({ label, names }: { label: string; names: string[] }) {
  const { t } = useTranslation()
  const preview = namesPreview(names)
  return (
    <Typography variant="body2">
      <strong>{label}</strong>{' '}
      {names.length === 0 ? t('share.none') : preview.names.join(', ')}
      {preview.more > 0 && ` ${t('share.andMore', { count: preview.more })}`}
    </Typography>
  )
}

/** Shows what a link or file holds and asks whether it replaces the current project or opens as a new one; a bad one changes nothing. */
export function ProjectOfferDialog({ offer, current, onReplace, onOpenAsNew, onKeep }: ProjectOfferDialogProps) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  const from = t(`share.from.${offer.source}`)
  return (
    <Dialog open onClose={onKeep} maxWidth="sm" fullWidth aria-labelledby="offer-title">
      <DialogTitle id="offer-title">{offer.ok ? t('share.offerTitle', { from }) : t('share.unreadableTitle', { from })}</DialogTitle>
      <DialogContent>
        {offer.ok ? (
          <Stack spacing={1.5}>
            <NameList label={t('share.networks', { count: offer.project.networks.length })}
              names={offer.project.networks.map((n) => `${n.namespace}/${n.name}`)} />
            <NameList label={t('share.workloads', { count: offer.project.workloads.length })}
              names={offer.project.workloads.map((w) => `${w.kind}/${w.name}`)} />
            {offer.issues.map((issue, index) => <Alert key={index} severity="info">{message(issue)}</Alert>)}
            <Alert severity="warning">
              {t('share.replaceWarning', {
                networks: t('share.networkCount', { count: current.networks.length }),
                workloads: t('share.workloadCount', { count: current.workloads.length }),
              })}
            </Alert>
          </Stack>
        ) : (
          <Stack spacing={1.5}>
            <Alert severity="error">{t(`share.unreadable.${offer.reason}`)}</Alert>
            {offer.issues.map((issue, index) => <Typography key={index} variant="body2">{message(issue)}</Typography>)}
            <Typography variant="body2">{t('share.unchanged')}</Typography>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {offer.ok ? (
          <>
            <Button onClick={onKeep}>{t('share.keep')}</Button>
            <Button onClick={() => onReplace(offer.project)}>{t('share.replace')}</Button>
            <Button variant="contained" onClick={() => onOpenAsNew(offer.project)}>{t('share.openAsNew')}</Button>
          </>
        ) : <Button variant="contained" onClick={onKeep}>{t('share.close')}</Button>}
      </DialogActions>
    </Dialog>
  )
}
