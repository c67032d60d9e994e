#!/usr/bin/env bash
# Sets up qbr on a fresh machine: the system packages it needs (Debian/Ubuntu, when missing)
# and the npm packages. Safe to run again: it installs only what is missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium prints the PDF (its headless shell, which starts four times faster; the full
# browser is there for the tests that check it still works with one); the -dev libraries build node-canvas from source (its prebuilt
# binary cannot always be downloaded); poppler-utils reads PDFs back in the end-to-end tests.
PACKAGES=(chromium-headless-shell chromium libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev libpixman-1-dev pkg-config build-essential python3 poppler-utils)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
else
  echo "setup: not a Debian-like system; install Chromium and the cairo/pango development libraries yourself." >&2
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "setup: run as root or install: apt-get install ${missing[*]}" >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Puppeteer must not try to download its own browser (see .puppeteerrc.cjs).
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || ! node -e "require('canvas')" >/dev/null 2>&1; then
  echo "setup: installing npm packages (node-canvas compiles from source: about 30 s)"
  npm ci --no-audit --no-fund
fi
