import type { Attachment, Workload } from './model'

/** The interface name an attachment at `index` gets: the requested one, else `net<index+1>` (an empty request counts as none, as in Multus). */
export function interfaceNameAt(attachment: Pick<Attachment, 'interface'>, index: number): string {
  return attachment.interface || `net${index + 1}`
}

/** The interface name each attachment gets in the pod, numbered by position without closing up. */
export function interfaceNamesFor(attachments: readonly Attachment[]): string[] {
  return attachments.map(interfaceNameAt)
}

/** The namespace of the NAD an attachment names: its own, else the workload's (an empty namespace counts as none, as in Multus). */
export function namespaceOfAttachment(attachment: Pick<Attachment, 'namespace'>, workload: Pick<Workload, 'namespace'>): string {
  return attachment.namespace || workload.namespace
}
