#!/usr/bin/env bash
# One step of the strata action: turns the action's inputs (STRATA_* variables) into a strata command
# line, runs it, and hands its exit code and files to the workflow as step outputs.
# no -u: macOS's bash 3.2 calls an empty array unbound
set -o pipefail

say() { echo "$1" >>"${GITHUB_OUTPUT:-/dev/null}"; }
split() { # "$1" as a shell splits it, into the array named $2 (the workflow's author wrote it)
  eval "$2=($1)"
}

branch=(--store-branch "${STRATA_STORE_BRANCH:-perf-results}")
push=()
[[ "${STRATA_PUSH:-false}" == "true" ]] && push=(--push)
host=()
[[ -n "${STRATA_HOST_ID:-}" ]] && host=(--host-id "$STRATA_HOST_ID")
extra=()
split "${STRATA_ARGS:-}" extra

case "${STRATA_COMMAND:-install}" in
  install)
    exit 0 ;;
  run)
    if [[ -z "${STRATA_RUN:-}" ]]; then
      echo "strata: command 'run' needs the input 'run': the command to measure" >&2
      exit 2
    fi
    cmd=()
    split "$STRATA_RUN" cmd
    name=()
    [[ -n "${STRATA_NAME:-}" ]] && name=(--name "$STRATA_NAME")
    strata run "${branch[@]}" "${push[@]}" "${host[@]}" "${name[@]}" "${extra[@]}" -- "${cmd[@]}"
    code=$? ;;
  suite)
    if [[ -z "${STRATA_SUITE:-}" ]]; then
      echo "strata: command 'suite' needs the input 'suite': the suite file" >&2
      exit 2
    fi
    strata suite run "$STRATA_SUITE" "${branch[@]}" "${push[@]}" "${host[@]}" "${extra[@]}"
    code=$? ;;
  check)
    out="${STRATA_OUT:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/strata-check}"
    mkdir -p "$out"
    # a pull request is judged against its base; anything else against the commit measured before it
    baseline="${STRATA_BASELINE:-${STRATA_BASE_SHA:-last:1}}"
    site=()
    [[ -n "${STRATA_SITE_URL:-}" ]] && site=(--site-url "$STRATA_SITE_URL")
    strata check "${branch[@]}" --baseline "$baseline" --markdown "$out/check.md" --junit "$out/junit.xml" \
      "${site[@]}" "${extra[@]}" 2>"$out/stderr.txt"
    code=$?
    cat "$out/stderr.txt" >&2
    {
      echo "<!-- strata-check -->"
      if [[ -s "$out/check.md" && $code -le 1 ]]; then
        cat "$out/check.md"
      else
        echo "## strata check could not compare"
        echo
        grep '^strata: ' "$out/stderr.txt" | tail -n 1
      fi
    } >"$out/comment.md"
    if ((code > 1)) && [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
      tail -n +2 "$out/comment.md" >>"$GITHUB_STEP_SUMMARY"
    fi
    say "comment-file=$out/comment.md" ;;
  report)
    out="${STRATA_OUT:-site}"
    opts=()
    [[ -n "${STRATA_BASE_URL:-}" ]] && opts+=(--base-url "$STRATA_BASE_URL")
    [[ -n "${STRATA_TITLE:-}" ]] && opts+=(--title "$STRATA_TITLE")
    strata report "${branch[@]}" --out "$out" "${opts[@]}" "${extra[@]}"
    code=$?
    say "site-dir=$out" ;;
  *)
    echo "strata: unknown command '${STRATA_COMMAND}': use install, run, suite, check or report" >&2
    exit 2 ;;
esac
say "exit-code=$code"
exit "$code"
