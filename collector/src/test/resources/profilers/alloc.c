/* big_alloc holds 300 MB at the peak (touched, so no compiler can drop it); small_alloc 16 MB. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) char *big_alloc(size_t n) {
    char *p = malloc(n);
    memset(p, 1, n);
    return p;
}

__attribute__((noinline)) char *small_alloc(size_t n) {
    char *p = malloc(n);
    memset(p, 2, n);
    return p;
}

int main(void) {
    char *small[64];
    for (int i = 0; i < 64; i++) {
        small[i] = small_alloc(256 * 1024);
    }
    size_t n = 300u * 1024 * 1024;
    char *big = big_alloc(n);
    long sum = 0;
    for (size_t i = 0; i < n; i += 4096) {
        sum += big[i];
    }
    for (int i = 0; i < 64; i++) {
        sum += small[i][0];
        free(small[i]);
    }
    free(big);
    printf("%ld\n", sum);
    return 0;
}
