#include "engine.h"

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace osmose {

struct OrtState {
  std::string path;
  void* handle = nullptr;
  const OrtApi* api = nullptr;
  const OrtApiBase* base = nullptr;
  OrtEnv* env = nullptr;
};

namespace {

std::mutex gOrtMutex;
std::shared_ptr<OrtState> gOrt;

void Check(const OrtApi* api, OrtStatus* st, const char* code = "OSM_NATIVE_INFERENCE_FAILED") {
  if (st == nullptr) return;
  OrtPtr<OrtStatus> owned = Own(api, st);
  throw NativeFailure(code, api->GetErrorMessage(st));
}

std::shared_ptr<OrtState> LoadOrt(const std::string& path) {
  std::lock_guard<std::mutex> lock(gOrtMutex);
  if (gOrt) {
    if (gOrt->path != path) {
      throw NativeFailure("OSM_NATIVE_ORT_MISMATCH",
                          "ONNX Runtime is already loaded from " + gOrt->path + " in this process; cannot also load " + path);
    }
    return gOrt;
  }
  void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (h == nullptr) {
    const char* err = dlerror();
    throw NativeFailure("OSM_NATIVE_ORT_NOT_FOUND", "cannot load ONNX Runtime library '" + path + "': " + (err ? err : "unknown error"));
  }
  using GetBase = const OrtApiBase* (*)();
  auto getBase = reinterpret_cast<GetBase>(dlsym(h, "OrtGetApiBase"));
  if (getBase == nullptr) {
    dlclose(h);
    throw NativeFailure("OSM_NATIVE_ORT_NOT_FOUND", "'" + path + "' is not an ONNX Runtime library (no OrtGetApiBase)");
  }
  const OrtApiBase* base = getBase();
  const OrtApi* api = base->GetApi(ORT_API_VERSION);
  if (api == nullptr) {
    dlclose(h);
    throw NativeFailure("OSM_NATIVE_ORT_VERSION", std::string("ONNX Runtime ") + base->GetVersionString() +
                                                       " does not provide C API version " + std::to_string(ORT_API_VERSION) + " (too old)");
  }
  auto st = std::make_shared<OrtState>();
  st->path = path;
  st->handle = h;
  st->api = api;
  st->base = base;
  if (OrtStatus* err = api->CreateEnv(ORT_LOGGING_LEVEL_ERROR, "osmose-native-nlp", &st->env)) {
    OrtPtr<OrtStatus> owned = Own(api, err);
    std::string msg = api->GetErrorMessage(err);
    owned.reset();
    dlclose(h);
    throw NativeFailure("OSM_NATIVE_ORT_INIT", msg);
  }
  // The env and the library are kept for the life of the process on purpose (ORT must not be unloaded
  // while its threads exist); everything per model is owned by an OrtPtr.
  gOrt = st;
  return st;
}

double MsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

Engine::Engine(EngineOptions opts, std::shared_ptr<Tokenizer> tok) : opts_(std::move(opts)), tok_(std::move(tok)) {
  if (!tok_) throw NativeFailure("OSM_NATIVE_BAD_OPTION", "tokenizer missing");
  ort_ = LoadOrt(opts_.ortLibrary);
  const OrtApi* api = ort_->api;
  OrtSessionOptions* rawSo = nullptr;
  Check(api, api->CreateSessionOptions(&rawSo), "OSM_NATIVE_ORT_INIT");
  OrtPtr<OrtSessionOptions> so = Own(api, rawSo);
  int threads = opts_.threads > 0 ? opts_.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  Check(api, api->SetIntraOpNumThreads(so.get(), threads));
  Check(api, api->SetInterOpNumThreads(so.get(), 1));
  Check(api, api->SetSessionGraphOptimizationLevel(so.get(), ORT_ENABLE_ALL));
  Check(api, api->AddSessionConfigEntry(so.get(), "session.intra_op.allow_spinning", opts_.allowSpinning ? "1" : "0"));
  if (opts_.device != "cpu") {
    OrtCUDAProviderOptionsV2* rawCuda = nullptr;
    OrtStatus* st = api->CreateCUDAProviderOptions(&rawCuda);
    OrtPtr<OrtCUDAProviderOptionsV2> cuda = Own(api, rawCuda);
    if (st == nullptr) {
      std::string dev = std::to_string(opts_.deviceId);
      const char* keys[] = {"device_id", "arena_extend_strategy", "cudnn_conv_algo_search", "do_copy_in_default_stream"};
      const char* vals[] = {dev.c_str(), "kSameAsRequested", "HEURISTIC", "1"};
      st = api->UpdateCUDAProviderOptions(cuda.get(), keys, vals, 4);
      if (st == nullptr) st = api->SessionOptionsAppendExecutionProvider_CUDA_V2(so.get(), cuda.get());
    }
    if (st == nullptr) {
      provider_ = "cuda";
    } else {
      OrtPtr<OrtStatus> owned = Own(api, st);
      fallback_ = api->GetErrorMessage(st);
      if (opts_.device == "cuda") {
        throw NativeFailure("OSM_NATIVE_CUDA_UNAVAILABLE", "CUDA execution provider unavailable: " + fallback_);
      }
    }
  }
  OrtSession* rawSession = nullptr;
  if (OrtStatus* st = api->CreateSession(ort_->env, opts_.modelPath.c_str(), so.get(), &rawSession)) {
    OrtPtr<OrtStatus> owned = Own(api, st);
    throw NativeFailure("OSM_NATIVE_MODEL_INVALID", "cannot load model '" + opts_.modelPath + "': " + api->GetErrorMessage(st));
  }
  // From here on the session is owned by a member: a throw below releases it (it used to leak).
  session_ = Own(api, rawSession);
  so.reset();
  OrtSession* session = session_.get();

  OrtMemoryInfo* rawMem = nullptr;
  Check(api, api->CreateCpuMemoryInfo(OrtArenaAllocator, OrtMemTypeDefault, &rawMem), "OSM_NATIVE_ORT_INIT");
  cpuMem_ = Own(api, rawMem);
  if (provider_ == "cuda" && opts_.pinnedHostBuffers) {
    // Page-locked host buffers from the CUDA EP's pinned allocator: input ids are written straight into
    // them and the output is copied back into them by DMA (no staging copy through pageable memory).
    OrtMemoryInfo* rawPinned = nullptr;
    OrtStatus* st = api->CreateMemoryInfo("CudaPinned", OrtDeviceAllocator, opts_.deviceId, OrtMemTypeCPUOutput, &rawPinned);
    OrtPtr<OrtMemoryInfo> pinnedMem = Own(api, rawPinned);
    OrtAllocator* rawAlloc = nullptr;
    if (st == nullptr) st = api->CreateAllocator(session, pinnedMem.get(), &rawAlloc);
    if (st == nullptr) {
      pinnedMem_ = std::move(pinnedMem);
      pinned_ = Own(api, rawAlloc);
    } else {
      OrtPtr<OrtStatus> owned = Own(api, st);
      pinnedNote_ = std::string("pinned host buffers unavailable, using pageable memory: ") + api->GetErrorMessage(st);
    }
  }

  OrtAllocator* alloc = nullptr;
  Check(api, api->GetAllocatorWithDefaultOptions(&alloc));
  auto takeName = [&](char* name) {
    std::string s(name);
    alloc->Free(alloc, name);
    return s;
  };
  size_t nIn = 0, nOut = 0;
  Check(api, api->SessionGetInputCount(session, &nIn));
  Check(api, api->SessionGetOutputCount(session, &nOut));
  for (size_t i = 0; i < nIn; ++i) {
    char* name = nullptr;
    Check(api, api->SessionGetInputName(session, i, alloc, &name));
    inputNames_.push_back(takeName(name));
  }
  for (const auto& n : inputNames_) {
    if (n == "token_type_ids") hasTokenTypes_ = true;
    else if (n != "input_ids" && n != "attention_mask") {
      throw NativeFailure("OSM_NATIVE_MODEL_INVALID", "model input '" + n + "' is not one of input_ids, attention_mask, token_type_ids");
    }
  }
  if (nOut == 0) throw NativeFailure("OSM_NATIVE_MODEL_INVALID", "model has no outputs");
  char* oname = nullptr;
  Check(api, api->SessionGetOutputName(session, 0, alloc, &oname));
  outputName_ = takeName(oname);
  OrtTypeInfo* rawTi = nullptr;
  Check(api, api->SessionGetOutputTypeInfo(session, 0, &rawTi));
  OrtPtr<OrtTypeInfo> ti = Own(api, rawTi);
  const OrtTensorTypeAndShapeInfo* tsi = nullptr;  // borrowed from ti
  Check(api, api->CastTypeInfoToTensorInfo(ti.get(), &tsi));
  if (tsi == nullptr) throw NativeFailure("OSM_NATIVE_MODEL_INVALID", "the model's first output is not a tensor");
  ONNXTensorElementDataType type = ONNX_TENSOR_ELEMENT_DATA_TYPE_UNDEFINED;
  Check(api, api->GetTensorElementType(tsi, &type));
  if (type != ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT) throw NativeFailure("OSM_NATIVE_MODEL_INVALID", "the model's first output is not float32");
  size_t rank = 0;
  Check(api, api->GetDimensionsCount(tsi, &rank));
  std::vector<int64_t> dims(rank);
  Check(api, api->GetDimensions(tsi, dims.data(), rank));
  dim_ = rank > 0 ? dims.back() : 0;
  if (pinned_) {
    // One tiny run through the pinned path now, so a build or driver that cannot bind outputs to pinned
    // memory degrades to pageable buffers at load time instead of failing every later run.
    try {
      std::vector<Encoding> probe{tok_->Encode(u"probe", opts_.maxLength)};
      Run(probe, Batch{{0}, probe[0].ids.size()}, nullptr);
    } catch (const NativeFailure& e) {
      pinnedNote_ = std::string("pinned host buffers failed a test run, using pageable memory: ") + e.what();
      pinned_.reset();
      pinnedMem_.reset();
    }
  }
}

Engine::~Engine() = default;

void RunControl::Cancel() {
  std::lock_guard<std::mutex> lock(m_);
  cancelled_.store(true);
  if (active_ != nullptr && api_ != nullptr) {
    if (OrtStatus* st = api_->RunOptionsSetTerminate(active_)) api_->ReleaseStatus(st);
  }
}

void RunControl::Attach(const OrtApi* api, OrtRunOptions* ro) {
  std::lock_guard<std::mutex> lock(m_);
  if (cancelled_.load()) throw NativeFailure("OSM_NATIVE_CANCELLED", "the run was cancelled");
  api_ = api;
  active_ = ro;
}

void RunControl::Detach() {
  std::lock_guard<std::mutex> lock(m_);
  active_ = nullptr;
}

std::string Engine::OrtVersion() const { return ort_->base->GetVersionString(); }

// Length buckets: sort by token count; rows of different length classes (steps of ~1.5x: 8, 12, 16,
// 24, 32, 48, …) never share a batch, so padding stays under ~1.5x and short candidates are not
// padded to a long slide text; within a class, batches are cut by the padded-token budget
// (rows x longest row: maxBatchTokens on CUDA, the smaller cache-sized cpuMaxBatchTokens on the CPU provider)
// and the row limit.
namespace {
size_t LengthClass(size_t len) {
  size_t cls = 0, bound = 8;
  while (len > bound) {
    bound = (cls % 2 == 0) ? bound + bound / 2 : bound / 3 * 4;
    ++cls;
  }
  return cls;
}
}  // namespace

std::vector<Engine::Batch> Engine::Plan(const std::vector<Encoding>& enc) const {
  std::vector<size_t> order(enc.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return enc[a].ids.size() < enc[b].ids.size(); });
  std::vector<Batch> out;
  Batch cur{{}, 0};
  size_t curClass = 0;
  const size_t budget = static_cast<size_t>(BatchTokens());
  for (size_t idx : order) {
    size_t len = enc[idx].ids.size();
    size_t cls = LengthClass(len);
    size_t newLen = std::max(cur.seqLen, len);
    if (!cur.items.empty() && (cls != curClass || (cur.items.size() + 1) * newLen > budget ||
                               cur.items.size() >= static_cast<size_t>(opts_.maxBatchSize))) {
      out.push_back(std::move(cur));
      cur = Batch{{}, 0};
      newLen = len;
    }
    cur.items.push_back(idx);
    cur.seqLen = newLen;
    curClass = cls;
  }
  if (!cur.items.empty()) out.push_back(std::move(cur));
  return out;
}

// One padded batch through I/O binding. CPU: the int64 inputs are borrowed host vectors and ORT
// allocates the output. CUDA with pinned buffers: inputs are written into page-locked tensors from
// the EP's pinned allocator (async H2D copy) and the output is bound to page-locked memory (D2H by DMA,
// no pageable staging). Either way the caller reads the output in place: no copy into a vector.
Engine::RunResult Engine::Run(const std::vector<Encoding>& enc, const Batch& b, RunControl* ctl) const {
  const OrtApi* api = ort_->api;
  const int64_t B = static_cast<int64_t>(b.items.size()), S = static_cast<int64_t>(b.seqLen);
  const int64_t dims[2] = {B, S};
  const size_t count = static_cast<size_t>(B * S);
  OrtIoBinding* rawBinding = nullptr;
  Check(api, api->CreateIoBinding(session_.get(), &rawBinding));
  OrtPtr<OrtIoBinding> binding = Own(api, rawBinding);
  std::vector<OrtPtr<OrtValue>> inputs;
  std::vector<std::unique_ptr<int64_t[]>> host;  // CPU path: the tensors borrow these
  for (const auto& name : inputNames_) {
    OrtValue* raw = nullptr;
    int64_t* buf = nullptr;
    if (pinned_) {
      Check(api, api->CreateTensorAsOrtValue(pinned_.get(), dims, 2, ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64, &raw));
      inputs.push_back(Own(api, raw));
      Check(api, api->GetTensorMutableData(raw, reinterpret_cast<void**>(&buf)));
      std::fill(buf, buf + count, 0);
    } else {
      host.emplace_back(new int64_t[std::max<size_t>(1, count)]());
      buf = host.back().get();
      Check(api, api->CreateTensorWithDataAsOrtValue(cpuMem_.get(), buf, count * sizeof(int64_t), dims, 2,
                                                     ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64, &raw));
      inputs.push_back(Own(api, raw));
    }
    if (name != "token_type_ids") {
      const bool ids = name == "input_ids";
      for (int64_t r = 0; r < B; ++r) {
        const Encoding& e = enc[b.items[r]];
        int64_t* row = buf + r * S;
        for (size_t t = 0; t < e.ids.size(); ++t) row[t] = ids ? e.ids[t] : 1;
      }
    }
    Check(api, api->BindInput(binding.get(), name.c_str(), raw));
  }
  Check(api, api->BindOutputToDevice(binding.get(), outputName_.c_str(), pinned_ ? pinnedMem_.get() : cpuMem_.get()));
  OrtRunOptions* rawRo = nullptr;
  Check(api, api->CreateRunOptions(&rawRo));
  OrtPtr<OrtRunOptions> ro = Own(api, rawRo);
  OrtStatus* st = nullptr;
  {
    struct Attached {
      RunControl* c;
      ~Attached() { if (c) c->Detach(); }
    };
    if (ctl) ctl->Attach(api, ro.get());  // throws OSM_NATIVE_CANCELLED when cancelled before this batch
    Attached guard{ctl};
    st = api->RunWithBinding(session_.get(), ro.get(), binding.get());
    if (st == nullptr && pinned_) st = api->SynchronizeBoundOutputs(binding.get());
  }
  if (st != nullptr) {
    OrtPtr<OrtStatus> owned = Own(api, st);
    if (ctl && ctl->Cancelled()) throw NativeFailure("OSM_NATIVE_CANCELLED", "the run was cancelled");
    throw NativeFailure("OSM_NATIVE_INFERENCE_FAILED", api->GetErrorMessage(st));
  }
  OrtAllocator* alloc = nullptr;
  Check(api, api->GetAllocatorWithDefaultOptions(&alloc));
  OrtValue** outs = nullptr;
  size_t nOut = 0;
  Check(api, api->GetBoundOutputValues(binding.get(), alloc, &outs, &nOut));
  std::vector<OrtPtr<OrtValue>> owned;
  for (size_t i = 0; i < nOut; ++i) owned.push_back(Own(api, outs[i]));
  if (outs != nullptr) alloc->Free(alloc, outs);
  if (owned.empty()) throw NativeFailure("OSM_NATIVE_INFERENCE_FAILED", "the run produced no output");
  RunResult r;
  r.value = std::move(owned[0]);
  OrtTensorTypeAndShapeInfo* rawInfo = nullptr;
  Check(api, api->GetTensorTypeAndShape(r.value.get(), &rawInfo));
  OrtPtr<OrtTensorTypeAndShapeInfo> info = Own(api, rawInfo);
  size_t rank = 0;
  Check(api, api->GetDimensionsCount(info.get(), &rank));
  r.shape.assign(rank, 0);
  Check(api, api->GetDimensions(info.get(), r.shape.data(), rank));
  float* data = nullptr;
  Check(api, api->GetTensorMutableData(r.value.get(), reinterpret_cast<void**>(&data)));
  r.data = data;
  if (rank < 2 || r.shape[0] != B || (rank == 3 && r.shape[1] != S)) {
    throw NativeFailure("OSM_NATIVE_INFERENCE_FAILED", "unexpected output shape");
  }
  return r;
}

std::vector<Encoding> Engine::Tokenize(const std::vector<std::u16string>& texts, RunControl* ctl, size_t& tokens) const {
  std::vector<Encoding> enc;
  enc.reserve(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    if (ctl && (i & 255) == 0 && ctl->Cancelled()) throw NativeFailure("OSM_NATIVE_CANCELLED", "the run was cancelled");
    enc.push_back(tok_->Encode(texts[i], opts_.maxLength));
    tokens += enc.back().ids.size();
  }
  return enc;
}

EmbedOutput Engine::Embed(const std::vector<std::u16string>& texts, RunControl* ctl) const {
  EmbedOutput out;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<Encoding> enc = Tokenize(texts, ctl, out.tokens);
  out.tokenizeMs = MsSince(t0);
  out.n = texts.size();
  out.dim = static_cast<size_t>(dim_);
  std::unique_ptr<float[]> data(new float[std::max<size_t>(1, out.n * out.dim)]());
  for (const Batch& b : Plan(enc)) {
    auto t1 = std::chrono::steady_clock::now();
    RunResult res = Run(enc, b, ctl);
    const std::vector<int64_t>& shape = res.shape;
    out.inferMs += MsSince(t1);
    auto t2 = std::chrono::steady_clock::now();
    out.batches++;
    out.paddedTokens += b.items.size() * b.seqLen;
    const size_t H = out.dim;
    const bool seq = shape.size() == 3;
    const size_t S = seq ? static_cast<size_t>(shape[1]) : 1;
    if (static_cast<size_t>(shape.back()) != H) throw NativeFailure("OSM_NATIVE_INFERENCE_FAILED", "unexpected output shape");
    for (size_t r = 0; r < b.items.size(); ++r) {
      float* dst = data.get() + b.items[r] * H;
      const float* rowBase = res.data + r * S * H;
      const size_t len = enc[b.items[r]].ids.size();
      if (!seq || opts_.pooling == "cls") {
        std::copy(rowBase, rowBase + H, dst);
      } else {
        for (size_t t = 0; t < len; ++t) {
          const float* v = rowBase + t * H;
          for (size_t k = 0; k < H; ++k) dst[k] += v[k];
        }
        const float inv = 1.0f / static_cast<float>(std::max<size_t>(1, len));
        for (size_t k = 0; k < H; ++k) dst[k] *= inv;
      }
      if (opts_.normalize) {
        double ss = 0;
        for (size_t k = 0; k < H; ++k) ss += static_cast<double>(dst[k]) * dst[k];
        const float inv = static_cast<float>(1.0 / std::max(std::sqrt(ss), 1e-12));
        for (size_t k = 0; k < H; ++k) dst[k] *= inv;
      }
    }
    out.poolMs += MsSince(t2);
  }
  out.data = data.release();
  return out;
}

// HF "simple" aggregation: argmax label per token (specials dropped); a B- tag or a change of
// entity type starts a new group; I- of the same type continues it; O closes it. Score: mean.
ClassifyOutput Engine::Classify(const std::vector<std::u16string>& texts, RunControl* ctl) const {
  ClassifyOutput out;
  std::vector<Encoding> enc = Tokenize(texts, ctl, out.tokens);
  out.spans.resize(texts.size());
  const size_t L = opts_.labels.size();
  for (const Batch& b : Plan(enc)) {
    RunResult res = Run(enc, b, ctl);
    const std::vector<int64_t>& shape = res.shape;
    const float* logits = res.data;
    out.batches++;
    if (shape.size() != 3 || static_cast<size_t>(shape[2]) != L) {
      throw NativeFailure("OSM_NATIVE_MODEL_INVALID", "token-classification output must be [batch, seq, " + std::to_string(L) + " labels]");
    }
    const size_t S = static_cast<size_t>(shape[1]);
    for (size_t r = 0; r < b.items.size(); ++r) {
      const Encoding& e = enc[b.items[r]];
      auto& spans = out.spans[b.items[r]];
      std::string curType;
      Span cur{0, 0, "", 0};
      int count = 0;
      auto close = [&]() {
        if (count > 0) {
          cur.score /= static_cast<float>(count);
          spans.push_back(cur);
        }
        count = 0;
        curType.clear();
      };
      for (size_t t = 0; t < e.ids.size(); ++t) {
        if (e.special[t]) continue;
        const float* lg = logits + (r * S + t) * L;
        size_t arg = 0;
        float mx = lg[0];
        for (size_t k = 1; k < L; ++k) if (lg[k] > mx) { mx = lg[k]; arg = k; }
        double sum = 0;
        for (size_t k = 0; k < L; ++k) sum += std::exp(static_cast<double>(lg[k] - mx));
        const float score = static_cast<float>(1.0 / sum);
        const std::string& label = opts_.labels[arg];
        std::string tag = "O", type = label;
        if (label.size() > 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-') {
          tag = label.substr(0, 1);
          type = label.substr(2);
        } else if (label == "O") {
          close();
          continue;
        } else {
          tag = "I";
        }
        if (count > 0 && tag == "I" && type == curType) {
          cur.end = e.end[t];
          cur.score += score;
          ++count;
        } else {
          close();
          cur = Span{e.start[t], e.end[t], type, score};
          curType = type;
          count = 1;
        }
      }
      close();
    }
  }
  return out;
}

}  // namespace osmose
