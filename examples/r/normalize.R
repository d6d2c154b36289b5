# Example workload: normalise a synthetic count matrix (the same task as normalize.py and
# normalize.cpp): counts per cell scaled to 10,000 and log1p-transformed, as Seurat's
# LogNormalize does. Base R only.
args <- commandArgs(trailingOnly = TRUE)
cells <- if (length(args) >= 1) as.integer(args[1]) else 3000L
genes <- if (length(args) >= 2) as.integer(args[2]) else 1000L
set.seed(7)
counts <- matrix(0L, nrow = genes, ncol = cells)
nz <- runif(genes * cells) < 0.1
counts[nz] <- sample.int(10L, sum(nz), replace = TRUE) - 1L
totals <- colSums(counts)
totals[totals == 0] <- 1
normalised <- log1p(sweep(counts, 2, totals, "/") * 1e4)
cat(sprintf("normalised %d cells, checksum %.3f\n", cells, sum(normalised)))
