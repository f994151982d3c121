#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine with Node 20 (run as root):
# Debian's Chromium for Playwright, the real CNI plugins + iproute2 + dnsmasq for conformance, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(chromium containernetworking-plugins dnsmasq-base iproute2 jq)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
npm ci
