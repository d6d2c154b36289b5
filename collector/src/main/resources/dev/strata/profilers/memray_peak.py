# Written by strata for --profile memray: the allocations live at the peak of a memray capture,
# as folded stacks weighted in bytes. Usage: python memray_peak.py CAPTURE.bin OUT.folded
import sys

import memray


def frames(record):
    try:
        stack = record.hybrid_stack_trace()
    except Exception:
        stack = record.stack_trace()
    names = []
    for function, filename, _line in reversed(stack):  # outermost first
        names.append("%s (%s)" % (function, filename.rsplit("/", 1)[-1]))
    # memray's own runner (runpy, memray's __main__) sits below the program: leave it out
    skip = 0
    for function, filename, _line in reversed(stack):
        if "runpy" in filename or "/memray/" in filename or filename.endswith("memray/__main__.py"):
            skip += 1
        else:
            break
    return [n.replace(";", ":") for n in names[skip:]] or ["[unknown]"]


def main(capture, out):
    reader = memray.FileReader(capture)
    totals = {}
    for record in reader.get_high_watermark_allocation_records(merge_threads=True):
        if record.size <= 0:
            continue
        key = ";".join(frames(record))
        totals[key] = totals.get(key, 0) + record.size
    with open(out, "w", encoding="utf-8") as f:
        for key, size in totals.items():
            f.write("%s %d\n" % (key, size))
    print("peak_memory=%d" % reader.metadata.peak_memory)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
