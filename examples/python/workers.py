"""Example workload: a parent that fans out to worker processes.

Each worker holds a block of memory and does some arithmetic on it, the way
a parallel normaliser or a Dask/joblib pool does; the parent gathers results.
strata measures the whole tree, not just the parent.
"""
import argparse
import multiprocessing as mp


def work(i, mib=40):
    block = bytearray(mib * 1024 * 1024)
    for j in range(0, len(block), 4096):
        block[j] = (i + j) & 0xFF
    total = 0
    for k in range(300_000):
        total += (k * i) % 7
    return total + sum(block[::4096])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=3)
    args = ap.parse_args()
    with mp.get_context("fork").Pool(args.workers) as pool:
        results = pool.map(work, range(args.workers))
    print(f"{args.workers} workers done: {sum(results)}")


if __name__ == "__main__":
    main()
