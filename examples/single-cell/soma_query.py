"""TileDB-SOMA: query a SOMA experiment by cell type and slice genes, with TileDB's statistics kept.

Usage: soma_query.py EXPERIMENT_URI STATS.json (run soma_ingest.py first).
"""
import json
import sys

import tiledbsoma


def main():
    uri, stats = sys.argv[1], sys.argv[2]
    tiledbsoma.tiledbsoma_stats_enable()
    tiledbsoma.tiledbsoma_stats_reset()
    total = 0.0
    with tiledbsoma.Experiment.open(uri) as exp:
        for cell_type in ("T", "B"):
            with exp.axis_query("RNA", obs_query=tiledbsoma.AxisQuery(value_filter=f"cell_type == '{cell_type}'"),
                                var_query=tiledbsoma.AxisQuery(coords=(slice(0, 499),))) as q:
                x = q.to_anndata(X_name="data").X
                total += float(x.sum())
    with open(stats, "w") as f:
        json.dump({"tiledb_stats": json.loads(tiledbsoma.tiledbsoma_stats_json())}, f)
    print(f"queried 2 cell types x 500 genes, sum {total:.0f}")


if __name__ == "__main__":
    main()
