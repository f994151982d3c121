import { Box, MenuItem, TextField } from '@mui/material'
import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { interfaceNameAt, type Network } from '../../../core'
import { useFieldIssues } from '../../shared/field-issues'
import { FieldHelp, keyedLabel, worstSeverity } from '../../shared/field-help'
import { KeyedTextField } from '../../shared/keyed-text-field'

interface Props {
  index: number
  networks: readonly Network[]
  /** The interface the pod will get for this attachment (`net2`, or the requested name). */
  interfaceName: string
}

/** One entry of the pod's networks annotation. */
export function AttachmentRow({ index, networks, interfaceName }: Props) {
  const { t } = useTranslation()
  const { setValue } = useFormContext()
  const base = `attachments.${index}`
  const network = useWatch({ name: `${base}.network` }) as string | undefined
  const namespace = useWatch({ name: `${base}.namespace` }) as string | undefined
  const podNamespace = useWatch({ name: 'namespace' }) as string | undefined
  const issues = [...useFieldIssues(base), ...useFieldIssues(`${base}.network`), ...useFieldIssues(`${base}.namespace`)]
  const current = `${namespace ?? podNamespace ?? ''}/${network ?? ''}`
  const options = networks.map((n) => ({ value: `${n.namespace}/${n.name}`, label: n.namespace === (podNamespace ?? '') ? n.name : `${n.namespace}/${n.name}` }))
  const known = options.some((o) => o.value === current)
  const defaultName = interfaceNameAt({}, index)
  return (
    <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: '1fr', '@container (min-width: 640px)': { gridTemplateColumns: '1fr 1fr' },
      p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <TextField select label={keyedLabel(t('pods.fields.network.label'), 'name')} value={network ? current : ''}
        error={worstSeverity(issues) === 'error'}
        onChange={(event) => {
          const [ns, name] = event.target.value.split('/')
          setValue(`${base}.network`, name, { shouldDirty: true })
          setValue(`${base}.namespace`, ns === podNamespace ? undefined : ns, { shouldDirty: true })
        }}
        slotProps={{ formHelperText: { component: 'div' }, htmlInput: { 'data-field': `${base}.network` } }}
        helperText={<FieldHelp help={t('pods.fields.network.help', { iface: interfaceName })} issues={issues} />}>
        {!known && network && <MenuItem value={current}>{current}</MenuItem>}
        {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
      </TextField>
      <KeyedTextField name={`${base}.interface`} cniKey="interface" label={t('pods.fields.interface.label')}
        help={t('pods.fields.interface.help')} defaultText={defaultName} placeholder={defaultName} mono />
      <KeyedTextField name={`${base}.ips`} cniKey="ips" kind="list" label={t('pods.fields.ips.label')} help={t('pods.fields.ips.help')}
        placeholder="192.168.10.20/24" mono />
      <KeyedTextField name={`${base}.mac`} cniKey="mac" label={t('pods.fields.mac.label')} help={t('pods.fields.mac.help')}
        placeholder="02:00:00:00:00:01" mono />
      <KeyedTextField name={`${base}.defaultRoute`} cniKey="default-route" kind="list" label={t('pods.fields.defaultRoute.label')}
        help={t('pods.fields.defaultRoute.help')} placeholder="192.168.10.1" mono />
    </Box>
  )
}
