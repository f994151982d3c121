import type { Attachment } from './model'

/** The interface name each attachment gets in the pod: the requested one, else `net<position>` (1-based, no closing up; an empty request counts as none, as in Multus). */
export function interfaceNamesFor(attachments: readonly Attachment[]): string[] {
  return attachments.map((attachment, index) => attachment.interface || `net${index + 1}`)
}
