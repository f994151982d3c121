import { useState, type ReactNode } from 'react'
import { Accordion, AccordionDetails, AccordionSummary, Chip, Stack, Typography } from '@mui/material'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import { useTranslation } from 'react-i18next'
import { useHasIssuesUnder } from '../../shared/field-issues'

/** Keys few users need, folded away in a wizard step; open from the start when one of them has an issue. */
export function AdvancedFold({ id, issuePaths, children }: { id: string; issuePaths: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation()
  const flagged = useHasIssuesUnder(issuePaths)
  const [open, setOpen] = useState(flagged)
  return (
    <Accordion expanded={open} onChange={() => setOpen(!open)} disableGutters variant="outlined"
      slotProps={{ transition: { unmountOnExit: false } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${id}-content`} id={`${id}-header`}>
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
          <Typography variant="h2" component="h3">{t('form.advanced')}</Typography>
          {flagged && !open && <Chip size="small" color="warning" label={t('form.hasIssues')} />}
        </Stack>
      </AccordionSummary>
      <AccordionDetails id={`${id}-content`}>{children}</AccordionDetails>
    </Accordion>
  )
}
