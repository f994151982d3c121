import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Step, StepButton, Stepper, Typography,
} from '@mui/material'
import { FormProvider, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { emitNadYaml, isPluginType, type Network, type PluginType, type Project } from '../../../core'
import { projectIssues } from '../../state/derived'
import { newId } from '../../state/new-id'
import { freeName } from '../../state/project-edits'
import { useActions, useDesigner } from '../../state/store-context'
import { FieldIssuesStoreProvider, IssuesFeed, useNewFieldIssuesStore, type FieldIssuesStore } from '../../shared/field-issues'
import { focusField } from '../../shared/focus-field'
import { IssueRows } from '../../shared/issue-rows'
import { GeneralFields } from './general-fields'
import { IpamFields, IpamTypeField } from './ipam-fields'
import { PluginFields } from './plugin-fields'
import { toNetwork } from './form-values'
import { useNetworkForm } from './use-network-form'
import { blankNetwork, type NetworkPreset } from './network-presets'
import { PluginChoice } from './plugin-choice'
import { advancedPluginPaths, IPAM_ADVANCED_PATHS } from './plugin-field-specs'
import { AdvancedFold } from './advanced-fold'

const STEPS = ['plugin', 'general', 'settings', 'ipam', 'review'] as const
type StepId = (typeof STEPS)[number]
/** Which form paths each step edits, to send an issue to its step. */
const STEP_OF_FIELD: [RegExp, StepId][] = [[/^config\.ipam/, 'ipam'], [/^(name|namespace|config\.cniVersion)$/, 'general'], [/^config\./, 'settings']]

function stepOfField(field: string): StepId {
  return STEP_OF_FIELD.find(([pattern]) => pattern.test(field))?.[1] ?? 'general'
}

/** The guided way to a new network: plugin → general → plugin settings → IPAM → review. */
export function NetworkWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const actions = useActions()
  const project = useDesigner((s) => s.project)
  // The draft as of the last step change; what is typed goes to `typed` only, so a keystroke re-renders the form,
  // not the dialog around it.
  const [draft, setDraft] = useState<Network>()
  const typed = useRef<Network>(undefined)
  const onTyped = useCallback((network: Network) => {
    typed.current = network
  }, [])
  const [formKey, setFormKey] = useState(0)
  const [step, setStep] = useState(0)
  const plugin = draft?.config?.type === 'foreign' ? undefined : draft?.config?.type
  const goTo = (index: number) => {
    if (typed.current) setDraft(typed.current)
    setStep(index)
  }
  const start = (network: Network, toStep: number) => {
    typed.current = network
    setDraft(network)
    setFormKey((k) => k + 1)
    setStep(toStep)
  }
  const choosePlugin = (p: PluginType) => {
    const latest = typed.current ?? draft
    if (plugin === p && latest) return goTo(1)
    const name = latest?.name || freeName(new Set(project.networks.map((n) => n.name)), `${p}-net`)
    const blank = { ...blankNetwork(latest?.id ?? newId('net'), p, name), namespace: latest?.namespace || 'default' }
    // the draft is what the form would report: empty inputs are "not set"
    start(toNetwork(blank, blank), 1)
  }
  const choosePreset = (preset: NetworkPreset) => start(preset.build(newId('net')), STEPS.indexOf('review'))
  const close = () => {
    onClose()
    typed.current = undefined
    setDraft(undefined)
    setStep(0)
  }
  const create = () => {
    const latest = typed.current ?? draft
    if (!latest) return
    actions.createNetwork(latest)
    close()
  }
  return (
    // one height for every step, so the stepper and the buttons stay put while the content changes
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="wizard-title" scroll="paper"
      slotProps={{ paper: { sx: { height: 'min(860px, calc(100% - 64px))' } } }}>
      <DialogTitle id="wizard-title">{t('wizard.title')}</DialogTitle>
      <Box sx={{ px: 3 }}>
        <Stepper nonLinear activeStep={step} alternativeLabel>
          {STEPS.map((id, index) => (
            <Step key={id} completed={index < step}>
              <StepButton onClick={() => draft && goTo(index)} disabled={!draft && index > 0}>{t(`wizard.steps.${id}`)}</StepButton>
            </Step>
          ))}
        </Stepper>
      </Box>
      <DialogContent dividers>
        {step === 0 || !draft
          ? <PluginChoice plugin={plugin} onPlugin={choosePlugin} onPreset={choosePreset} />
          : <WizardForm key={formKey} initial={draft} onDraft={onTyped} step={STEPS[step] ?? 'review'} otherNetworks={project}
              onGoTo={(id) => goTo(STEPS.indexOf(id))} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('wizard.cancel')}</Button>
        <Box sx={{ flex: 1 }} />
        <Button disabled={step === 0} onClick={() => goTo(step - 1)}>{t('wizard.back')}</Button>
        {step < STEPS.length - 1
          ? <Button variant="contained" disabled={!draft} onClick={() => goTo(step + 1)}>{t('wizard.next')}</Button>
          : <Button variant="contained" disabled={!draft} onClick={create}>{t('wizard.create')}</Button>}
      </DialogActions>
    </Dialog>
  )
}

interface WizardFormProps {
  /** Read once: from then on the form's draft lives here. */
  initial: Network
  onDraft: (network: Network) => void
  step: StepId
  otherNetworks: Project
  onGoTo: (step: StepId) => void
}

/** The draft's issues and its review; re-renders on every keystroke while the fields do not. */
function WizardForm({ initial, onDraft, step, otherNetworks, onGoTo }: WizardFormProps) {
  const { t } = useTranslation()
  const store = useNewFieldIssuesStore()
  const root = useRef<HTMLDivElement>(null)
  const [typed, setTyped] = useState(initial)
  const onTyped = useCallback((network: Network) => {
    setTyped(network)
    onDraft(network)
  }, [onDraft])
  // the keystroke itself renders the typed field only; the issues follow in a render React may interrupt
  const draft = useDeferredValue(typed)
  const issues = useMemo(() => {
    const project = { ...otherNetworks, networks: [...otherNetworks.networks, draft] }
    return projectIssues(project).filter((i) => i.target.kind === 'network' && i.target.id === draft.id)
  }, [otherNetworks, draft])
  const yaml = useMemo(() => (step === 'review' ? emitNadYaml(draft) : ''), [step, draft])
  // a click in the review: focus the field once its step has rendered
  const [pendingFocus, setPendingFocus] = useState<string>()
  useEffect(() => {
    if (pendingFocus === undefined || step === 'review' || !root.current) return
    focusField(root.current, pendingFocus)
    setPendingFocus(undefined)
  }, [pendingFocus, step])
  return (
    <Box ref={root}>
      <IssuesFeed store={store} issues={issues} />
      <WizardFields initial={initial} onDraft={onTyped} step={step} store={store} />
      {step === 'review' && (
        <Stack spacing={2}>
          <Typography variant="h2" component="h3">{t('wizard.reviewIssues', { count: issues.length })}</Typography>
          <IssueRows issues={issues} dense locate={(i) => i.field}
            onPick={(issue) => {
              setPendingFocus(issue.field)
              onGoTo(stepOfField(issue.field))
            }} />
          <Typography variant="h2" component="h3">{t('wizard.reviewYaml')}</Typography>
          <Box component="pre" aria-label={t('wizard.reviewYaml')} tabIndex={0}
            sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, overflow: 'auto', fontFamily: 'monospace' }}>
            {yaml}
          </Box>
        </Stack>
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
