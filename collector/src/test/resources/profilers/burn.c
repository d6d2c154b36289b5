/* burn takes ~85% of the CPU time, light the rest; runs for a fixed amount of CPU time. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) double burn(long n) {
    double s = 0;
    for (long i = 1; i < n; i++) {
        s += 1.0 / (double) i;
    }
    return s;
}

__attribute__((noinline)) double light(long n) {
    double s = 0;
    for (long i = 1; i < n; i++) {
        s += (double) (i % 7);
    }
    return s;
}

int main(int argc, char **argv) {
    double seconds = argc > 1 ? atof(argv[1]) : 1.5;
    double acc = 0;
    clock_t start = clock();
    while ((double) (clock() - start) / CLOCKS_PER_SEC < seconds) {
        acc += burn(2000000);
        acc += light(300000);
    }
    printf("%d\n", acc > 0);
    return 0;
}
