import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import type { PassThroughObject } from '../../../core'
import { issueMessage } from '../../i18n/issue-message'
import { useActions } from '../../state/store-context'
import { keptObjectName, useKeptObjectIssues } from './kept-object-issues'
import { useKeptOrigin } from './kept-object-list'

/** A kept object in the inspector: where it came from, what blocks the bundle about it, its text read-only, and Remove. */
export function KeptObjectInspector({ object, index }: { object: PassThroughObject; index: number }) {
  const { t, i18n } = useTranslation()
  const actions = useActions()
  const origin = useKeptOrigin()
  const issues = useKeptObjectIssues().filter((issue) => issue.target.kind === 'passThrough' && issue.target.index === index)
  const name = keptObjectName(object)
  return (
    <Stack spacing={1.5} sx={{ p: 1.5, maxWidth: 960 }} component="section" aria-label={t('keptObject.title')}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h2" sx={{ fontFamily: 'monospace' }} noWrap>{object.name || t('nav.unnamed')}</Typography>
        <Chip size="small" label={object.kind} variant="outlined" sx={{ fontFamily: 'monospace' }} />
        <Typography variant="body2" color="text.secondary" noWrap>{t('keptObject.title')}</Typography>
        <Box sx={{ flex: 1 }} />
        <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => actions.removePassThrough(index)}>{t('keptObject.remove')}</Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">{t('keptObject.intro')}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, '& dd': { m: 0 } }}>
        <Typography component="dt" variant="body2" color="text.secondary">{t('keptObject.kind')}</Typography>
        <Typography component="dd" variant="body2" sx={{ fontFamily: 'monospace' }}>{object.kind}</Typography>
        <Typography component="dt" variant="body2" color="text.secondary">{t('keptObject.namespace')}</Typography>
        <Typography component="dd" variant="body2" sx={{ fontFamily: object.namespace === undefined ? undefined : 'monospace' }}>
          {object.namespace ?? t('keptObject.noNamespace')}
        </Typography>
        <Typography component="dt" variant="body2" color="text.secondary">{t('keptObject.origin')}</Typography>
        <Typography component="dd" variant="body2">{origin(object)}</Typography>
      </Box>
      {issues.length > 0 && (
        <Box component="section" aria-label={t('keptObject.issues')}>
          {issues.map((issue, i) => <Alert key={i} severity="error" sx={{ mb: 0.5 }}>{issueMessage(issue, t, i18n.language)}</Alert>)}
        </Box>
      )}
      <Typography variant="h3" component="h3">{t('keptObject.yaml')}</Typography>
      <Box component="pre" tabIndex={0} aria-label={t('keptObject.yamlOf', { kind: object.kind, name })}
        sx={{ m: 0, p: 1.5, overflow: 'auto', maxHeight: '60vh', fontFamily: 'monospace', fontSize: 13, bgcolor: 'action.hover', borderRadius: 1, border: 1, borderColor: 'divider' }}>
        {object.text}
      </Box>
    </Stack>
  )
}
