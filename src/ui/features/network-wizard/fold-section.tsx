import type { ReactNode } from 'react'
import { Accordion, AccordionDetails, AccordionSummary, Chip, Stack, Typography } from '@mui/material'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import { useTranslation } from 'react-i18next'
import { useHasIssuesUnder } from '../../shared/field-issues'

interface Props {
  /** Prefix of the summary and region ids; unique on the page. */
  id: string
  title: string
  expanded: boolean
  onToggle: () => void
  /** Form paths whose issues earn the folded section a "has issues" chip. */
  issuePaths: readonly string[]
  children: ReactNode
}

/** A foldable part of a network form that says when a field folded inside it has an issue. */
export function FoldSection({ id, title, expanded, onToggle, issuePaths, children }: Props) {
  const { t } = useTranslation()
  const flagged = useHasIssuesUnder(issuePaths)
  return (
    // folded fields stay mounted: a jump to one of them must find its input, and the form keeps its values
    <Accordion expanded={expanded} onChange={onToggle} disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: false } }}>
      {/* MUI wraps the summary in an h3 and gives the region the aria-controls id */}
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${id}-content`} id={`${id}-header`}>
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
          <Typography variant="h2" component="span">{title}</Typography>
          {flagged && !expanded && <Chip size="small" color="warning" label={t('form.hasIssues')} />}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>{children}</AccordionDetails>
    </Accordion>
  )
}
