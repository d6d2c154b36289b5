"""Ingest: write counts to a compressed coordinate file and read them back, as a store would."""
import gzip
import os


def write_coo(counts, path):
    with gzip.open(path, "wt", compresslevel=1) as f:
        for cell, row in enumerate(counts):
            for gene, v in row:
                f.write(f"{cell}\t{gene}\t{v}\n")


def read_coo(path, cells):
    rows = [[] for _ in range(cells)]
    with gzip.open(path, "rt") as f:  # gzip buffers reads itself
        for line in f:
            c, g, v = line.split("\t")
            rows[int(c)].append((int(g), int(v)))
    return rows


def dense_view(rows, genes=500):
    """Cells x genes, for quality control at a glance."""
    dense = [[0] * genes for _ in rows]
    for c, row in enumerate(rows):
        for g, v in row:
            dense[c][g] = v
    return dense


def ingest(counts, workdir):
    path = os.path.join(workdir, "counts.coo.gz")
    write_coo(counts, path)
    rows = read_coo(path, len(counts))
    ingest.qc = dense_view(rows)
    return rows
