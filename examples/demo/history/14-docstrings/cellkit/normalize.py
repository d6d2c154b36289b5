"""Counts per 10,000 and log1p, as scanpy's normalize_total + log1p do."""
import math


def cell_total(row):
    return sum(v for _, v in row)


def normalize_total(counts, target=1e4):
    # one comprehension per cell instead of a loop with a temporary
    return [[(g, v * target / (cell_total(row) or 1)) for g, v in row] for row in counts]


def log1p(counts):
    """log(1 + x) of every stored value; zeros stay implicit."""
    return [[(g, math.log1p(v)) for g, v in row] for row in counts]


def gene_means(counts, genes):
    sums = [0.0] * genes
    for row in counts:
        for g, v in row:
            sums[g] += v
    return [s / max(1, len(counts)) for s in sums]
