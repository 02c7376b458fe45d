#define ORT_API_MANUAL_INIT
#include "engine.h"

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

#include "onnxruntime_c_api.h"

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
  std::string msg = api->GetErrorMessage(st);
  api->ReleaseStatus(st);
  throw NativeFailure(code, msg);
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
  Check(api, api->CreateEnv(ORT_LOGGING_LEVEL_ERROR, "osmose-native-nlp", &st->env), "OSM_NATIVE_ORT_INIT");
  gOrt = st;  // kept for the life of the process (ORT must not be unloaded while threads exist)
  return st;
}

double MsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

Engine::Engine(EngineOptions opts, std::shared_ptr<Tokenizer> tok) : opts_(std::move(opts)), tok_(std::move(tok)) {
  ort_ = LoadOrt(opts_.ortLibrary);
  const OrtApi* api = ort_->api;
  OrtSessionOptions* so = nullptr;
  Check(api, api->CreateSessionOptions(&so), "OSM_NATIVE_ORT_INIT");
  try {
    int threads = opts_.threads > 0 ? opts_.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    Check(api, api->SetIntraOpNumThreads(so, threads));
    Check(api, api->SetInterOpNumThreads(so, 1));
    Check(api, api->SetSessionGraphOptimizationLevel(so, ORT_ENABLE_ALL));
    Check(api, api->AddSessionConfigEntry(so, "session.intra_op.allow_spinning", opts_.allowSpinning ? "1" : "0"));
    if (opts_.device != "cpu") {
      OrtCUDAProviderOptionsV2* cuda = nullptr;
      OrtStatus* st = api->CreateCUDAProviderOptions(&cuda);
      if (st == nullptr) {
        std::string dev = std::to_string(opts_.deviceId);
        const char* keys[] = {"device_id", "arena_extend_strategy", "cudnn_conv_algo_search"};
        const char* vals[] = {dev.c_str(), "kSameAsRequested", "HEURISTIC"};
        st = api->UpdateCUDAProviderOptions(cuda, keys, vals, 3);
        if (st == nullptr) st = api->SessionOptionsAppendExecutionProvider_CUDA_V2(so, cuda);
        api->ReleaseCUDAProviderOptions(cuda);
      }
      if (st == nullptr) {
        provider_ = "cuda";
      } else {
        fallback_ = api->GetErrorMessage(st);
        api->ReleaseStatus(st);
        if (opts_.device == "cuda") {
          throw NativeFailure("OSM_NATIVE_CUDA_UNAVAILABLE", "CUDA execution provider unavailable: " + fallback_);
        }
      }
    }
    OrtSession* session = nullptr;
    OrtStatus* st = api->CreateSession(ort_->env, opts_.modelPath.c_str(), so, &session);
    if (st != nullptr) {
      std::string msg = api->GetErrorMessage(st);
      api->ReleaseStatus(st);
      throw NativeFailure("OSM_NATIVE_MODEL_INVALID", "cannot load model '" + opts_.modelPath + "': " + msg);
    }
    session_ = session;
  } catch (...) {
    api->ReleaseSessionOptions(so);
    throw;
  }
  api->ReleaseSessionOptions(so);

  OrtSession* session = static_cast<OrtSession*>(session_);
  OrtAllocator* alloc = nullptr;
  Check(api, api->GetAllocatorWithDefaultOptions(&alloc));
  size_t nIn = 0, nOut = 0;
  Check(api, api->SessionGetInputCount(session, &nIn));
  Check(api, api->SessionGetOutputCount(session, &nOut));
  for (size_t i = 0; i < nIn; ++i) {
    char* name = nullptr;
    Check(api, api->SessionGetInputName(session, i, alloc, &name));
    inputNames_.emplace_back(name);
    alloc->Free(alloc, name);
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
  outputName_ = oname;
  alloc->Free(alloc, oname);
  OrtTypeInfo* ti = nullptr;
  Check(api, api->SessionGetOutputTypeInfo(session, 0, &ti));
  const OrtTensorTypeAndShapeInfo* tsi = nullptr;
  Check(api, api->CastTypeInfoToTensorInfo(ti, &tsi));
  size_t rank = 0;
  Check(api, api->GetDimensionsCount(tsi, &rank));
  std::vector<int64_t> dims(rank);
  Check(api, api->GetDimensions(tsi, dims.data(), rank));
  api->ReleaseTypeInfo(ti);
  dim_ = rank > 0 ? dims.back() : 0;
}

Engine::~Engine() {
  if (session_ != nullptr) ort_->api->ReleaseSession(static_cast<OrtSession*>(session_));
}

std::string Engine::OrtVersion() const { return ort_->base->GetVersionString(); }

// Length buckets: sort by token count; rows of different length classes (steps of ~1.5x: 8, 12, 16,
// 24, 32, 48, …) never share a batch, so padding stays under ~1.5x and short candidates are not
// padded to a long slide text; within a class, batches are cut by the padded-token budget
// (rows x longest row) and the row limit.
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
  for (size_t idx : order) {
    size_t len = enc[idx].ids.size();
    size_t cls = LengthClass(len);
    size_t newLen = std::max(cur.seqLen, len);
    if (!cur.items.empty() && (cls != curClass || (cur.items.size() + 1) * newLen > static_cast<size_t>(opts_.maxBatchTokens) ||
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

std::vector<float> Engine::Run(const std::vector<Encoding>& enc, const Batch& b, std::vector<int64_t>& shape) const {
  const OrtApi* api = ort_->api;
  const int64_t B = static_cast<int64_t>(b.items.size()), S = static_cast<int64_t>(b.seqLen);
  std::vector<int64_t> ids(B * S, 0), mask(B * S, 0), types(B * S, 0);
  for (int64_t r = 0; r < B; ++r) {
    const Encoding& e = enc[b.items[r]];
    for (size_t t = 0; t < e.ids.size(); ++t) {
      ids[r * S + t] = e.ids[t];
      mask[r * S + t] = 1;
    }
  }
  OrtMemoryInfo* mem = nullptr;
  Check(api, api->CreateCpuMemoryInfo(OrtArenaAllocator, OrtMemTypeDefault, &mem));
  int64_t dims[2] = {B, S};
  std::vector<OrtValue*> inputs;
  std::vector<const char*> names;
  auto add = [&](const std::string& name, std::vector<int64_t>& buf) {
    OrtValue* v = nullptr;
    OrtStatus* st = api->CreateTensorWithDataAsOrtValue(mem, buf.data(), buf.size() * sizeof(int64_t), dims, 2,
                                                        ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64, &v);
    if (st != nullptr) {
      for (auto* x : inputs) api->ReleaseValue(x);
      api->ReleaseMemoryInfo(mem);
      Check(api, st);
    }
    inputs.push_back(v);
    names.push_back(name.c_str());
  };
  for (const auto& n : inputNames_) {
    if (n == "input_ids") add(n, ids);
    else if (n == "attention_mask") add(n, mask);
    else add(n, types);
  }
  const char* outName = outputName_.c_str();
  OrtValue* output = nullptr;
  OrtStatus* st = api->Run(static_cast<OrtSession*>(session_), nullptr, names.data(), inputs.data(), inputs.size(), &outName, 1, &output);
  for (auto* x : inputs) api->ReleaseValue(x);
  api->ReleaseMemoryInfo(mem);
  Check(api, st);
  std::vector<float> result;
  try {
    OrtTensorTypeAndShapeInfo* info = nullptr;
    Check(api, api->GetTensorTypeAndShape(output, &info));
    size_t rank = 0;
    Check(api, api->GetDimensionsCount(info, &rank));
    shape.assign(rank, 0);
    Check(api, api->GetDimensions(info, shape.data(), rank));
    size_t count = 0;
    Check(api, api->GetTensorShapeElementCount(info, &count));
    api->ReleaseTensorTypeAndShapeInfo(info);
    float* data = nullptr;
    Check(api, api->GetTensorMutableData(output, reinterpret_cast<void**>(&data)));
    result.assign(data, data + count);
  } catch (...) {
    api->ReleaseValue(output);
    throw;
  }
  api->ReleaseValue(output);
  return result;
}

EmbedOutput Engine::Embed(const std::vector<std::u16string>& texts) const {
  EmbedOutput out;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<Encoding> enc;
  enc.reserve(texts.size());
  for (const auto& t : texts) {
    enc.push_back(tok_->Encode(t, opts_.maxLength));
    out.tokens += enc.back().ids.size();
  }
  out.tokenizeMs = MsSince(t0);
  out.n = texts.size();
  out.dim = static_cast<size_t>(dim_);
  std::unique_ptr<float[]> data(new float[std::max<size_t>(1, out.n * out.dim)]());
  for (const Batch& b : Plan(enc)) {
    auto t1 = std::chrono::steady_clock::now();
    std::vector<int64_t> shape;
    std::vector<float> h = Run(enc, b, shape);
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
      const float* rowBase = h.data() + r * S * H;
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
ClassifyOutput Engine::Classify(const std::vector<std::u16string>& texts) const {
  ClassifyOutput out;
  std::vector<Encoding> enc;
  for (const auto& t : texts) {
    enc.push_back(tok_->Encode(t, opts_.maxLength));
    out.tokens += enc.back().ids.size();
  }
  out.spans.resize(texts.size());
  const size_t L = opts_.labels.size();
  for (const Batch& b : Plan(enc)) {
    std::vector<int64_t> shape;
    std::vector<float> logits = Run(enc, b, shape);
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
        const float* lg = logits.data() + (r * S + t) * L;
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
