#!/usr/bin/env bash
# Sets up qbr on a fresh machine: the system packages it needs (Debian/Ubuntu, when missing)
# and the npm packages. Safe to run again: it installs only what is missing or stale.
#   bash scripts/setup.sh                everything, the tests' tools too (a developer's machine)
#   bash scripts/setup.sh --render-only  what rendering and merging need: no LibreOffice,
#                                        poppler, qpdf or PostgreSQL, no devDependencies (CI's
#                                        render and merge jobs)
set -euo pipefail
cd "$(dirname "$0")/.."
RENDER_ONLY=false
case "${1:-}" in
  --render-only) RENDER_ONLY=true ;;
  '') ;;
  *) echo "setup: unknown option $1 (the one option is --render-only)" >&2; exit 2 ;;
esac

# Chromium prints the PDF: its headless shell, which starts faster, and the full
# browser, which a test checks qbr still prints with. Where apt has neither (Ubuntu ships
# Chromium as a snap), an installed Chrome is used, as GitHub's Ubuntu runners have one. The
# -dev libraries build node-canvas from source (its prebuilt binary cannot always be
# downloaded); poppler-utils reads PDFs back in the end-to-end tests, qpdf checks their syntax,
# and LibreOffice Impress opens the PowerPoint decks there. PostgreSQL's server is started by
# the tests of `pull` (initdb in a temporary folder; the package's own cluster is not used).
BROWSER_PACKAGES=(chromium-headless-shell chromium)
RENDER_PACKAGES=(libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev libpixman-1-dev pkg-config build-essential python3)
TEST_PACKAGES=(poppler-utils qpdf libreoffice-impress postgresql)
if $RENDER_ONLY; then PACKAGES=("${RENDER_PACKAGES[@]}"); else PACKAGES=("${RENDER_PACKAGES[@]}" "${TEST_PACKAGES[@]}"); fi

# grep reads all its input (no -q): with pipefail, a writer cut short would fail the test.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep 'install ok installed' >/dev/null; }
available() { apt-cache policy "$1" 2>/dev/null | grep 'Candidate: [0-9]' >/dev/null; }

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: not a Debian-like system; install Chromium and the cairo/pango development libraries yourself." >&2
else
  missing=()
  for package in "${PACKAGES[@]}" "${BROWSER_PACKAGES[@]}"; do installed "$package" || missing+=("$package"); done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "setup: run as root or install: apt-get install ${missing[*]}" >&2; exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    wanted=()
    for package in "${missing[@]}"; do
      if available "$package"; then wanted+=("$package")
      elif [[ " ${BROWSER_PACKAGES[*]} " == *" $package "* ]]; then echo "setup: apt has no $package; qbr will look for an installed Chrome or Chromium"
      else wanted+=("$package") # let apt say what is wrong
      fi
    done
    if [ ${#wanted[@]} -gt 0 ]; then
      echo "setup: installing ${wanted[*]}"
      "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
    fi
  fi
fi

# Puppeteer must not try to download its own browser (see .puppeteerrc.cjs).
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || ! node -e "require('canvas')" >/dev/null 2>&1; then
  echo "setup: installing npm packages (node-canvas compiles from source: about 30 s)"
  if $RENDER_ONLY; then npm ci --omit=dev --no-audit --no-fund; else npm ci --no-audit --no-fund; fi
fi
