import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Issue, Network } from '../../../core'
import { toFileName } from '../../shared/browser-doorway'
import { CodeBlock } from '../../shared/code-block'
import { CopyDownloadButtons } from '../../shared/copy-download-buttons'
import { SeverityIcon } from '../../shared/issue-rows'
import { useIssueMessage } from '../../shared/use-issue-message'

interface Note {
  /** Under projectIssue.notes in the catalogues. */
  key: string
  /** Commands to run on the device; they stay as typed, only their comments are translated. */
  commands?: (t: TFunction) => string
  /** The networks the note concerns, offered as jumps to the field that makes them concerned. */
  concerns?: { network: (network: Network) => boolean; field: string }
}

/** What to do about each project-wide note. */
const NOTES: Record<string, Note> = {
  'project.dhcp-daemon-required': {
    key: 'dhcpDaemon',
    commands: () => 'oc get pods -n openshift-multus | grep dhcp-daemon',
    concerns: { network: (network) => network.config?.type !== 'foreign' && network.config?.ipam?.type === 'dhcp', field: 'config.ipam.type' },
  },
  'project.network-policies-do-not-apply': { key: 'networkPolicies' },
  'project.multus-install-needs-reboot': {
    key: 'multusInstall',
    commands: (t) => ['sudo dnf install microshift-multus', 'sudo systemctl reboot', `# ${t('projectIssue.afterReboot')}`, 'oc get pod -A | grep multus'].join('\n'),
  },
  'project.rule-failed': { key: 'ruleFailed' },
}

interface Props {
  issue: Issue | undefined
  networks: readonly Network[]
  onClose: () => void
  /** Jump to `field` of a network this note is about. */
  onNetwork: (network: Network, field: string) => void
}

/** A project-wide issue has no field to jump to: say what it means, what to do, and which networks it concerns. */
export function ProjectIssueDialog({ issue, networks, onClose, onNetwork }: Props) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  const note = issue ? NOTES[issue.code] : undefined
  const concerns = note?.concerns
  const concerned = concerns ? networks.filter(concerns.network) : []
  const commands = note?.commands?.(t)
  return (
    <Dialog open={issue !== undefined} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="project-issue-title">
      {issue && (
        <>
          <DialogTitle id="project-issue-title">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <SeverityIcon severity={issue.severity} />
              <span>{t('projectIssue.title', { severity: t(`severity.${issue.severity}`) })}</span>
            </Stack>
          </DialogTitle>
          <DialogContent>
            <Stack spacing={1.5}>
              <Typography>{message(issue)}</Typography>
              <Typography variant="caption" color="text.secondary"><code>{issue.code}</code></Typography>
              <Typography variant="body2">{t(note ? `projectIssue.notes.${note.key}` : 'projectIssue.general')}</Typography>
              {commands && (
                <>
                  <Typography variant="h3" component="h3">{t('projectIssue.onTheDevice')}</Typography>
                  <CodeBlock text={commands} label={t('projectIssue.onTheDevice')} />
                  <CopyDownloadButtons text={`${commands}\n`} fileName={toFileName(issue.code, 'sh')} what={t('projectIssue.commandsWhat')} mimeType="text/x-shellscript" />
                </>
              )}
              {concerned.length > 0 && (
                <>
                  <Typography variant="h3" component="h3">{t('projectIssue.concerns')}</Typography>
                  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {concerned.map((network) => (
                      <Chip key={network.id} clickable label={network.name || t('nav.unnamed')} sx={{ fontFamily: 'monospace' }}
                        onClick={() => concerns && onNetwork(network, concerns.field)} />
                    ))}
                  </Stack>
                </>
              )}
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('projectIssue.close')}</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  )
}
