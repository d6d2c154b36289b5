"""Scanpy: normalise to 10,000 counts per cell, log1p, highly variable genes.

Usage: scanpy_hvg.py IN.h5ad
"""
import sys

import anndata
import scanpy as sc


def main():
    adata = anndata.read_h5ad(sys.argv[1])
    sc.pp.normalize_total(adata, target_sum=1e4)
    sc.pp.log1p(adata)
    sc.pp.highly_variable_genes(adata, n_top_genes=500, flavor="seurat")
    print(f"{int(adata.var['highly_variable'].sum())} highly variable genes of {adata.n_vars}")


if __name__ == "__main__":
    main()
