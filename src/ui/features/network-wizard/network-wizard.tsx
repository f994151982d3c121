import { useRef, useState } from 'react'
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Step, StepButton, Stepper } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Network, PluginType } from '../../../core'
import { newId } from '../../state/new-id'
import { freeName } from '../../state/project-edits'
import { useActions, useDesigner } from '../../state/store-context'
import { createDraftStore, draftIssues, useDraftPlugin, useHasDraft } from './draft-store'
import { toNetwork } from './form-values'
import { CreateAnywayButton, HeldBackStatus, type HeldBack } from './held-back'
import { blankNetwork, type NetworkPreset } from './network-presets'
import { PluginChoice } from './plugin-choice'
import { WizardForm, type FocusRequest } from './wizard-form'
import { errorsOfStep, STEPS, type StepId } from './wizard-steps'

/** The guided way to a new network: plugin → general → plugin settings → IPAM → review. */
export function NetworkWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const actions = useActions()
  const project = useDesigner((s) => s.project)
  // the draft lives outside React state: typing re-renders the fields it concerns, not this dialog
  const [drafts] = useState(createDraftStore)
  const hasDraft = useHasDraft(drafts)
  const plugin = useDraftPlugin(drafts)
  const [formKey, setFormKey] = useState(0)
  const [step, setStep] = useState(0)
  const [revealedSteps, setRevealedSteps] = useState<ReadonlySet<StepId>>(new Set())
  const [focusRequest, setFocusRequest] = useState<FocusRequest>()
  const [heldBack, setHeldBack] = useState<HeldBack>()
  const content = useRef<HTMLDivElement>(null)
  const here = STEPS[step] ?? 'review'
  const goTo = (index: number) => {
    setHeldBack(undefined)
    setStep(index)
  }
  const start = (network: Network, toStep: number) => {
    drafts.set(network)
    setFormKey((k) => k + 1)
    setRevealedSteps(new Set())
    goTo(toStep)
  }
  const choosePlugin = (p: PluginType) => {
    const draft = drafts.get()
    if (plugin === p && draft) return goTo(1)
    const name = draft?.name || freeName(new Set(project.networks.map((n) => n.name)), `${p}-net`)
    const blank = { ...blankNetwork(draft?.id ?? newId('net'), p, name), namespace: draft?.namespace || 'default' }
    // the draft is what the form would report: empty inputs are "not set"
    start(toNetwork(blank, blank), 1)
  }
  const choosePreset = (preset: NetworkPreset) => start(preset.build(newId('net')), STEPS.indexOf('review'))
  const focusLater = (field: string) => setFocusRequest((last) => ({ field, nonce: (last?.nonce ?? 0) + 1 }))
  /**
   * Leave this step, unless a field holds text that cannot be read (it would be lost) or, for Next, the step has errors.
   * The stepper may still jump ahead with errors: looking at the review is not creating.
   */
  const leave = (index: number, by: 'next' | 'jump') => {
    const unreadable = content.current?.querySelector('[data-unreadable="true"]')
    if (unreadable instanceof HTMLElement) {
      setHeldBack({ kind: 'unreadable' })
      return unreadable.focus()
    }
    const errors = by === 'next' ? errorsOfStep(draftIssues(project, drafts.get()), here) : []
    if (errors[0]) {
      setRevealedSteps((steps) => new Set([...steps, here]))
      setHeldBack({ kind: 'step-errors', step: here })
      return focusLater(errors[0].field)
    }
    goTo(index)
  }
  const close = () => {
    onClose()
    drafts.set(undefined)
    goTo(0)
  }
  const create = (despiteErrors: boolean) => {
    const draft = drafts.get()
    if (!draft) return
    if (!despiteErrors && draftIssues(project, draft).some((i) => i.severity === 'error')) {
      setRevealedSteps(new Set(STEPS))
      return setHeldBack({ kind: 'network-errors' })
    }
    actions.createNetwork(draft)
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
              <StepButton onClick={() => hasDraft && leave(index, 'jump')} disabled={!hasDraft && index > 0}>{t(`wizard.steps.${id}`)}</StepButton>
            </Step>
          ))}
        </Stepper>
      </Box>
      <DialogContent dividers ref={content}>
        {step === 0 || !hasDraft
          ? <PluginChoice plugin={plugin} onPlugin={choosePlugin} onPreset={choosePreset} />
          : <WizardForm key={formKey} drafts={drafts} step={here} revealedSteps={revealedSteps}
              focusRequest={focusRequest} onGoTo={(id, field) => {
                goTo(STEPS.indexOf(id))
                focusLater(field)
              }} />}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap' }}>
        <Button onClick={close}>{t('wizard.cancel')}</Button>
        <HeldBackStatus drafts={drafts} heldBack={heldBack} here={here} />
        <Button disabled={step === 0} onClick={() => leave(step - 1, 'jump')}>{t('wizard.back')}</Button>
        {step < STEPS.length - 1
          ? <Button variant="contained" disabled={!hasDraft} onClick={() => leave(step + 1, 'next')}>{t('wizard.next')}</Button>
          : <>
              <CreateAnywayButton drafts={drafts} heldBack={heldBack} onCreate={() => create(true)} />
              <Button variant="contained" disabled={!hasDraft} onClick={() => create(false)}>{t('wizard.create')}</Button>
            </>}
      </DialogActions>
    </Dialog>
  )
}
