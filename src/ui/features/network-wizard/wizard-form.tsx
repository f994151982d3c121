import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Alert, Box, Stack } from '@mui/material'
import { FormProvider, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { isPluginType, type Network, type PluginType } from '../../../core'
import { FieldIssuesStoreProvider, IssuesFeed, type FieldIssuesStore } from '../../shared/field-issues'
import { focusField } from '../../shared/focus-field'
import { useDraftIssues, type DraftStore } from './draft-store'
import { GeneralFields } from './general-fields'
import { IpamFields, IpamTypeField } from './ipam-fields'
import { PluginFields } from './plugin-fields'
import { useNetworkForm } from './use-network-form'
import { advancedPluginPaths, IPAM_ADVANCED_PATHS } from './plugin-field-specs'
import { AdvancedFold, FocusTargetContext } from './advanced-fold'
import { createRevealingIssuesStore } from './revealing-issues-store'
import { WizardReview } from './wizard-review'
import { fieldOfElement, stepOfField, type StepId } from './wizard-steps'

/** A field to focus once its step has rendered; a new nonce asks again. */
export interface FocusRequest { field: string; nonce: number }

interface WizardFormProps {
  /** Holds the draft: the form starts from it and writes every change back. */
  drafts: DraftStore
  step: StepId
  /** Steps the user tried to leave: all their fields show their issues. */
  revealedSteps: ReadonlySet<StepId>
  focusRequest: FocusRequest | undefined
  onGoTo: (step: StepId, field: string) => void
}

/** Feeds the draft's live issues to the fields; the one part of the form that re-renders on each keystroke. */
function DraftIssuesFeed({ drafts, store }: { drafts: DraftStore; store: FieldIssuesStore }) {
  return <IssuesFeed store={store} issues={useDraftIssues(drafts)} />
}

/** The draft's fields and its review; a keystroke re-renders neither (only the issues feed and the fields it touches). */
export function WizardForm({ drafts, step, revealedSteps, focusRequest, onGoTo }: WizardFormProps) {
  const [store] = useState(createRevealingIssuesStore)
  // the form reads the draft once, when it is made for a new plugin or preset (a new key)
  const [initial] = useState(() => drafts.get()!)
  const root = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => store.revealWhere((field) => revealedSteps.has(stepOfField(field))), [store, revealedSteps])
  const focused = useRef<number>(undefined)
  useEffect(() => {
    if (!focusRequest || focused.current === focusRequest.nonce || step === 'review' || !root.current) return
    focused.current = focusRequest.nonce
    focusField(root.current, focusRequest.field)
  }, [focusRequest, step])
  return (
    // a field's issues show once the user leaves it
    <Box ref={root} onBlur={(event) => { const field = fieldOfElement(event.target); if (field) store.reveal(field) }}>
      <DraftIssuesFeed drafts={drafts} store={store} />
      <FocusTargetContext.Provider value={focusRequest}>
        <WizardFields initial={initial} onDraft={drafts.set} step={step} store={store} />
      </FocusTargetContext.Provider>
      {step === 'review' && (
        <WizardReview drafts={drafts} onPick={(issue) => {
          store.reveal(issue.field)
          onGoTo(stepOfField(issue.field), issue.field)
        }} />
      )}
    </Box>
  )
}

interface WizardFieldsProps {
  /** Read once: the form owns the values from then on. */
  initial: Network
  onDraft: (network: Network) => void
  step: StepId
  store: FieldIssuesStore
}

const WizardFields = memo(function WizardFields({ initial, onDraft, step, store }: WizardFieldsProps) {
  const methods = useNetworkForm(initial, onDraft)
  return (
    <FormProvider {...methods}>
      <FieldIssuesStoreProvider value={store}>
        <Box component="form" noValidate onSubmit={(e) => e.preventDefault()}>
          {step === 'general' && <GeneralFields autoFocus />}
          {step === 'settings' && <SettingsStep />}
          {step === 'ipam' && <IpamStep />}
        </Box>
      </FieldIssuesStoreProvider>
    </FormProvider>
  )
}, (before, after) => before.step === after.step && before.store === after.store && before.onDraft === after.onDraft)

function SettingsStep() {
  const { t } = useTranslation()
  const plugin = useWatch({ name: 'config.type' }) as PluginType | 'foreign' | undefined
  if (!isPluginType(plugin)) return null
  return (
    <Stack spacing={3}>
      <Alert severity="info" icon={false}>{t(`plugins.${plugin}.limits`)}</Alert>
      <PluginFields plugin={plugin} part="basic" />
      <AdvancedFold id="wizard-plugin-advanced" issuePaths={advancedPluginPaths(plugin)}>
        <PluginFields plugin={plugin} part="advanced" />
      </AdvancedFold>
    </Stack>
  )
}

function IpamStep() {
  const ipamType = useWatch({ name: 'config.ipam.type' }) as string | undefined
  return (
    <Stack spacing={2}>
      <IpamTypeField />
      <IpamFields type={ipamType} part="basic" />
      {ipamType !== undefined && ipamType !== 'foreign' && (
        <AdvancedFold key={ipamType} id="wizard-ipam-advanced" issuePaths={IPAM_ADVANCED_PATHS}>
          <IpamFields type={ipamType} part="advanced" />
        </AdvancedFold>
      )}
    </Stack>
  )
}
