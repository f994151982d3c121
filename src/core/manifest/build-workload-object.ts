import type { Workload } from '../project/model'
import { buildNetworksAnnotation, NETWORKS_ANNOTATION } from './build-networks-annotation'
import { asRecord } from './document-context'

// Image of the designer's example pods: small, on Red Hat's public registry, no pull secret needed.
const EXAMPLE_IMAGE = 'registry.access.redhat.com/ubi9/ubi-minimal'

type Json = Record<string, unknown>

function annotationsOf(workload: Workload): Json | undefined {
  const value = buildNetworksAnnotation(workload)
  return value === '' ? undefined : { [NETWORKS_ANNOTATION]: value }
}

function podSpec(): Json {
  return {
    containers: [
      {
        name: 'app',
        image: EXAMPLE_IMAGE,
        command: ['sleep', 'infinity'],
        // Passes the restricted-v2 SCC / restricted Pod Security level MicroShift applies by default.
        securityContext: {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          runAsNonRoot: true,
          seccompProfile: { type: 'RuntimeDefault' },
        },
      },
    ],
  }
}

/** The minimal manifest the designer writes for a workload it created (no imported manifest). */
export function buildDesignerWorkloadObject(workload: Workload): Json {
  const labels = { app: workload.name }
  const annotations = annotationsOf(workload)
  const podMetadata: Json = annotations ? { labels, annotations } : { labels }
  if (workload.kind === 'Pod') {
    return { apiVersion: 'v1', kind: 'Pod', metadata: { name: workload.name, namespace: workload.namespace, ...podMetadata }, spec: podSpec() }
  }
  const spec: Json = {}
  if (workload.kind !== 'DaemonSet') spec.replicas = workload.replicas ?? 1
  if (workload.kind === 'StatefulSet') spec.serviceName = workload.name
  spec.selector = { matchLabels: { ...labels } }
  spec.template = { metadata: podMetadata, spec: podSpec() }
  return { apiVersion: 'apps/v1', kind: workload.kind, metadata: { name: workload.name, namespace: workload.namespace }, spec }
}

/** The object that carries the pod annotations: the Pod itself or the (job) template of a controller. */
export function podTemplateOf(manifest: Json): Json | undefined {
  if (manifest.kind === 'Pod') return manifest
  const spec = asRecord(manifest.spec)
  if (manifest.kind === 'CronJob') return asRecord(asRecord(asRecord(spec?.jobTemplate)?.spec)?.template)
  return asRecord(spec?.template)
}

/** Re-emits an imported manifest with only the networks annotation (and the designer's name, namespace, replicas) applied. */
function patchImportedObject(workload: Workload, manifest: Json): Json {
  const copy = JSON.parse(JSON.stringify(manifest)) as Json
  const metadata = asRecord(copy.metadata) ?? {}
  copy.metadata = metadata
  if (metadata.name !== undefined || metadata.generateName === undefined) metadata.name = workload.name
  if (metadata.namespace !== undefined || workload.namespace !== 'default') metadata.namespace = workload.namespace
  const spec = asRecord(copy.spec)
  if (spec && (workload.kind === 'Deployment' || workload.kind === 'StatefulSet') && workload.replicas !== undefined) {
    if (spec.replicas !== undefined || workload.replicas !== 1) spec.replicas = workload.replicas
  }
  const template = podTemplateOf(copy)
  // The annotation only works on the pod (template); one left on a controller's own metadata moves there.
  if (template !== copy) {
    const ownAnnotations = asRecord(metadata.annotations)
    if (ownAnnotations && NETWORKS_ANNOTATION in ownAnnotations) {
      const { [NETWORKS_ANNOTATION]: _moved, ...rest } = ownAnnotations
      metadata.annotations = rest
    }
  }
  if (template) {
    const templateMetadata = asRecord(template.metadata) ?? {}
    template.metadata = templateMetadata
    const annotations = { ...(asRecord(templateMetadata.annotations) ?? {}) }
    const value = buildNetworksAnnotation(workload)
    if (value === '') delete annotations[NETWORKS_ANNOTATION]
    else annotations[NETWORKS_ANNOTATION] = value
    templateMetadata.annotations = annotations
  }
  return copy
}

/** The full example manifest of a workload, with the networks annotation where its pods get it. */
export function buildWorkloadObject(workload: Workload): Json {
  return workload.manifest ? patchImportedObject(workload, workload.manifest) : buildDesignerWorkloadObject(workload)
}
