// The same normalisation task in C++: synthetic sparse counts (CSR, negative binomial around gene
// means x cell size factors), counts per 10,000, log1p, then per-gene mean and dispersion to rank
// variable genes. Usage: normalize CELLS [GENES]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <vector>

struct Csr {
    std::vector<std::size_t> indptr;
    std::vector<int> indices;
    std::vector<float> data;
};

static Csr synthetic(int cells, int genes) {
    std::mt19937_64 rng(0);
    std::lognormal_distribution<double> gene_mean_d(-3.0, 1.5), size_d(0.0, 0.4);
    std::vector<double> gene_mean(genes);
    for (auto &m : gene_mean) m = gene_mean_d(rng);
    Csr m;
    m.indptr.push_back(0);
    for (int c = 0; c < cells; ++c) {
        double size = size_d(rng);
        for (int g = 0; g < genes; ++g) {
            double mu = gene_mean[g] * size;
            std::gamma_distribution<double> gamma(2.0, mu / 2.0);
            std::poisson_distribution<int> pois(gamma(rng));
            int x = pois(rng);
            if (x > 0) {
                m.indices.push_back(g);
                m.data.push_back(static_cast<float>(x));
            }
        }
        m.indptr.push_back(m.indices.size());
    }
    return m;
}

static void normalize_log1p(Csr &m, double target) {
    for (std::size_t c = 0; c + 1 < m.indptr.size(); ++c) {
        double total = 0;
        for (auto k = m.indptr[c]; k < m.indptr[c + 1]; ++k) total += m.data[k];
        double scale = total > 0 ? target / total : 0;
        for (auto k = m.indptr[c]; k < m.indptr[c + 1]; ++k) m.data[k] = static_cast<float>(std::log1p(m.data[k] * scale));
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: normalize CELLS [GENES]\n");
        return 2;
    }
    int cells = std::atoi(argv[1]);
    int genes = argc > 2 ? std::atoi(argv[2]) : 2000;
    Csr m = synthetic(cells, genes);
    normalize_log1p(m, 1e4);
    std::vector<double> sum(genes), sq(genes);
    for (std::size_t k = 0; k < m.indices.size(); ++k) {
        sum[m.indices[k]] += m.data[k];
        sq[m.indices[k]] += double(m.data[k]) * m.data[k];
    }
    std::vector<double> dispersion(genes);
    for (int g = 0; g < genes; ++g) {
        double mean = sum[g] / cells, var = sq[g] / cells - mean * mean;
        dispersion[g] = mean > 0 ? var / mean : 0;
    }
    std::vector<int> order(genes);
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + std::min(500, genes), order.end(),
                      [&](int a, int b) { return dispersion[a] > dispersion[b]; });
    std::printf("%d cells x %d genes, %zu non-zero; most variable gene %d\n", cells, genes, m.data.size(), order[0]);
    return 0;
}
