"""Recipe fixture: normalise a synthetic count matrix; PASSES is what a commit under test changes."""
import argparse
import math
import random

PASSES = 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=2000)
    args = ap.parse_args()
    checksum = 0.0
    for _ in range(PASSES):
        rng = random.Random(7)
        for _ in range(args.cells):
            row = [rng.randint(0, 9) if rng.random() < 0.1 else 0 for _ in range(400)]
            total = sum(row) or 1
            checksum += sum(math.log1p(v * 1e4 / total) for v in row)
    print(f"normalised {args.cells} cells, checksum {checksum:.3f}")


if __name__ == "__main__":
    main()
