import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { Box, Button, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import TerminalIcon from '@mui/icons-material/Terminal'
import { useTranslation } from 'react-i18next'
import type { HostNic, Issue } from '../../../core'
import { useProjectIssues } from '../../state/derived'
import { useActions, useDesigner } from '../../state/store-context'
import { HostNicRow, NicIssueLines, nicFieldOf } from './host-nic-row'

// Reading `ip -j` output (and its worker) is loaded when first asked for.
const ReadDeviceDialog = lazy(() => import('./read-device-dialog'))

function issuesByNic(issues: readonly Issue[]): Map<string, Issue[]> {
  const byName = new Map<string, Issue[]>()
  for (const issue of issues) {
    if (issue.target.kind !== 'hostNic') continue
    byName.set(issue.target.name, [...(byName.get(issue.target.name) ?? []), issue])
  }
  return byName
}

/**
 * The issues by NIC name, as the same map while they stay the same issues: most edits (a keystroke in a network form)
 * leave the NICs' findings alone, and then the rows (text fields each) need not redraw.
 */
function useStableIssuesByNic(issues: readonly Issue[]): Map<string, Issue[]> {
  const [kept, setKept] = useState(() => issuesByNic(issues))
  const [seen, setSeen] = useState(issues)
  if (seen !== issues) {
    setSeen(issues)
    const next = issuesByNic(issues)
    if (!isSameIssuesByNic(kept, next)) setKept(next)
  }
  return kept
}

function isSameIssuesByNic(before: Map<string, Issue[]>, after: Map<string, Issue[]>): boolean {
  if (before.size !== after.size) return false
  return [...after].every(([name, list]) => {
    const old = before.get(name)
    return old !== undefined && old.length === list.length && list.every((issue, i) => issue === old[i])
  })
}

/** The first ethN not yet listed: a new row must not start out as a duplicated name. */
function freeNicName(nics: readonly HostNic[]): string {
  const taken = new Set(nics.map((nic) => nic.name))
  let n = 0
  while (taken.has(`eth${n}`)) n++
  return `eth${n}`
}

/** The node's NICs, so master, MTU and primary-network rules can be checked against the real device. */
export function HostNicsEditor() {
  const { t } = useTranslation()
  const actions = useActions()
  const nics = useDesigner((s) => s.project.hostNics)
  const nicFocus = useDesigner((s) => s.nicFocus)
  const issues = useProjectIssues()
  const byNic = useStableIssuesByNic(issues)
  const root = useRef<HTMLElement>(null)
  // a request made before this panel mounted (a layout change) must not steal focus again
  const handled = useRef(nicFocus?.nonce)
  const [highlighted, setHighlighted] = useState<string>()
  const [reading, setReading] = useState(false)
  useEffect(() => {
    if (!nicFocus || nicFocus.nonce === handled.current) return
    handled.current = nicFocus.nonce
    const row = [...(root.current?.querySelectorAll<HTMLElement>('[data-nic]') ?? [])].find((el) => el.dataset.nic === nicFocus.name)
    // a NIC no longer listed gets no highlight: one added later under that name must not light up
    setHighlighted(row ? nicFocus.name : undefined)
    const input = row?.querySelector<HTMLElement>(`[data-nic-field="${nicFieldOf(nicFocus.field)}"]`)
    const target = input ?? root.current?.querySelector<HTMLElement>('#host-nics-title')
    target?.scrollIntoView?.({ block: 'center' })
    target?.focus()
  }, [nicFocus])
  // a keystroke in another form redraws this panel (its issues follow the project); the rows only when theirs change
  const rows = useMemo(() => {
    const update = (index: number, change: Partial<HostNic>) =>
      actions.setHostNics(nics.map((nic, i) => (i === index ? { ...nic, ...change } : nic)))
    return nics.map((nic, index) => (
      <HostNicRow key={index} index={index} nic={nic} issues={byNic.get(nic.name) ?? []}
        highlighted={highlighted !== undefined && highlighted === nic.name}
        onLeave={() => setHighlighted((current) => (current === nic.name ? undefined : current))}
        onChange={(change) => update(index, change)}
        onRemove={() => actions.setHostNics(nics.filter((_, i) => i !== index))} />
    ))
  }, [actions, nics, byNic, highlighted])
  const known = new Set(nics.map((nic) => nic.name))
  const orphans = [...byNic.entries()].filter(([name]) => !known.has(name)).flatMap(([, list]) => list)
  return (
    <Box ref={root} component="section" aria-labelledby="host-nics-title" sx={{ px: 2, py: 1.5 }}>
      <Typography id="host-nics-title" variant="h2" tabIndex={-1} sx={{ outline: 'none' }}>{t('nics.title')}</Typography>
      <Typography variant="caption" color="text.secondary">{t('nics.help')}</Typography>
      <Stack spacing={1} sx={{ mt: 1 }}>
        {rows}
        {orphans.length > 0 && <NicIssueLines issues={orphans} />}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button startIcon={<AddIcon />}
            onClick={() => actions.setHostNics([...nics, { name: freeNicName(nics), mtu: 1500, primary: nics.length === 0 }])}>
            {t('nics.add')}
          </Button>
          <Button startIcon={<TerminalIcon />} onClick={() => setReading(true)}>{t('nics.read.button')}</Button>
        </Stack>
        {reading && (
          <Suspense fallback={null}>
            <ReadDeviceDialog current={nics} onClose={() => setReading(false)} onApply={(read) => {
              actions.setHostNics(read)
              setReading(false)
            }} />
          </Suspense>
        )}
      </Stack>
    </Box>
  )
}
