# big_alloc holds 300 MB at the peak; small allocations elsewhere stay far below that.
import time


def big_alloc():
    b = bytearray(300 * 1024 * 1024)
    for i in range(0, len(b), 4096):
        b[i] = 1
    return b


def small():
    return [str(i) for i in range(100000)]


def main():
    s = small()
    b = big_alloc()
    time.sleep(0.1)
    return len(b) + len(s)


if __name__ == "__main__":
    main()
