# Recipe fixture: normalise a synthetic count matrix (base R only).
args <- commandArgs(trailingOnly = TRUE)
cells <- if (length(args) >= 1) as.integer(args[1]) else 2000L
set.seed(7)
counts <- matrix(0L, nrow = 150L, ncol = cells)
nz <- runif(150L * cells) < 0.1
counts[nz] <- sample.int(10L, sum(nz), replace = TRUE) - 1L
totals <- colSums(counts)
totals[totals == 0] <- 1
normalised <- log1p(sweep(counts, 2, totals, "/") * 1e4)
cat(sprintf("normalised %d cells, checksum %.3f\n", cells, sum(normalised)))
