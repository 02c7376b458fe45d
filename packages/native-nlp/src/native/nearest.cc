#include "nearest.h"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace osmose {
namespace {

// One build, two kernels: GCC picks the AVX2 clone at load time on a CPU that has it (the 16 independent
// accumulators vectorise without reassociating a sum), the baseline x86-64 one elsewhere.
// (glibc only: target_clones needs its ifunc support, which musl lacks)
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__GLIBC__)
#define OSM_TARGET_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define OSM_TARGET_CLONES
#endif

// scores[q * rows + r] = <mat row r, query q> for a block of rows: each row is read once for all queries.
OSM_TARGET_CLONES
void ScoreBlock(const float* mat, int32_t rows, int32_t dim, const float* queries, int32_t nq, float* scores) {
  for (int32_t r = 0; r < rows; ++r) {
    const float* row = mat + static_cast<size_t>(r) * dim;
    for (int32_t q = 0; q < nq; ++q) {
      const float* qv = queries + static_cast<size_t>(q) * dim;
      float acc[16] = {0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f};
      int32_t j = 0;
      for (; j + 16 <= dim; j += 16) {
        for (int t = 0; t < 16; ++t) acc[t] += row[j + t] * qv[j + t];
      }
      float s = 0.f;
      for (; j < dim; ++j) s += row[j] * qv[j];
      for (int t = 0; t < 16; ++t) s += acc[t];
      scores[static_cast<size_t>(q) * rows + r] = s;
    }
  }
}

}  // namespace

void NearestRows(const float* mat, int32_t n, int32_t dim, const float* queries, int32_t nq, int32_t k,
                 const uint8_t* alive, int32_t* index, float* score) {
  const size_t slots = static_cast<size_t>(nq) * k;
  std::fill(index, index + slots, -1);
  std::fill(score, score + slots, 0.f);
  if (n <= 0 || nq <= 0 || k <= 0 || dim <= 0) return;
  // rows in blocks that keep the block's scores small; a min-heap of the k best per query
  constexpr int32_t kBlock = 1024;
  std::vector<float> scores(static_cast<size_t>(nq) * kBlock);
  using Entry = std::pair<float, int32_t>;  // (score, row)
  // "a ranks before b": the higher score, then the lower row. As the heap's order it keeps the worst kept entry on
  // top (the one to evict); sort_heap then lists the best first.
  auto better = [](const Entry& a, const Entry& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); };
  std::vector<std::vector<Entry>> heaps(nq);
  for (auto& h : heaps) h.reserve(static_cast<size_t>(std::min(k, n)) + 1);
  for (int32_t start = 0; start < n; start += kBlock) {
    const int32_t rows = std::min(kBlock, n - start);
    ScoreBlock(mat + static_cast<size_t>(start) * dim, rows, dim, queries, nq, scores.data());
    for (int32_t q = 0; q < nq; ++q) {
      auto& h = heaps[q];
      const float* s = scores.data() + static_cast<size_t>(q) * rows;
      for (int32_t r = 0; r < rows; ++r) {
        const int32_t row = start + r;
        if (alive != nullptr && alive[row] == 0) continue;
        const Entry e{s[r], row};
        if (static_cast<int32_t>(h.size()) < k) {
          h.push_back(e);
          std::push_heap(h.begin(), h.end(), better);
        } else if (better(e, h.front())) {
          std::pop_heap(h.begin(), h.end(), better);
          h.back() = e;
          std::push_heap(h.begin(), h.end(), better);
        }
      }
    }
  }
  for (int32_t q = 0; q < nq; ++q) {
    auto& h = heaps[q];
    std::sort_heap(h.begin(), h.end(), better);  // best first
    for (size_t i = 0; i < h.size(); ++i) {
      index[static_cast<size_t>(q) * k + i] = h[i].second;
      score[static_cast<size_t>(q) * k + i] = h[i].first;
    }
  }
}

}  // namespace osmose
