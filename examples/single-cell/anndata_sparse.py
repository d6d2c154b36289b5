"""AnnData with a SciPy sparse matrix: read, slice by cells and genes, per-gene sums, write back.

Usage: anndata_sparse.py IN.h5ad OUT.h5ad
"""
import sys

import anndata
import numpy as np


def main():
    src, dst = sys.argv[1], sys.argv[2]
    adata = anndata.read_h5ad(src)
    t_cells = adata[adata.obs["cell_type"] == "T", :500].copy()
    gene_sums = np.asarray(adata.X.sum(axis=0)).ravel()
    top = adata[:, np.argsort(gene_sums)[-200:]].copy()
    top.write_h5ad(dst, compression="gzip")
    print(f"{t_cells.n_obs} T cells; top 200 genes written to {dst}")


if __name__ == "__main__":
    main()
