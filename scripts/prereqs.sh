#!/usr/bin/env bash
# Installs (as root) or names (otherwise) the system packages VocEd Warehouse needs:
#   fonts-wqy-microhei  CJK font for charts and reports
#   libgdiplus          System.Drawing for Excel column sizing and pictures
#   postgresql          the server the test suite starts for its PostgreSQL tests
#   libreoffice-calc-nogui  the independent reader the report tests open every workbook with (CSV, PDF)
#   poppler-utils       pdftoppm: the report tests turn a printed sheet into an image
#   chromium            the headless browser the dashboard tests drive (Playwright never downloads one)
#   fonts-dejavu-core   a font without CJK glyphs: the report and dashboard tests compare Chinese against boxes
set -euo pipefail
needed=(fonts-wqy-microhei fonts-dejavu-core libgdiplus postgresql libreoffice-calc-nogui poppler-utils chromium)

if ! command -v dotnet >/dev/null 2>&1; then
  echo "voced: the .NET SDK 10 is required (dotnet not found on PATH): see https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "voced: note: not a Debian-based system; make sure these are installed: ${needed[*]}" >&2
  exit 0
fi

missing=()
for package in "${needed[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "voced: missing system packages: ${missing[*]}" >&2
  echo "voced: install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "voced: installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "voced: installed ${missing[*]}" >&2
