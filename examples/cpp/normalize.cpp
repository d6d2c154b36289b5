// Example workload: normalise a synthetic count matrix (the same task as normalize.py and
// normalize.R): counts per cell scaled to 10,000 and log1p-transformed.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

int main(int argc, char** argv) {
    int cells = argc > 1 ? std::atoi(argv[1]) : 3000;
    int genes = argc > 2 ? std::atoi(argv[2]) : 1000;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::uniform_int_distribution<int> v(0, 9);
    std::vector<int> row(genes);
    double checksum = 0;
    for (int c = 0; c < cells; ++c) {
        long total = 0;
        for (int g = 0; g < genes; ++g) {
            row[g] = u(rng) < 0.1 ? v(rng) : 0;
            total += row[g];
        }
        if (total == 0) total = 1;
        for (int g = 0; g < genes; ++g) checksum += std::log1p(row[g] * 1e4 / total);
    }
    std::printf("normalised %d cells, checksum %.3f\n", cells, checksum);
    return 0;
}
