"""Synthetic single-cell counts as an AnnData file: cells x genes, sparse like droplet data.

Each gene has a mean drawn from a log-normal, each cell a size factor; counts are negative
binomial around their product, so about 90-95% of entries are zero, as in 10x data. Nothing is
downloaded. Usage: make_counts.py --cells N [--genes G] --out FILE.h5ad (does nothing if FILE exists).
"""
import argparse
import os

import anndata
import numpy as np
import pandas as pd
import scipy.sparse as sp


def counts(cells, genes, seed=0):
    rng = np.random.default_rng(seed)
    gene_mean = rng.lognormal(mean=-3.0, sigma=1.5, size=genes)
    size_factor = rng.lognormal(mean=0.0, sigma=0.4, size=cells)
    rows = []
    for start in range(0, cells, 2000):  # in blocks: a dense cells x genes array would not fit at scale
        block = size_factor[start:start + 2000, None] * gene_mean[None, :]
        dispersion = 2.0
        lam = rng.gamma(shape=dispersion, scale=block / dispersion)
        rows.append(sp.csr_matrix(rng.poisson(lam).astype(np.float32)))
    return sp.vstack(rows).tocsr()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, required=True)
    ap.add_argument("--genes", type=int, default=2000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if os.path.exists(args.out):
        return
    x = counts(args.cells, args.genes)
    obs = pd.DataFrame({"cell_type": np.array(["T", "B", "NK", "mono"])[np.arange(args.cells) % 4]},
                       index=[f"cell{i}" for i in range(args.cells)])
    var = pd.DataFrame(index=[f"gene{j}" for j in range(args.genes)])
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp.h5ad"
    anndata.AnnData(X=x, obs=obs, var=var).write_h5ad(tmp)
    os.replace(tmp, args.out)  # whole or not at all: a second batch never sees half a file
    print(f"wrote {args.out}: {args.cells} cells x {args.genes} genes, {x.nnz / (args.cells * args.genes):.1%} non-zero")


if __name__ == "__main__":
    main()
