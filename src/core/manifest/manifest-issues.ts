import type { IssueCatalogue } from '../validation/issue'

/** Issue codes of this area: code → default severity and English message template. */
export const MANIFEST_ISSUES = {
  // Pod annotation k8s.v1.cni.cncf.io/networks, as Multus parses it (pkg/k8sclient parsePodNetworkAnnotation).
  'annotation.empty': {
    severity: 'info',
    message: 'The networks annotation is empty, so the pod gets only eth0.',
  },
  'annotation.comma-item-empty': {
    severity: 'error',
    message: 'Item {index} of the comma list is empty; Multus looks up a NAD with an empty name and the pod fails to start. Remove the extra comma.',
  },
  'annotation.comma-item-not-a-dns-label': {
    severity: 'error',
    message: "'{item}' is not a DNS-1123 label (lower case letters, digits and '-', starting and ending alphanumeric); Multus rejects the comma form. Rename it or use the JSON form.",
  },
  'annotation.comma-item-too-many-slashes': {
    severity: 'error',
    message: "'{item}' has more than one '/'; Multus rejects it (Invalid network object (failed at '/')). Write namespace/name.",
  },
  'annotation.comma-item-too-many-ats': {
    severity: 'error',
    message: "'{item}' has more than one '@'; Multus rejects it (Invalid network object (failed at '@')). Write name@interface.",
  },
  'annotation.interface-name-invalid': {
    severity: 'error',
    message: "Interface name '{interface}' is not a Linux interface name (at most 15 bytes, no '/', ':' or whitespace, not '.' or '..'); Multus or the plugin rejects it and the pod does not start.",
  },
  'annotation.invalid-json': {
    severity: 'error',
    message: 'The networks annotation contains [, { or " so Multus reads it as JSON, but it is not valid JSON: {reason}.',
  },
  'annotation.not-a-json-list': {
    severity: 'error',
    message: 'The JSON form must be a list of objects ([{"name": ...}]); Multus rejects a JSON {found}.',
  },
  'annotation.list-item-not-an-object': {
    severity: 'error',
    message: 'Entry {index} of the JSON list is {found}, not an object; Multus cannot use it.',
  },
  'annotation.item-missing-name': {
    severity: 'error',
    message: "Entry {index} has no 'name'; Multus cannot find a NAD without a name and the pod fails to start.",
  },
  'annotation.wrong-json-type': {
    severity: 'error',
    message: "'{key}' must be {expected}; Multus rejects the whole annotation (json: cannot unmarshal).",
  },
  'annotation.ips-item-not-an-ip': {
    severity: 'error',
    message: "'{value}' in ips is not an IP address or CIDR; Multus rejects the annotation.",
  },
  'annotation.mac-invalid': {
    severity: 'error',
    message: "'{value}' is not a MAC address; Multus rejects the annotation (failed to mac).",
  },
  'annotation.default-route-not-an-ip': {
    severity: 'error',
    message: "'{value}' in default-route is not an IP address; Multus rejects the annotation.",
  },
  'annotation.unknown-selection-key': {
    severity: 'warning',
    message: "Multus does not know the selection key '{key}' and ignores it. Its keys are name, namespace, interface, ips, mac, default-route (not gateway) and cni-args.",
  },
  'annotation.interface-request-old-spelling': {
    severity: 'info',
    message: "'interfaceRequest' is the old spelling of 'interface'; Multus still honours it when 'interface' is empty.",
  },
  // Import of YAML manifests.
  'yaml.input-too-large': {
    severity: 'error',
    message: 'The input is {size} bytes; the importer reads at most {limit} bytes.',
  },
  'yaml.document-too-large': {
    severity: 'error',
    message: 'This YAML document is {size} bytes; the importer reads at most {limit} bytes per document, so it was skipped.',
  },
  'yaml.too-many-documents': {
    severity: 'error',
    message: 'The input has more than {limit} YAML documents; the rest were skipped.',
  },
  'yaml.syntax-error': {
    severity: 'error',
    message: 'This YAML document does not parse ({reason}); it was skipped. Render templates before importing.',
  },
  'yaml.under-indented-quoted-scalar': {
    severity: 'info',
    message: '{lines} continuation line(s) of a multi-line quoted scalar are indented no deeper than their key. Kubernetes accepts this, but strict YAML 1.2 tools (yq, js-yaml) refuse it; indent them or use `config: |`.',
  },
  'yaml.nesting-too-deep': {
    severity: 'error',
    message: 'This YAML document nests deeper than {limit} levels; it was skipped.',
  },
  'yaml.alias-expansion-too-large': {
    severity: 'error',
    message: 'YAML anchors and aliases in this document expand to more than {limit} nodes; it was skipped (possible alias bomb).',
  },
  'yaml.prototype-key': {
    severity: 'error',
    message: "The key '{key}' is not allowed in an imported manifest; the document was skipped.",
  },
  'yaml.root-not-an-object': {
    severity: 'error',
    message: 'This YAML document is a {found}, not a Kubernetes object; it was skipped.',
  },
  'import.kind-passed-through': {
    severity: 'info',
    message: '{kind} {name} is not a NAD or a workload; the bundle passes it through unchanged.',
  },
  'import.missing-kind': {
    severity: 'warning',
    message: "This document has no 'kind'; it was skipped.",
  },
  'import.workload-without-networks': {
    severity: 'info',
    message: '{kind} {name} has no k8s.v1.cni.cncf.io/networks annotation on its pods; the bundle passes it through unchanged.',
  },
  'import.workload-kind-approximated': {
    severity: 'info',
    message: '{kind} {name} is counted like a {as} for pod numbers; its manifest is kept as written.',
  },
  'import.legacy-network-object': {
    severity: 'error',
    message: "kind Network ({apiVersion}) is the pre-NPWG Multus CRD; MicroShift's Multus ignores it. Rewrite it as a NetworkAttachmentDefinition (k8s.cni.cncf.io/v1) with the plugin JSON in spec.config.",
  },
  'import.unrendered-template': {
    severity: 'warning',
    message: "'{value}' looks like an unrendered template placeholder; render the template before applying it.",
  },
  'nad.wrong-api-version': {
    severity: 'warning',
    message: "apiVersion '{apiVersion}' is not k8s.cni.cncf.io/v1; the cluster will not accept this NetworkAttachmentDefinition.",
  },
  'nad.missing-name': {
    severity: 'error',
    message: 'This NetworkAttachmentDefinition has no metadata.name; the API server rejects it.',
  },
  'nad.name-outside-metadata': {
    severity: 'error',
    message: "'{key}' is at the top level of the object; it belongs under metadata.",
  },
  'nad.missing-spec-config': {
    severity: 'warning',
    message: 'No spec.config: Multus then looks for a CNI file named {name} in /etc/cni/multus/net.d on the node, which the designer cannot check.',
  },
  'nad.config-not-a-string': {
    severity: 'error',
    message: 'spec.config must be a string holding JSON (write it as a block scalar `config: |`), not a YAML {found}.',
  },
  'nad.duplicate': {
    severity: 'error',
    message: 'NetworkAttachmentDefinition {namespace}/{name} is defined more than once; the last one applied wins.',
  },
  'workload.missing-name': {
    severity: 'error',
    message: '{kind} has neither metadata.name nor metadata.generateName; the API server rejects it.',
  },
  'workload.annotation-not-a-string': {
    severity: 'error',
    message: 'The networks annotation must be a string; the API server rejects a {found}.',
  },
  'workload.annotation-not-on-pod-template': {
    severity: 'error',
    message: "The networks annotation is on the {kind}'s own metadata; its pods do not inherit it and get only eth0. Move it to the pod template's metadata.annotations (the designer's YAML does).",
  },
  'workload.selector-empty': {
    severity: 'error',
    message: '{kind} {name} has an empty spec.selector; apps/v1 rejects it. Add matchLabels that match the pod template labels.',
  },
} satisfies IssueCatalogue
