# Seurat: the same normalisation task as scanpy_hvg.py (LogNormalize to 10,000, then variable
# features) on synthetic counts generated here with the same shape: negative binomial around gene
# means x cell size factors, mostly zeros. Usage: Rscript seurat_normalize.R CELLS [GENES]
suppressPackageStartupMessages({
  library(Matrix)
  library(Seurat)
})
args <- commandArgs(trailingOnly = TRUE)
cells <- as.integer(args[1])
genes <- if (length(args) > 1) as.integer(args[2]) else 2000L
set.seed(0)
gene_mean <- rlnorm(genes, meanlog = -3, sdlog = 1.5)
size_factor <- rlnorm(cells, meanlog = 0, sdlog = 0.4)
# column by column (cells are columns in Seurat): never a dense genes x cells matrix
cols <- lapply(seq_len(cells), function(j) {
  x <- rnbinom(genes, size = 2, mu = gene_mean * size_factor[j])
  nz <- which(x > 0)
  list(i = nz, x = x[nz])
})
counts <- sparseMatrix(i = unlist(lapply(cols, `[[`, "i")),
                       j = rep(seq_len(cells), vapply(cols, function(c) length(c$i), 1L)),
                       x = as.numeric(unlist(lapply(cols, `[[`, "x"))),
                       dims = c(genes, cells),
                       dimnames = list(paste0("gene", seq_len(genes)), paste0("cell", seq_len(cells))))
obj <- CreateSeuratObject(counts = counts)
obj <- NormalizeData(obj, normalization.method = "LogNormalize", scale.factor = 1e4, verbose = FALSE)
obj <- FindVariableFeatures(obj, selection.method = "vst", nfeatures = 500, verbose = FALSE)
cat(sprintf("%d variable features of %d genes, %d cells\n", length(VariableFeatures(obj)), genes, cells))
