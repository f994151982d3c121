#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine with Node 20 (run as root):
# Debian's Chromium for Playwright; for conformance the real CNI plugins and the host programs the lab and the plugins
# run (conformance/lab/host-tools.ts lists them: iproute2, util-linux, mount, dnsmasq-base, nftables for the bridge
# plugin's macspoofchk); and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(chromium containernetworking-plugins iproute2 util-linux mount dnsmasq-base nftables)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
npm ci
