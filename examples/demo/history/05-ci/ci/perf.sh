#!/bin/sh
# CI: measure this commit with strata (the results repository is the job's cache)
set -e
strata suite run perf.suite.yaml --tag "${CI_COMMIT_TAG:-}"
strata check --baseline last:1
