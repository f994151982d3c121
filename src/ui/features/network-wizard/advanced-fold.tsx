import { createContext, useContext, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useHasIssuesUnder } from '../../shared/field-issues'
import { FoldSection } from './fold-section'

/** The field the wizard is about to focus (a held-back Next, a pick in the review); its fold must be open for it. */
export const FocusTargetContext = createContext<{ field: string; nonce: number } | undefined>(undefined)

/** Keys few users need, folded away in a wizard step; opens when one of them shows an issue (at once, or once revealed). */
export function AdvancedFold({ id, issuePaths, children }: { id: string; issuePaths: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation()
  const flagged = useHasIssuesUnder(issuePaths)
  const [open, setOpen] = useState(flagged)
  const [wasFlagged, setWasFlagged] = useState(flagged)
  if (flagged !== wasFlagged) {
    setWasFlagged(flagged)
    if (flagged) setOpen(true)
  }
  // a field folded away cannot take focus: open for a request that targets one of the keys
  const target = useContext(FocusTargetContext)
  const [handled, setHandled] = useState(target?.nonce)
  if (target && target.nonce !== handled) {
    setHandled(target.nonce)
    if (issuePaths.some((p) => target.field === p || target.field.startsWith(`${p}.`))) setOpen(true)
  }
  return (
    <FoldSection id={id} title={t('form.advanced')} expanded={open} onToggle={() => setOpen((was) => !was)} issuePaths={issuePaths}>
      {children}
    </FoldSection>
  )
}
