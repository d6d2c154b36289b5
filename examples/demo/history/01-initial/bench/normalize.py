"""Benchmark: normalise and log-transform synthetic counts; reports cells per second to strata."""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cellkit.data import synthetic_counts  # noqa: E402
from cellkit.normalize import gene_means, log1p, normalize_total  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--cells", type=int, default=2000)
args = ap.parse_args()
counts = synthetic_counts(args.cells)
t0 = time.perf_counter()
means = gene_means(log1p(normalize_total(counts)), 500)
seconds = time.perf_counter() - t0
print(f"normalised {args.cells} cells, mean expression {sum(means) / len(means):.4f}")
if os.environ.get("STRATA_METRICS_FILE"):
    with open(os.environ["STRATA_METRICS_FILE"], "a") as f:
        f.write(json.dumps({"name": "cells_per_second", "value": args.cells / seconds, "unit": "1/s"}) + "\n")
