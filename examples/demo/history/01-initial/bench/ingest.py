"""Benchmark: ingest synthetic counts through a compressed file and back."""
import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cellkit.data import synthetic_counts  # noqa: E402
from cellkit.ingest import ingest  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--cells", type=int, default=2000)
args = ap.parse_args()
with tempfile.TemporaryDirectory() as d:
    rows = ingest(synthetic_counts(args.cells), d)
print(f"ingested {len(rows)} cells, {sum(len(r) for r in rows)} values")
