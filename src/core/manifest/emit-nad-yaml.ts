import { dump } from 'js-yaml'
import { toCniConfig } from '../cni/to-cni-config'
import type { Network } from '../project/model'

/** Options shared by the YAML emitters. */
export interface EmitOptions {
  /** Write spec.config as one-line JSON in a single-quoted scalar instead of an indented block. */
  compact?: boolean
}

/** The spec.config string of a network, or undefined when it has none (Multus then reads a file on the node). */
export function buildConfigString(network: Network, options: EmitOptions = {}): string | undefined {
  if (network.configText !== undefined) return network.configText
  if (network.config === undefined) return undefined
  const config = toCniConfig(network)
  // The trailing newline makes js-yaml pick the clip-chomped literal block `config: |`.
  return options.compact ? JSON.stringify(config) : `${JSON.stringify(config, null, 2)}\n`
}

/** The NetworkAttachmentDefinition object of a network, ready to serialise. */
export function buildNadObject(network: Network, options: EmitOptions = {}): Record<string, unknown> {
  const metadata: Record<string, unknown> = { name: network.name, namespace: network.namespace }
  if (network.labels !== undefined) metadata.labels = { ...network.labels }
  if (network.annotations !== undefined) metadata.annotations = { ...network.annotations }
  const config = buildConfigString(network, options)
  return {
    apiVersion: 'k8s.cni.cncf.io/v1',
    kind: 'NetworkAttachmentDefinition',
    metadata,
    spec: config === undefined ? {} : { config },
  }
}

/** Serialises a Kubernetes object the way every emitter of this area does: no line folding, no anchors. */
export function dumpManifest(object: Record<string, unknown>): string {
  return dump(object, { lineWidth: -1, noRefs: true })
}

/** The NAD as YAML a user can paste: spec.config as an indented `config: |` block, or one line with `compact`. */
export function emitNadYaml(network: Network, options: EmitOptions = {}): string {
  return dumpManifest(buildNadObject(network, options))
}
