"""A small CPU-bound workload for a py-spy capture: parse, sort and summarise synthetic records."""
import json, random, sys

SORT_KEYS = "--sort-keys" in sys.argv

def make_records(n):
    rnd = random.Random(7)
    return [{"id": i, "gene": "G%05d" % rnd.randrange(20000), "count": rnd.random() * 100} for i in range(n)]

def encode(records):
    return [json.dumps(r, sort_keys=SORT_KEYS, indent=1 if SORT_KEYS else None) for r in records]

def decode(lines):
    return [json.loads(s) for s in lines]

def summarise(records):
    totals = {}
    for r in records:
        totals[r["gene"]] = totals.get(r["gene"], 0.0) + r["count"]
    return sorted(totals.items(), key=lambda kv: -kv[1])[:10]

def main():
    for _ in range(6):
        recs = make_records(60000)
        recs = decode(encode(recs))
        summarise(recs)

if __name__ == "__main__":
    main()
