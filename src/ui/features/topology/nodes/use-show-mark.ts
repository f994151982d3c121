import { createContext, useCallback, useContext } from 'react'
import type { Issue, TopologyMark } from '../../../../core'

/**
 * How the page goes to an issue (the issues list's jump, composed in ui/app since features do not import each
 * other); `orElse` runs for an issue that has no field to go to.
 */
export type ShowIssue = (issue: Issue, orElse: () => void) => void

export const ShowIssueContext = createContext<ShowIssue>((_issue, orElse) => orElse())

/** What a click on a mark does: go to its issue as the issues list does, else to the marked object. */
export function useShowMark(onShowObject: (() => void) | undefined): (mark: TopologyMark) => void {
  const showIssue = useContext(ShowIssueContext)
  return useCallback((mark: TopologyMark) => {
    const orElse = () => onShowObject?.()
    if (mark.issue) showIssue(mark.issue, orElse)
    else orElse()
  }, [showIssue, onShowObject])
}
