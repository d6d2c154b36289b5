"""Example workload: ingest a synthetic single-cell count matrix.

Makes a sparse cells x genes matrix of counts, writes it as a compressed
coordinate file, reads it back, and computes per-cell totals and the most
expressed genes: the shape of what an AnnData/TileDB-SOMA ingest does,
with the standard library only.
"""
import argparse
import gzip
import json
import os
import random
import tempfile
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=4000)
    ap.add_argument("--genes", type=int, default=2000)
    ap.add_argument("--density", type=float, default=0.05)
    args = ap.parse_args()

    rng = random.Random(42)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "counts.coo.gz")
        per_cell = int(args.genes * args.density)
        with gzip.open(path, "wt") as f:
            for c in range(args.cells):
                for g in rng.sample(range(args.genes), per_cell):
                    f.write(f"{c}\t{g}\t{rng.randint(1, 50)}\n")
        totals = [0] * args.cells
        gene_sums = {}
        with gzip.open(path, "rt") as f:
            for line in f:
                c, g, v = line.split("\t")
                v = int(v)
                totals[int(c)] += v
                gene_sums[g] = gene_sums.get(g, 0) + v
        top = sorted(gene_sums.items(), key=lambda kv: -kv[1])[:5]
    elapsed = time.perf_counter() - t0

    metrics = os.environ.get("STRATA_METRICS_FILE")
    if metrics:
        with open(metrics, "a") as m:
            m.write(json.dumps({"name": "cells_per_second", "value": args.cells / elapsed,
                                "unit": "1/s", "better": "higher"}) + "\n")
    print(f"ingested {args.cells} cells x {args.genes} genes; top genes {[g for g, _ in top]}")


if __name__ == "__main__":
    main()
