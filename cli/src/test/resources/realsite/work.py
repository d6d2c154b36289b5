"""A small workload for strata's site tests: parse some rows, score them, wait for a slow disk."""
import sys
import time

ROUNDS = 20
PAUSE = 0.4


def parse_rows(n):
    return [str(i * 7919 % 10007) for i in range(n)]


def load_data(n):
    return [int(x) for x in parse_rows(n)]


def score(values):
    total = 0
    for v in values:
        total += v * v % 97
    return total


def hot_loop(values, rounds):
    return sum(score(values) for _ in range(rounds))


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    values = load_data(rows)
    hot_loop(values, ROUNDS)
    time.sleep(PAUSE * rows / 60000)


if __name__ == "__main__":
    main()
    # the work done, as a count strata tracks beside the times (a count does not depend on the machine's load)
    import json
    import os
    if os.environ.get("STRATA_METRICS_FILE"):
        with open(os.environ["STRATA_METRICS_FILE"], "a") as f:
            rows = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
            f.write(json.dumps({"name": "operations", "value": rows * ROUNDS, "unit": "", "better": "lower"}) + "\n")
