import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useHasIssuesUnder } from '../../shared/field-issues'
import { FoldSection } from './fold-section'

/** Keys few users need, folded away in a wizard step; open from the start when one of them has an issue. */
export function AdvancedFold({ id, issuePaths, children }: { id: string; issuePaths: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation()
  const flaggedAtFirst = useHasIssuesUnder(issuePaths)
  const [open, setOpen] = useState(flaggedAtFirst)
  return (
    <FoldSection id={id} title={t('form.advanced')} expanded={open} onToggle={() => setOpen((was) => !was)} issuePaths={issuePaths}>
      {children}
    </FoldSection>
  )
}
