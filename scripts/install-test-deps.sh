#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine with Node 20 (run as root):
# Debian's Chromium for Playwright; for conformance the real CNI plugins and the host programs the lab and the plugins
# run (conformance/lab/host-tools.ts lists them: iproute2, util-linux, mount, dnsmasq-base, nftables for the bridge
# plugin's macspoofchk); and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(chromium containernetworking-plugins iproute2 util-linux mount dnsmasq-base nftables)
missing=()
# `dpkg -s` also succeeds for a removed package whose config files remain, so ask for the installed state itself.
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
npm ci
