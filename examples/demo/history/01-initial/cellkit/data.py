"""Synthetic sparse counts: each cell a list of (gene, count) pairs, about 8% of genes expressed."""
import random


def synthetic_counts(cells, genes=500, seed=1):
    rng = random.Random(seed)
    counts = []
    for c in range(cells):
        start, step = rng.randrange(19), 7 + rng.randrange(13)
        counts.append([(g, 1 + (g * 31 + c * 17) % 9) for g in range(start, genes, step)])
    return counts
