#!/usr/bin/env bash
# Installs the hardware check tools: kicad-cli (KiCad 9, Debian bookworm-backports) and ngspice.
# Idempotent: does nothing when both are present at the right major version.
# The backports source is derived from the machine's own Debian source entry (same mirror URI),
# so no host name is hard-coded here. Measured on a fresh bookworm container: ~25 s install
# (apt-get update ~5 s + kicad/ngspice with --no-install-recommends ~20 s).
set -euo pipefail

need_kicad=1
need_ngspice=1
if command -v kicad-cli >/dev/null 2>&1 && kicad-cli version 2>/dev/null | grep -q '^9\.'; then need_kicad=0; fi
if command -v ngspice >/dev/null 2>&1; then need_ngspice=0; fi
if [ "$need_kicad" -eq 0 ] && [ "$need_ngspice" -eq 0 ]; then
  echo "install-tools: kicad-cli $(kicad-cli version) and ngspice already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
if [ "$codename" != "bookworm" ]; then
  echo "install-tools: expected Debian bookworm, found '${codename}'; trying the distribution's own packages"
fi

# Find the URI of the main Debian archive in the existing sources (deb822 first, then one-line format).
uri=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  u=$(awk '
    /^[[:space:]]*$/ { if (suite ~ /(^| )'"$codename"'( |$)/ && u != "") { print u; exit } u=""; suite=""; next }
    /^URIs:/   { u=$2 }
    /^Suites:/ { $1=""; suite=$0 }
    END { if (suite ~ /(^| )'"$codename"'( |$)/ && u != "") print u }' "$f" | head -n1)
  if [ -n "$u" ]; then uri="$u"; break; fi
done
if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
  uri=$(awk '$1=="deb" && $3=="'"$codename"'" { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list | head -n1)
fi

target=()
if [ "$codename" = "bookworm" ] && [ -n "$uri" ]; then
  bp=/etc/apt/sources.list.d/bookworm-backports.sources
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "install-tools: adding bookworm-backports from $uri"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" | $SUDO tee "$bp" >/dev/null
  fi
  target=(-t bookworm-backports)
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
pkgs=()
[ "$need_kicad" -eq 1 ] && pkgs+=(kicad)      # kicad-cli ships only in the kicad package
[ "$need_ngspice" -eq 1 ] && pkgs+=(ngspice)
$SUDO apt-get install -y -qq --no-install-recommends "${target[@]}" "${pkgs[@]}" >/dev/null
echo "install-tools: kicad-cli $(kicad-cli version), $(ngspice --version 2>/dev/null | grep -o 'ngspice-[0-9]*' | head -n1)"
