import { lazy, memo, Suspense, useMemo, useState } from 'react'
import { Alert, Box, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import { useColorScheme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import { emitNadYaml, importYaml, lineOfField, type Issue, type Network } from '../../../core'
import { useIssuesOf } from '../../state/derived'
import { useActions, useDeferredDesigner } from '../../state/store-context'
import { CopyDownloadButtons } from '../../shared/copy-download-buttons'
import { readPreference, toFileName, writePreference } from '../../shared/browser-doorway'
import { useIssueMessage } from '../../shared/use-issue-message'
import type { LineMark } from './yaml-editor'

const YamlEditor = lazy(() => import('./yaml-editor'))

type ConfigStyle = 'block' | 'compact'

const NO_MARKS: LineMark[] = []

/** What became of the last text typed into the YAML editor. */
type EditOutcome = { kind: 'clean' } | { kind: 'rejected'; text: string; marks: LineMark[]; summary?: string }

/** The network's current errors and warnings, each on the line of its field in the emitted YAML. */
function marksOf(yaml: string, issues: readonly Issue[], message: (issue: Issue) => string): LineMark[] {
  const shown = issues.filter((issue) => issue.severity !== 'info')
  if (shown.length === 0) return NO_MARKS
  const read = importYaml(yaml)
  const imported = read.project.networks[0]
  const origin = imported ? read.origins[imported.id] : undefined
  if (!origin) return NO_MARKS
  return shown.map((issue) => ({ line: lineOfField(origin, issue.field), severity: issue.severity, message: message(issue) }))
}

/**
 * The live YAML of a network of the project, with copy, download, a block/compact switch for spec.config, and direct
 * editing. It follows the form a moment later (a transition), so a keystroke in the form never renders it.
 */
export const YamlPanel = memo(function YamlPanel({ networkId }: { networkId: string }) {
  const network = useDeferredDesigner((s) => s.project.networks.find((n) => n.id === networkId))
  return network ? <NetworkYaml network={network} /> : null
})

function NetworkYaml({ network }: { network: Network }) {
  const { t } = useTranslation()
  const actions = useActions()
  const message = useIssueMessage()
  const { mode, systemMode } = useColorScheme()
  const dark = (mode === 'system' ? systemMode : mode) === 'dark'
  const [style, setStyle] = useState<ConfigStyle>(() => (readPreference('yaml-style') === 'compact' ? 'compact' : 'block'))
  const generated = useMemo(() => emitNadYaml(network, { compact: style === 'compact' }), [network, style])
  const [outcome, setOutcome] = useState<EditOutcome>({ kind: 'clean' })
  // the editor shows the live YAML, unless the user holds a draft that could not be applied
  const text = outcome.kind === 'rejected' ? outcome.text : generated

  const onEdit = (next: string) => {
    const result = importYaml(next, { source: 'editor' })
    const errors = result.findings.filter((f) => f.severity === 'error')
    const marks = result.findings.map((f) => ({ line: f.line ?? 1, severity: f.severity, message: message(f) }))
    const imported = result.project.networks
    if (errors.length > 0 || imported.length !== 1 || result.project.workloads.length > 0) {
      const summary = errors.length === 0 ? t('yaml.needOneNetwork', { count: imported.length }) : undefined
      setOutcome({ kind: 'rejected', text: next, marks, summary })
      return
    }
    const [edited] = imported
    if (!edited) return
    setOutcome({ kind: 'clean' })
    actions.replaceNetworkFromOutside({ ...edited, id: network.id })
  }

  const rejected = outcome.kind === 'rejected' ? outcome : undefined
  const [target] = useState(() => ({ kind: 'network' as const, id: network.id }))
  const issues = useIssuesOf(target)
  const issueMarks = useMemo(() => marksOf(generated, issues, message), [generated, issues, message])
  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      <Stack sx={{ alignItems: 'center', flexWrap: 'wrap' }} direction="row" spacing={1} useFlexGap>
        <Typography variant="h2" component="h3" sx={{ mr: 'auto' }}>{t('yaml.title')}</Typography>
        <ToggleButtonGroup size="small" exclusive value={style} aria-label={t('yaml.configStyle')}
          onChange={(_, value: ConfigStyle | null) => { if (value) { setStyle(value); writePreference('yaml-style', value) } }}>
          <ToggleButton value="block">{t('yaml.block')}</ToggleButton>
          <ToggleButton value="compact">{t('yaml.compact')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {/* the editor shows the rejected text while the buttons would give the last valid YAML: off, and say why */}
      <CopyDownloadButtons text={generated} fileName={toFileName(network.name, 'yaml')} what="YAML"
        disabledReason={rejected ? t('yaml.copyOff') : undefined} />
      {rejected && (
        <Alert severity="error" action={<Button color="inherit" onClick={() => setOutcome({ kind: 'clean' })}>{t('yaml.revert')}</Button>}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>{t('yaml.rejected')}</Typography>
          {rejected.summary && <Typography variant="body2">{rejected.summary}</Typography>}
          <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label={t('yaml.problems')}>
            {rejected.marks.filter((m) => m.severity === 'error').map((mark, i) => (
              <li key={i}><Typography variant="body2">{t('yaml.atLine', { line: mark.line })}: {mark.message}</Typography></li>
            ))}
          </Box>
        </Alert>
      )}
      <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', fontSize: 12,
        '& .cm-editor': { maxHeight: '70vh' }, '& .cm-scroller': { fontFamily: 'monospace' } }}>
        <Suspense fallback={<Box component="pre" sx={{ m: 0, p: 1, fontSize: 12 }}>{text}</Box>}>
          <YamlEditor value={text} onChange={onEdit} dark={dark} label={t('yaml.editorLabel', { name: network.name })}
            marks={rejected?.marks ?? issueMarks} />
        </Suspense>
      </Box>
      <Typography variant="caption" color="text.secondary">{t('yaml.editHint')}</Typography>
    </Stack>
  )
}
