"""TileDB-SOMA: ingest an AnnData file into a SOMA experiment, with TileDB's statistics kept.

Usage: soma_ingest.py IN.h5ad EXPERIMENT_URI STATS.json. The statistics (JSON from
tiledbsoma_stats_json) are what strata keeps as the run's user data (meta-file in the suite).
"""
import json
import shutil
import sys

import tiledbsoma
import tiledbsoma.io


def main():
    h5ad, uri, stats = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(uri, ignore_errors=True)
    tiledbsoma.tiledbsoma_stats_enable()
    tiledbsoma.tiledbsoma_stats_reset()
    tiledbsoma.io.from_h5ad(uri, h5ad, measurement_name="RNA")
    with open(stats, "w") as f:
        json.dump({"tiledb_stats": json.loads(tiledbsoma.tiledbsoma_stats_json())}, f)
    with tiledbsoma.Experiment.open(uri) as exp:
        print(f"ingested {exp.obs.count} cells into {uri}")


if __name__ == "__main__":
    main()
