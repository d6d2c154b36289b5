# hot_loop takes ~80% of the CPU time, cold the rest; runs for a fixed amount of CPU time so a
# loaded machine gives the profiler as many samples as an idle one.
import sys
import time


def hot_loop(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def cold(n):
    s = 0
    for i in range(n):
        s += i % 3
    return s


def main(cpu_seconds):
    start = time.process_time()
    while time.process_time() - start < cpu_seconds:
        hot_loop(80000)
        cold(20000)


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.5)
