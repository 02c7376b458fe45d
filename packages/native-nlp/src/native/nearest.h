// Nearest rows of a matrix by dot product (unit vectors: cosine), for the vector store's in-memory copy of
// the concept vectors. Plain C++ on raw pointers; the Node-API side is in addon.cc.
#pragma once
#include <cstdint>

namespace osmose {

// For each of `nq` queries (row-major, `dim` floats each) the `k` rows of `mat` (`n` x `dim`, row-major) with
// the highest dot product, best first (equal scores: the lower row first); rows whose `alive` byte is 0 are
// skipped (`alive` may be null). Unused slots: index -1, score 0. `index` and `score` hold nq * k entries.
void NearestRows(const float* mat, int32_t n, int32_t dim, const float* queries, int32_t nq, int32_t k,
                 const uint8_t* alive, int32_t* index, float* score);

}  // namespace osmose
