import { memo, useEffect, useRef } from 'react'
import { Box, MenuItem, Stack, TextField } from '@mui/material'
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { interfaceNameAt, interfaceNamesFor, type Attachment, type Network, type Workload } from '../../../core'
import { FieldIssuesStoreProvider, type FieldIssuesStore } from '../../shared/field-issues'
import { keyedLabel } from '../../shared/field-help'
import { focusField } from '../../shared/focus-field'
import { KeyedSwitch } from '../../shared/keyed-switch'
import { KeyedTextField } from '../../shared/keyed-text-field'
import { pruneFormValues } from '../../shared/prune-form-values'
import { useFormChanges } from '../../shared/use-form-changes'
import { RowList } from '../../shared/row-list'
import { AttachmentRow } from './attachment-row'

const KINDS = ['Pod', 'Deployment'] as const

/** The workload a form's values describe. */
export function toWorkload(values: unknown, fallback: Workload): Workload {
  const pruned = pruneFormValues(values)
  const attachments = Array.isArray(pruned.attachments) ? (pruned.attachments as Attachment[]) : []
  return {
    ...(pruned as unknown as Workload),
    id: fallback.id,
    kind: (pruned.kind as Workload['kind'] | undefined) ?? fallback.kind,
    name: typeof pruned.name === 'string' ? pruned.name : '',
    namespace: typeof pruned.namespace === 'string' ? pruned.namespace : '',
    attachments: attachments.map((a) => ({ ...a, network: typeof a.network === 'string' ? a.network : '' })),
  }
}

interface Props {
  workload: Workload
  networks: readonly Network[]
  /** The workload's issues by field (fed by the caller), so typing re-renders only the fields concerned. */
  store: FieldIssuesStore
  onChange: (workload: Workload) => void
  focus?: { field: string; nonce: number }
  /** Told once the requested field has focus. */
  onFocused?: (nonce: number) => void
}

/** Edits an example workload and its attachments; the outputs beside it update live. */
export const WorkloadForm = memo(function WorkloadForm({ workload, networks, store, onChange, focus, onFocused }: Props) {
  const methods = useForm<Record<string, unknown>>({ defaultValues: structuredClone(workload) as unknown as Record<string, unknown> })
  useFormChanges(methods, (values) => toWorkload(values, workload), onChange)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!focus || !root.current) return
    focusField(root.current, focus.field)
    onFocused?.(focus.nonce)
  }, [focus, onFocused])
  return (
    <FormProvider {...methods}>
      <FieldIssuesStoreProvider value={store}>
        <Box ref={root} component="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={workload.name}
          sx={{ containerType: 'inline-size' }}>
          <WorkloadFields networks={networks} />
        </Box>
      </FieldIssuesStoreProvider>
    </FormProvider>
  )
}, (before, after) => before.workload.id === after.workload.id && before.networks === after.networks
  && before.store === after.store && before.focus === after.focus && before.onChange === after.onChange)

function WorkloadFields({ networks }: { networks: readonly Network[] }) {
  const { t } = useTranslation()
  const kind = useWatch({ name: 'kind' }) as string
  const attachments = (useWatch({ name: 'attachments' }) as Attachment[] | undefined) ?? []
  const names = interfaceNamesFor(attachments)
  const { setValue } = useFormContext()
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', columnGap: 1, rowGap: 2, gridTemplateColumns: '1fr', '@container (min-width: 640px)': { gridTemplateColumns: '160px 1fr 1fr' } }}>
        <TextField select label={keyedLabel(t('pods.fields.kind.label'), 'kind')} value={kind}
          onChange={(event) => setValue('kind', event.target.value, { shouldDirty: true })}>
          {KINDS.map((k) => <MenuItem key={k} value={k}>{k}</MenuItem>)}
        </TextField>
        <KeyedTextField name="name" cniKey="metadata.name" label={t('pods.fields.name.label')} help={t('pods.fields.name.help')} mono />
        <KeyedTextField name="namespace" cniKey="metadata.namespace" label={t('pods.fields.namespace.label')}
          help={t('pods.fields.namespace.help')} mono />
        {kind === 'Deployment' && (
          <KeyedTextField name="replicas" cniKey="replicas" kind="integer" label={t('pods.fields.replicas.label')}
            help={t('pods.fields.replicas.help')} defaultText="1" />
        )}
      </Box>
      <RowList name="attachments" title={t('pods.attachments')} addLabel={t('pods.addAttachment')} unsetWhenEmpty={false}
        newRow={() => ({ network: networks[0]?.name ?? '' })} rowLabel={(i) => t('pods.attachmentN', { n: i + 1, iface: names[i] ?? '' })}
        renderRow={(i) => <AttachmentRow index={i} networks={networks} interfaceName={names[i] ?? interfaceNameAt({}, i)} />} />
      <KeyedSwitch name="preferJsonAnnotation" cniKey="JSON" label={t('pods.fields.preferJson.label')}
        help={t('pods.fields.preferJson.help')} defaultValue={false} />
    </Stack>
  )
}
