// The ONNX Runtime side: loads the library at run time (dlopen + OrtGetApiBase, no link-time
// dependency), owns one session per model and runs batches. Pure C++: no Napi here, so it can run
// on worker threads. Every ORT object is owned by an OrtPtr (unique_ptr + the API's release function),
// so an exception anywhere (a constructor's validation included) releases what was created.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "onnxruntime_c_api.h"
#include "tokenizer.h"

namespace osmose {

// An error with a stable OSM_NATIVE_* code, turned into a JS NativeError at the boundary.
struct NativeFailure : std::runtime_error {
  std::string code;
  NativeFailure(std::string c, const std::string& msg) : std::runtime_error(msg), code(std::move(c)) {}
};

// RAII for ORT handles: the deleter carries the API table (ORT is dlopen()ed, so there is no global one).
template <typename T> struct OrtReleaser;
#define OSMOSE_ORT_RELEASER(T, Fn) \
  template <> struct OrtReleaser<T> { static void Release(const OrtApi* a, T* p) { a->Fn(p); } };
OSMOSE_ORT_RELEASER(OrtStatus, ReleaseStatus)
OSMOSE_ORT_RELEASER(OrtEnv, ReleaseEnv)
OSMOSE_ORT_RELEASER(OrtSession, ReleaseSession)
OSMOSE_ORT_RELEASER(OrtSessionOptions, ReleaseSessionOptions)
OSMOSE_ORT_RELEASER(OrtRunOptions, ReleaseRunOptions)
OSMOSE_ORT_RELEASER(OrtMemoryInfo, ReleaseMemoryInfo)
OSMOSE_ORT_RELEASER(OrtValue, ReleaseValue)
OSMOSE_ORT_RELEASER(OrtTypeInfo, ReleaseTypeInfo)
OSMOSE_ORT_RELEASER(OrtTensorTypeAndShapeInfo, ReleaseTensorTypeAndShapeInfo)
OSMOSE_ORT_RELEASER(OrtIoBinding, ReleaseIoBinding)
OSMOSE_ORT_RELEASER(OrtAllocator, ReleaseAllocator)
OSMOSE_ORT_RELEASER(OrtCUDAProviderOptionsV2, ReleaseCUDAProviderOptions)
#undef OSMOSE_ORT_RELEASER

template <typename T>
struct OrtDeleter {
  const OrtApi* api = nullptr;
  void operator()(T* p) const {
    if (p != nullptr && api != nullptr) OrtReleaser<T>::Release(api, p);
  }
};
template <typename T> using OrtPtr = std::unique_ptr<T, OrtDeleter<T>>;
template <typename T> OrtPtr<T> Own(const OrtApi* api, T* p) { return OrtPtr<T>(p, OrtDeleter<T>{api}); }

struct EngineOptions {
  // Every field is set from the JS options object (TS defines the defaults; C++ requires each key).
  std::string modelPath;      // model.onnx
  std::string ortLibrary;     // libonnxruntime.so path
  std::string task;           // "embedding" | "token-classification"
  std::string device;         // "auto" | "cpu" | "cuda"
  std::string pooling;        // "mean" | "cls"
  bool normalize = false;
  int32_t deviceId = 0;
  int32_t threads = 0;
  int32_t maxLength = 0;
  int32_t maxBatchTokens = 0;     // padded tokens per batch on CUDA
  int32_t cpuMaxBatchTokens = 0;  // padded tokens per batch on the CPU provider (cache-sized)
  int32_t maxBatchSize = 0;
  bool allowSpinning = false;
  bool pinnedHostBuffers = false;  // CUDA only: I/O binding to page-locked host buffers
  std::vector<std::string> labels;  // token classification: id -> label
};

// Cancels one native call (embed/classify): sets the flag checked between batches and terminates the
// ORT run in progress through its run options (RunOptionsSetTerminate). Thread-safe.
class RunControl {
 public:
  void Cancel();
  bool Cancelled() const { return cancelled_.load(); }

 private:
  friend class Engine;
  // Called by the engine around one OrtRun; Attach throws OSM_NATIVE_CANCELLED when already cancelled.
  void Attach(const OrtApi* api, OrtRunOptions* ro);
  void Detach();
  std::mutex m_;
  std::atomic<bool> cancelled_{false};
  const OrtApi* api_ = nullptr;
  OrtRunOptions* active_ = nullptr;
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
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  // ctl may be null (not cancellable); a cancelled call throws NativeFailure OSM_NATIVE_CANCELLED.
  EmbedOutput Embed(const std::vector<std::u16string>& texts, RunControl* ctl = nullptr) const;
  ClassifyOutput Classify(const std::vector<std::u16string>& texts, RunControl* ctl = nullptr) const;
  const EngineOptions& Options() const { return opts_; }
  std::string Provider() const { return provider_; }
  // Padded tokens per batch on the provider the session runs on.
  int32_t BatchTokens() const { return provider_ == "cuda" ? opts_.maxBatchTokens : opts_.cpuMaxBatchTokens; }
  std::string FallbackReason() const { return fallback_; }
  std::string OrtVersion() const;
  // CUDA: inputs and outputs in page-locked host memory through I/O binding (pinnedHostBuffers).
  bool PinnedHost() const { return pinned_ != nullptr; }
  std::string PinnedNote() const { return pinnedNote_; }
  int64_t OutputDim() const { return dim_; }
  std::shared_ptr<Tokenizer> SharedTokenizer() const { return tok_; }

 private:
  struct Batch { std::vector<size_t> items; size_t seqLen; };
  // The model's first output for one padded batch, owned by `value`; `data` points into it.
  struct RunResult {
    OrtPtr<OrtValue> value;
    const float* data = nullptr;
    std::vector<int64_t> shape;
  };
  std::vector<Batch> Plan(const std::vector<Encoding>& enc) const;
  RunResult Run(const std::vector<Encoding>& enc, const Batch& b, RunControl* ctl) const;
  std::vector<Encoding> Tokenize(const std::vector<std::u16string>& texts, RunControl* ctl, size_t& tokens) const;
  EngineOptions opts_;
  std::shared_ptr<Tokenizer> tok_;
  std::shared_ptr<OrtState> ort_;  // declared before the session: released after it
  OrtPtr<OrtSession> session_;
  OrtPtr<OrtMemoryInfo> cpuMem_;
  OrtPtr<OrtMemoryInfo> pinnedMem_;  // CUDA only: page-locked host memory for inputs and outputs
  OrtPtr<OrtAllocator> pinned_;      // the session's allocator for pinnedMem_ (CUDA only)
  std::vector<std::string> inputNames_;
  std::string outputName_;
  bool hasTokenTypes_ = false;
  int64_t dim_ = 0;
  std::string provider_ = "cpu", fallback_, pinnedNote_;
};

}  // namespace osmose
