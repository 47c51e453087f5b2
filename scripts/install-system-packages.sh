#!/usr/bin/env bash
# Installs the system packages SeatPlan builds and tests against, when they are missing.
# Debian/Ubuntu: installs them with apt-get (as root, or through sudo).
# Elsewhere: says what to install and stops.
set -euo pipefail

packages=(
  pkg-config          # finds Cairo and Pango for the Swift build
  libglpk-dev         # GLPK: the integer-programming solver
  libcairo2-dev       # Cairo: PDF drawing
  libpango1.0-dev     # Pango: text layout (Chinese shaping, font fallback)
  libsqlite3-dev      # SQLite: the exchange store (through GRDB.swift)
  fonts-noto-cjk      # Noto Serif/Sans CJK SC: the fonts every chart uses
  fonts-arphic-ukai   # AR PL UKai: the 楷体 (kai) typeface option
  poppler-utils       # pdftotext, pdfinfo, pdftoppm: used by the tests
  openssl             # makes the self-signed certificate of the HTTPS tests
  libssl-dev          # OpenSSL 3's libcrypto: SM2, SM3 and SM4 for signed passes and sealed fields
  curl                # speaks HTTPS to the served workbench in a test
  chromium            # the browser the workbench's page tests and screenshots run in (headless)
  chromium-driver     # ChromeDriver: drives chromium over WebDriver in those tests
  postgresql          # PostgreSQL: the shared exchange store; the tests start a throwaway cluster
  libqrencode-dev     # libqrencode: the QR codes on passes and name cards
  zbar-tools          # zbarimg: the tests read the printed QR codes back
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<'MSG'
SeatPlan needs these system libraries, which this script installs only on Debian/Ubuntu:
  GLPK (glpk), Cairo and Pango with headers, SQLite 3 with headers, pkg-config,
  the Noto CJK fonts (Noto Serif CJK SC, Noto Sans CJK SC), poppler's command-line tools,
  OpenSSL's command, and Chromium with ChromeDriver for the workbench's browser tests.
  PostgreSQL (its server programs: the tests start a throwaway cluster).
  macOS (Homebrew): brew install glpk cairo pango sqlite pkg-config poppler && brew install --cask font-noto-serif-cjk-sc font-noto-sans-cjk-sc
  Fedora: dnf install glpk-devel cairo-devel pango-devel sqlite-devel pkgconf google-noto-serif-cjk-fonts google-noto-sans-cjk-fonts poppler-utils
Install them, then run the make target again.
MSG
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing system packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Please install as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
