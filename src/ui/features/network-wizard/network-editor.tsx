import { useEffect, useRef, useState } from 'react'
import { Box } from '@mui/material'
import { FormProvider } from 'react-hook-form'
import type { Network } from '../../../core'
import { useIssuesOf } from '../../state/derived'
import { useActions, useDesigner } from '../../state/store-context'
import { FieldIssuesProvider } from '../../shared/field-issues'
import { focusField } from '../../shared/focus-field'
import { NetworkSections, type SectionId } from './network-sections'
import { useNetworkForm } from './use-network-form'

const ALL_SECTIONS: SectionId[] = ['general', 'plugin', 'ipam', 'advanced']

/** Edits a network of the project in place; every keystroke goes to the store and is revalidated by the core. */
export function NetworkEditor({ network }: { network: Network }) {
  const actions = useActions()
  const methods = useNetworkForm(network, actions.editNetwork)
  const selection = useDesigner((s) => s.selection)
  const issues = useIssuesOf(selection)
  const focusRequest = useDesigner((s) => s.focusRequest)
  const [expanded, setExpanded] = useState<ReadonlySet<SectionId>>(new Set(['general', 'plugin', 'ipam']))
  const root = useRef<HTMLDivElement>(null)
  const [handled, setHandled] = useState(focusRequest?.nonce)
  const request = focusRequest && !focusRequest.done && focusRequest.target.kind === 'network' && focusRequest.target.id === network.id
    ? focusRequest : undefined
  // a click in the issues list: open every section, then focus the field once they are rendered
  if (request && request.nonce !== handled) {
    setHandled(request.nonce)
    setExpanded(new Set(ALL_SECTIONS))
  }
  useEffect(() => {
    if (!request) return
    const timer = setTimeout(() => {
      if (root.current) focusField(root.current, request.field)
      actions.focusDone(request.nonce)
    }, 50)
    return () => clearTimeout(timer)
  }, [request, actions])

  return (
    <FormProvider {...methods}>
      <FieldIssuesProvider issues={issues}>
        <Box ref={root} component="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={network.name}>
          <NetworkSections expanded={expanded}
            onToggle={(id) => setExpanded((open) => {
              const next = new Set(open)
              if (next.has(id)) next.delete(id)
              else next.add(id)
              return next
            })} />
        </Box>
      </FieldIssuesProvider>
    </FormProvider>
  )
}
