import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { Box } from '@mui/material'
import { FormProvider } from 'react-hook-form'
import type { Network } from '../../../core'
import { useIssuesOf } from '../../state/derived'
import { useActions, useDesigner } from '../../state/store-context'
import { FieldIssuesStoreProvider, IssuesFeed, useNewFieldIssuesStore, type FieldIssuesStore } from '../../shared/field-issues'
import { focusField } from '../../shared/focus-field'
import { NetworkSections, type SectionId } from './network-sections'
import { useNetworkForm } from './use-network-form'

const ALL_SECTIONS: SectionId[] = ['general', 'plugin', 'ipam', 'advanced']

/** Feeds the network's live issues to its fields; re-renders on each change, the form itself does not. */
function NetworkIssuesFeed({ id, store }: { id: string; store: FieldIssuesStore }) {
  const [target] = useState(() => ({ kind: 'network' as const, id }))
  return <IssuesFeed store={store} issues={useIssuesOf(target)} />
}

/**
 * Edits a network of the project in place; every keystroke goes to the store and is revalidated by the core.
 * Rendered once per network (and per outside change): its own edits do not re-render the whole form.
 */
export const NetworkEditor = memo(function NetworkEditor({ network }: { network: Network }) {
  const actions = useActions()
  const methods = useNetworkForm(network, actions.editNetwork)
  const issues = useNewFieldIssuesStore()
  const focusRequest = useDesigner((s) => s.focusRequest)
  const [expanded, setExpanded] = useState<ReadonlySet<SectionId>>(new Set(['general', 'plugin', 'ipam']))
  const root = useRef<HTMLDivElement>(null)
  const [handled, setHandled] = useState<number>()
  const request = focusRequest && !focusRequest.done && focusRequest.target.kind === 'network' && focusRequest.target.id === network.id
    ? focusRequest : undefined
  // a click in the issues list: open every section, then focus the field once they are rendered
  if (request && request.nonce !== handled) {
    setHandled(request.nonce)
    setExpanded(new Set(ALL_SECTIONS))
  }
  // runs after the commit that opened the sections: the field is already focusable (a collapse hides only once closed)
  useEffect(() => {
    const form = root.current
    if (!request || !form) return
    focusField(form, request.field)
    actions.focusDone(request.nonce)
  }, [request, actions])
  // sections above the field may still be growing: centre it again once one has. Keyed on the handled jump, not on
  // the request, which focusDone clears at once; a label's own transition ends sooner and does not count.
  useEffect(() => {
    const form = root.current
    const focused = document.activeElement
    if (handled === undefined || !form || !(focused instanceof HTMLElement) || !form.contains(focused)) return
    const stop = () => {
      form.removeEventListener('transitionend', recentre)
      focused.removeEventListener('blur', stop)
    }
    const recentre = (event: TransitionEvent) => {
      if (event.propertyName !== 'height') return
      stop()
      focused.scrollIntoView?.({ block: 'center' })
    }
    form.addEventListener('transitionend', recentre)
    focused.addEventListener('blur', stop)
    return stop
  }, [handled])
  const toggle = useCallback((id: SectionId) => setExpanded((open) => {
    const next = new Set(open)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    return next
  }), [])

  return (
    <FormProvider {...methods}>
      <FieldIssuesStoreProvider value={issues}>
        <NetworkIssuesFeed id={network.id} store={issues} />
        <Box ref={root} component="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={network.name}>
          <NetworkSections expanded={expanded} onToggle={toggle} />
        </Box>
      </FieldIssuesStoreProvider>
    </FormProvider>
  )
}, (before, after) => before.network.id === after.network.id)
