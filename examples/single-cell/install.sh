#!/usr/bin/env bash
# Installs what the single-cell workloads need: Debian packages, then the Python packages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in $(grep -v '^#' "$here/debian-packages.txt"); do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if ((${#need[@]})); then
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Debian marks its Python externally managed; a virtual environment works as well (then run the suite in it)
PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install -q -r "$here/requirements.txt"
