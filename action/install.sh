#!/usr/bin/env bash
# Puts `strata` on the job's PATH: a release's jar when STRATA_VERSION names one, else the jar built
# from this checkout of strata (the action's own source) with Maven, once per job.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/cli/target/strata.jar"
if [[ -n "${STRATA_VERSION:-}" && ! -f "$jar" ]]; then
  repo="${STRATA_ACTION_REPOSITORY:-}"
  if [[ -z "$repo" ]]; then
    echo "strata: version ${STRATA_VERSION} asked for, but this action's repository is unknown; leave version empty to build from source" >&2
    exit 2
  fi
  mkdir -p "$(dirname "$jar")"
  url="https://github.com/$repo/releases/download/$STRATA_VERSION/strata.jar"
  if ! curl -fsSL --retry 3 -o "$jar.tmp" "$url"; then
    echo "strata: cannot download $url: is $STRATA_VERSION a release of $repo with strata.jar attached?" >&2
    exit 2
  fi
  mv "$jar.tmp" "$jar"
fi
bin="${STRATA_BIN:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/strata-bin}"
mkdir -p "$bin"
ln -sf "$home/strata" "$bin/strata"
# the launcher builds the jar on first use: do it now, so the first measured run does not pay for it
"$bin/strata" --version >/dev/null
if [[ -n "${GITHUB_PATH:-}" ]]; then
  echo "$bin" >>"$GITHUB_PATH"
  echo "STRATA_INSTALLED=true" >>"$GITHUB_ENV"
fi
echo "strata: installed $("$bin/strata" --version) at $bin/strata" >&2
