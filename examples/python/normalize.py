"""Example workload: normalise a synthetic count matrix (the same task as normalize.R and normalize.cpp).

Counts per cell are scaled to counts per 10,000 and log1p-transformed, as scanpy's
normalize_total + log1p or Seurat's LogNormalize do. Standard library only.
"""
import argparse
import math
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=3000)
    ap.add_argument("--genes", type=int, default=1000)
    args = ap.parse_args()
    rng = random.Random(7)
    checksum = 0.0
    for _ in range(args.cells):
        row = [rng.randint(0, 9) if rng.random() < 0.1 else 0 for _ in range(args.genes)]
        total = sum(row) or 1
        checksum += sum(math.log1p(v * 1e4 / total) for v in row)
    print(f"normalised {args.cells} cells, checksum {checksum:.3f}")


if __name__ == "__main__":
    main()
