// The ONNX Runtime side: loads the library at run time (dlopen + OrtGetApiBase, no link-time
// dependency), owns one session per model and runs batches. Pure C++: no Napi here, so it can run
// on worker threads.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "tokenizer.h"

namespace osmose {

// An error with a stable OSM_NATIVE_* code, turned into a JS NativeError at the boundary.
struct NativeFailure : std::runtime_error {
  std::string code;
  NativeFailure(std::string c, const std::string& msg) : std::runtime_error(msg), code(std::move(c)) {}
};

struct EngineOptions {
  std::string modelPath;      // model.onnx
  std::string ortLibrary;     // libonnxruntime.so path
  std::string task;           // "embedding" | "token-classification"
  std::string device;         // "auto" | "cpu" | "cuda"
  std::string pooling;        // "mean" | "cls"
  bool normalize = true;
  int32_t deviceId = 0;
  int32_t threads = 0;        // 0: all cores
  int32_t maxLength = 256;
  int32_t maxBatchTokens = 8192;
  int32_t maxBatchSize = 256;
  bool allowSpinning = true;
  std::vector<std::string> labels;  // token classification: id -> label
};

struct EmbedOutput {
  float* data = nullptr;  // n * dim, owned by the caller after Embed returns (delete[])
  size_t n = 0, dim = 0;
  size_t tokens = 0, batches = 0, paddedTokens = 0;
  double tokenizeMs = 0, inferMs = 0, poolMs = 0;
};

struct Span {
  int32_t start, end;
  std::string label;
  float score;
};

struct ClassifyOutput {
  std::vector<std::vector<Span>> spans;
  size_t tokens = 0, batches = 0;
};

struct OrtState;  // env + api, process-wide

class Engine {
 public:
  Engine(EngineOptions opts, std::shared_ptr<Tokenizer> tok);
  ~Engine();
  EmbedOutput Embed(const std::vector<std::u16string>& texts) const;
  ClassifyOutput Classify(const std::vector<std::u16string>& texts) const;
  const EngineOptions& Options() const { return opts_; }
  std::string Provider() const { return provider_; }
  std::string FallbackReason() const { return fallback_; }
  std::string OrtVersion() const;
  int64_t OutputDim() const { return dim_; }
  std::shared_ptr<Tokenizer> SharedTokenizer() const { return tok_; }

 private:
  struct Batch { std::vector<size_t> items; size_t seqLen; };
  std::vector<Batch> Plan(const std::vector<Encoding>& enc) const;
  // Runs one padded batch; returns the first output as [B, S, H] (or [B, H]) floats.
  std::vector<float> Run(const std::vector<Encoding>& enc, const Batch& b, std::vector<int64_t>& shape) const;
  EngineOptions opts_;
  std::shared_ptr<Tokenizer> tok_;
  std::shared_ptr<OrtState> ort_;
  void* session_ = nullptr;  // OrtSession*
  std::vector<std::string> inputNames_;
  std::string outputName_;
  bool hasTokenTypes_ = false;
  int64_t dim_ = 0;
  std::string provider_ = "cpu", fallback_;
};

}  // namespace osmose
