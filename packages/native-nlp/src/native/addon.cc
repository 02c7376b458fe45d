// Node-API surface of the addon. Convention (DESIGN.md 3): JS validates options and passes one flat
// object; C++ copies it into plain structs; all work runs in AsyncWorkers (libuv pool) and resolves
// promises; no Napi call inside Execute; outputs are external ArrayBuffers owned by a finalizer.
#include <napi.h>

#include <atomic>
#include <cmath>
#include <memory>

#include "engine.h"
#include "nearest.h"

namespace osmose {
namespace {

struct AddonData {
  Napi::FunctionReference errorClass;
  Napi::FunctionReference modelCtor;
  Napi::FunctionReference runControlCtor;
};

// kind "TypeError" asks the JS factory for its TypeError subclass (same code/retryable shape).
Napi::Value MakeError(Napi::Env env, const std::string& code, const std::string& message, const char* kind = "Error") {
  auto* data = env.GetInstanceData<AddonData>();
  if (data != nullptr && !data->errorClass.IsEmpty()) {
    return data->errorClass.New({Napi::String::New(env, code), Napi::String::New(env, message), Napi::String::New(env, kind)});
  }
  Napi::Error e = std::string(kind) == "TypeError" ? Napi::TypeError::New(env, message) : Napi::Error::New(env, message);
  e.Set("code", Napi::String::New(env, code));
  return e.Value();
}

[[noreturn]] void Throw(Napi::Env env, const std::string& code, const std::string& message) {
  throw Napi::Error(env, MakeError(env, code, message));
}

// Options: TS defines every default and passes every field; a missing or mistyped key is a caller bug,
// reported as a TypeError (OSM_NATIVE_BAD_OPTION), never papered over with a C++-side default.
[[noreturn]] void ThrowType(Napi::Env env, const std::string& message) {
  throw Napi::Error(env, MakeError(env, "OSM_NATIVE_BAD_OPTION", message, "TypeError"));
}
Napi::Value Field(const Napi::Object& o, const char* where, const char* key, bool (Napi::Value::*is)() const, const char* type) {
  Napi::Value v = o.Get(key);
  if (!(v.*is)()) {
    ThrowType(o.Env(), std::string(where) + "." + key + (v.IsUndefined() ? " is missing" : " must be " + std::string(type)) +
                           " (the TS wrapper passes every field)");
  }
  return v;
}
std::string ReqString(const Napi::Object& o, const char* where, const char* key) {
  return Field(o, where, key, &Napi::Value::IsString, "a string").As<Napi::String>().Utf8Value();
}
int32_t ReqInt(const Napi::Object& o, const char* where, const char* key) {
  Napi::Value v = Field(o, where, key, &Napi::Value::IsNumber, "an integer");
  double d = v.As<Napi::Number>().DoubleValue();
  if (d != static_cast<double>(static_cast<int32_t>(d))) ThrowType(o.Env(), std::string(where) + "." + key + " must be a 32-bit integer");
  return static_cast<int32_t>(d);
}
bool ReqBool(const Napi::Object& o, const char* where, const char* key) {
  return Field(o, where, key, &Napi::Value::IsBoolean, "a boolean").As<Napi::Boolean>().Value();
}

TokenizerSpec ReadTokenizer(Napi::Env env, const Napi::Object& t) {
  TokenizerSpec s;
  const char* W = "tokenizer";
  s.type = ReqString(t, W, "type");
  if (s.type != "wordpiece" && s.type != "unigram") Throw(env, "OSM_NATIVE_TOKENIZER_UNSUPPORTED", "unsupported tokenizer type: " + s.type);
  Napi::Array arr = Field(t, W, "vocab", &Napi::Value::IsArray, "an array").As<Napi::Array>();
  s.vocab.reserve(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); ++i) {
    Napi::Value v = arr.Get(i);
    s.vocab.push_back(v.IsString() ? v.As<Napi::String>().Utf8Value() : std::string());
  }
  Napi::Value scores = t.Get("scores");
  if (scores.IsTypedArray()) {
    Napi::Float64Array f = scores.As<Napi::Float64Array>();
    s.scores.assign(f.Data(), f.Data() + f.ElementLength());
  }
  if (s.type == "unigram" && s.scores.size() != s.vocab.size()) Throw(env, "OSM_NATIVE_TOKENIZER_INVALID", "unigram scores do not match the vocabulary");
  s.unkId = ReqInt(t, W, "unkId");
  s.clsId = ReqInt(t, W, "clsId");
  s.sepId = ReqInt(t, W, "sepId");
  s.padId = ReqInt(t, W, "padId");
  s.lowercase = ReqBool(t, W, "lowercase");
  s.stripAccents = ReqBool(t, W, "stripAccents");
  s.cleanText = ReqBool(t, W, "cleanText");
  s.handleChinese = ReqBool(t, W, "handleChinese");
  s.addPrefixSpace = ReqBool(t, W, "addPrefixSpace");
  s.prefix = ReqString(t, W, "prefix");
  s.maxInputCharsPerWord = ReqInt(t, W, "maxInputCharsPerWord");
  Napi::Value classes = t.Get("classes");
  if (classes.IsTypedArray()) {
    Napi::Uint8Array c = classes.As<Napi::Uint8Array>();
    s.classes.assign(c.Data(), c.Data() + c.ElementLength());
  }
  Napi::Value keys = t.Get("mapKeys"), offs = t.Get("mapOffsets"), vals = t.Get("mapValues");
  if (keys.IsTypedArray() && offs.IsTypedArray() && vals.IsTypedArray()) {
    Napi::Uint32Array k = keys.As<Napi::Uint32Array>(), o = offs.As<Napi::Uint32Array>(), v = vals.As<Napi::Uint32Array>();
    if (o.ElementLength() != k.ElementLength() + 1) Throw(env, "OSM_NATIVE_TOKENIZER_INVALID", "bad normalisation table");
    for (size_t i = 0; i < k.ElementLength(); ++i) {
      if (o[i + 1] > v.ElementLength() || o[i] > o[i + 1]) Throw(env, "OSM_NATIVE_TOKENIZER_INVALID", "bad normalisation table");
      s.mapping.emplace(k[i], std::u32string(v.Data() + o[i], v.Data() + o[i + 1]));
    }
  }
  auto inRange = [&](int32_t id) { return id < 0 || static_cast<size_t>(id) < s.vocab.size(); };
  if (!inRange(s.unkId) || !inRange(s.clsId) || !inRange(s.sepId)) Throw(env, "OSM_NATIVE_TOKENIZER_INVALID", "special token id outside the vocabulary");
  return s;
}

std::vector<std::u16string> ReadTexts(Napi::Env env, Napi::Value v) {
  if (!v.IsArray()) Throw(env, "OSM_NATIVE_BAD_ARGUMENT", "texts must be an array of strings");
  Napi::Array arr = v.As<Napi::Array>();
  std::vector<std::u16string> out;
  out.reserve(arr.Length());
  for (uint32_t i = 0; i < arr.Length(); ++i) {
    Napi::Value s = arr.Get(i);
    if (!s.IsString()) Throw(env, "OSM_NATIVE_BAD_ARGUMENT", "texts[" + std::to_string(i) + "] is not a string");
    out.push_back(s.As<Napi::String>().Utf16Value());
  }
  return out;
}

// Base for workers that report NativeFailure codes.
class Worker : public Napi::AsyncWorker {
 public:
  explicit Worker(Napi::Env env) : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }

 protected:
  template <typename F>
  void Guard(F&& f) {
    try {
      f();
    } catch (const NativeFailure& e) {
      code_ = e.code;
      SetError(e.what());
    } catch (const std::bad_alloc&) {
      code_ = "OSM_NATIVE_OUT_OF_MEMORY";
      SetError("out of memory");
    } catch (const std::exception& e) {
      code_ = "OSM_NATIVE_INFERENCE_FAILED";
      SetError(e.what());
    }
  }
  void OnError(const Napi::Error& e) override {
    Done();
    deferred_.Reject(MakeError(Env(), code_.empty() ? "OSM_NATIVE_INFERENCE_FAILED" : code_, e.Message()));
  }
  virtual void Done() {}
  Napi::Promise::Deferred deferred_;
  std::string code_;
};

// A cancel handle for one native call: TS creates one per call that has an AbortSignal and calls
// cancel() when the signal aborts; the engine terminates the ORT run in progress (RunOptionsSetTerminate)
// and skips the remaining batches, and the call rejects with OSM_NATIVE_CANCELLED.
class JsRunControl : public Napi::ObjectWrap<JsRunControl> {
 public:
  static Napi::Function Init(Napi::Env env) {
    return DefineClass(env, "NativeRunControl",
                       {InstanceMethod<&JsRunControl::Cancel>("cancel"), InstanceMethod<&JsRunControl::Cancelled>("cancelled")});
  }
  explicit JsRunControl(const Napi::CallbackInfo& info) : Napi::ObjectWrap<JsRunControl>(info) {}
  std::shared_ptr<RunControl> Shared() const { return ctl_; }

 private:
  Napi::Value Cancel(const Napi::CallbackInfo& info) {
    ctl_->Cancel();
    return info.Env().Undefined();
  }
  Napi::Value Cancelled(const Napi::CallbackInfo& info) { return Napi::Boolean::New(info.Env(), ctl_->Cancelled()); }
  std::shared_ptr<RunControl> ctl_ = std::make_shared<RunControl>();
};

// The optional second argument of embed/classify: a NativeRunControl, or undefined.
std::shared_ptr<RunControl> ReadControl(Napi::Env env, const Napi::CallbackInfo& info, size_t at) {
  if (info.Length() <= at || info[at].IsUndefined() || info[at].IsNull()) return nullptr;
  auto* data = env.GetInstanceData<AddonData>();
  if (!info[at].IsObject() || !info[at].As<Napi::Object>().InstanceOf(data->runControlCtor.Value())) {
    Throw(env, "OSM_NATIVE_BAD_ARGUMENT", "the run control must come from createRunControl()");
  }
  return JsRunControl::Unwrap(info[at].As<Napi::Object>())->Shared();
}

class Model : public Napi::ObjectWrap<Model> {
 public:
  static Napi::Function Init(Napi::Env env) {
    return DefineClass(env, "NativeModel",
                       {InstanceMethod<&Model::Embed>("embed"), InstanceMethod<&Model::Classify>("classify"),
                        InstanceMethod<&Model::Encode>("encode"), InstanceMethod<&Model::Info>("info"),
                        InstanceMethod<&Model::Dispose>("dispose"), InstanceMethod<&Model::InFlight>("inFlight")});
  }
  explicit Model(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Model>(info) {
    if (info.Length() != 1 || !info[0].IsExternal()) Throw(info.Env(), "OSM_NATIVE_BAD_ARGUMENT", "NativeModel cannot be constructed directly; use loadModel()");
    auto* p = info[0].As<Napi::External<std::shared_ptr<Engine>>>().Data();
    engine_ = *p;
    delete p;
  }
  std::shared_ptr<Engine> Acquire(Napi::Env env) {
    if (!engine_) Throw(env, "OSM_NATIVE_DISPOSED", "the model has been disposed");
    inflight_->fetch_add(1);
    return engine_;
  }
  std::shared_ptr<std::atomic<int>> Counter() { return inflight_; }

 private:
  Napi::Value Embed(const Napi::CallbackInfo& info);
  Napi::Value Classify(const Napi::CallbackInfo& info);
  Napi::Value Encode(const Napi::CallbackInfo& info);
  Napi::Value Info(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!engine_) Throw(env, "OSM_NATIVE_DISPOSED", "the model has been disposed");
    Napi::Object o = Napi::Object::New(env);
    const EngineOptions& opt = engine_->Options();
    o.Set("provider", engine_->Provider());
    o.Set("fallbackReason", engine_->FallbackReason());
    o.Set("ortVersion", engine_->OrtVersion());
    o.Set("ortApiVersion", Napi::Number::New(env, ORT_API_VERSION_USED));
    o.Set("modelPath", opt.modelPath);
    o.Set("task", opt.task);
    o.Set("dim", Napi::Number::New(env, static_cast<double>(engine_->OutputDim())));
    o.Set("maxLength", Napi::Number::New(env, opt.maxLength));
    o.Set("maxBatchTokens", Napi::Number::New(env, engine_->BatchTokens()));
    o.Set("maxBatchSize", Napi::Number::New(env, opt.maxBatchSize));
    o.Set("pooling", opt.pooling);
    o.Set("pinnedHostBuffers", Napi::Boolean::New(env, engine_->PinnedHost()));
    o.Set("pinnedNote", engine_->PinnedNote());
    return o;
  }
  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    if (inflight_->load() > 0) Throw(info.Env(), "OSM_NATIVE_BUSY", "cannot dispose the model while " + std::to_string(inflight_->load()) + " run(s) are in flight");
    engine_.reset();
    return info.Env().Undefined();
  }
  Napi::Value InFlight(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), inflight_->load()); }
  static constexpr int ORT_API_VERSION_USED = 21;
  std::shared_ptr<Engine> engine_;
  std::shared_ptr<std::atomic<int>> inflight_ = std::make_shared<std::atomic<int>>(0);
};

class RunWorker : public Worker {
 public:
  RunWorker(Napi::Env env, std::shared_ptr<Engine> e, std::shared_ptr<std::atomic<int>> c, std::vector<std::u16string> t,
            std::shared_ptr<RunControl> ctl = nullptr)
      : Worker(env), engine_(std::move(e)), counter_(std::move(c)), texts_(std::move(t)), ctl_(std::move(ctl)) {}
  ~RunWorker() override { delete[] embed_.data; }

 protected:
  void Done() override {
    counter_->fetch_sub(1);
    engine_.reset();
  }
  std::shared_ptr<Engine> engine_;
  std::shared_ptr<std::atomic<int>> counter_;
  std::vector<std::u16string> texts_;
  std::shared_ptr<RunControl> ctl_;
  EmbedOutput embed_;
};

class EmbedWorker : public RunWorker {
 public:
  using RunWorker::RunWorker;
  void Execute() override { Guard([&] { embed_ = engine_->Embed(texts_, ctl_.get()); }); }
  void OnOK() override {
    Napi::Env env = Env();
    Done();
    const size_t bytes = embed_.n * embed_.dim * sizeof(float);
    float* data = embed_.data;
    embed_.data = nullptr;  // ownership moves to the ArrayBuffer finalizer
    Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(env, data, bytes, [](Napi::Env, void* p) { delete[] static_cast<float*>(p); });
    Napi::Object r = Napi::Object::New(env);
    r.Set("data", Napi::Float32Array::New(env, embed_.n * embed_.dim, ab, 0));
    r.Set("n", Napi::Number::New(env, static_cast<double>(embed_.n)));
    r.Set("dim", Napi::Number::New(env, static_cast<double>(embed_.dim)));
    Napi::Object st = Napi::Object::New(env);
    st.Set("tokens", Napi::Number::New(env, static_cast<double>(embed_.tokens)));
    st.Set("paddedTokens", Napi::Number::New(env, static_cast<double>(embed_.paddedTokens)));
    st.Set("batches", Napi::Number::New(env, static_cast<double>(embed_.batches)));
    st.Set("tokenizeMs", Napi::Number::New(env, embed_.tokenizeMs));
    st.Set("inferMs", Napi::Number::New(env, embed_.inferMs));
    st.Set("poolMs", Napi::Number::New(env, embed_.poolMs));
    r.Set("stats", st);
    deferred_.Resolve(r);
  }
};

class ClassifyWorker : public RunWorker {
 public:
  using RunWorker::RunWorker;
  void Execute() override { Guard([&] { out_ = engine_->Classify(texts_, ctl_.get()); }); }
  void OnOK() override {
    Napi::Env env = Env();
    Done();
    Napi::Array all = Napi::Array::New(env, out_.spans.size());
    for (size_t i = 0; i < out_.spans.size(); ++i) {
      Napi::Array list = Napi::Array::New(env, out_.spans[i].size());
      for (size_t j = 0; j < out_.spans[i].size(); ++j) {
        const Span& s = out_.spans[i][j];
        Napi::Object o = Napi::Object::New(env);
        o.Set("start", Napi::Number::New(env, s.start));
        o.Set("end", Napi::Number::New(env, s.end));
        o.Set("label", s.label);
        o.Set("score", Napi::Number::New(env, s.score));
        list.Set(static_cast<uint32_t>(j), o);
      }
      all.Set(static_cast<uint32_t>(i), list);
    }
    deferred_.Resolve(all);
  }

 private:
  ClassifyOutput out_;
};

class EncodeWorker : public RunWorker {
 public:
  EncodeWorker(Napi::Env env, std::shared_ptr<Engine> e, std::shared_ptr<std::atomic<int>> c, std::vector<std::u16string> t,
               std::shared_ptr<Tokenizer> tok, int32_t maxLength)
      : RunWorker(env, std::move(e), std::move(c), std::move(t)), tok_(std::move(tok)), maxLength_(maxLength) {}
  void Execute() override {
    Guard([&] {
      for (const auto& t : texts_) out_.push_back(tok_->Encode(t, maxLength_));
    });
  }
  void OnOK() override {
    Napi::Env env = Env();
    Done();
    Napi::Array all = Napi::Array::New(env, out_.size());
    for (size_t i = 0; i < out_.size(); ++i) {
      const Encoding& e = out_[i];
      Napi::Object o = Napi::Object::New(env);
      Napi::Int32Array ids = Napi::Int32Array::New(env, e.ids.size());
      Napi::Int32Array st = Napi::Int32Array::New(env, e.ids.size());
      Napi::Int32Array en = Napi::Int32Array::New(env, e.ids.size());
      for (size_t k = 0; k < e.ids.size(); ++k) {
        ids[k] = static_cast<int32_t>(e.ids[k]);
        st[k] = e.start[k];
        en[k] = e.end[k];
      }
      o.Set("ids", ids);
      o.Set("start", st);
      o.Set("end", en);
      all.Set(static_cast<uint32_t>(i), o);
    }
    deferred_.Resolve(all);
  }

 private:
  std::shared_ptr<Tokenizer> tok_;
  int32_t maxLength_;
  std::vector<Encoding> out_;
};

Napi::Value Model::Embed(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto texts = ReadTexts(env, info[0]);
  auto ctl = ReadControl(env, info, 1);
  auto e = Acquire(env);
  if (e->Options().task != "embedding") { inflight_->fetch_sub(1); Throw(env, "OSM_NATIVE_WRONG_TASK", "embed() needs a model loaded with task 'embedding'"); }
  auto* w = new EmbedWorker(env, e, inflight_, std::move(texts), std::move(ctl));
  w->Queue();
  return w->Promise();
}

Napi::Value Model::Classify(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto texts = ReadTexts(env, info[0]);
  auto ctl = ReadControl(env, info, 1);
  auto e = Acquire(env);
  if (e->Options().task != "token-classification") { inflight_->fetch_sub(1); Throw(env, "OSM_NATIVE_WRONG_TASK", "classifyTokens() needs a model loaded with task 'token-classification'"); }
  auto* w = new ClassifyWorker(env, e, inflight_, std::move(texts), std::move(ctl));
  w->Queue();
  return w->Promise();
}

Napi::Value Model::Encode(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto texts = ReadTexts(env, info[0]);
  int32_t maxLength = info.Length() > 1 && info[1].IsNumber() ? info[1].As<Napi::Number>().Int32Value() : 1 << 30;
  auto e = Acquire(env);
  auto* w = new EncodeWorker(env, e, inflight_, std::move(texts), e->SharedTokenizer(), maxLength);
  w->Queue();
  return w->Promise();
}

class LoadWorker : public Worker {
 public:
  LoadWorker(Napi::Env env, EngineOptions o, std::shared_ptr<Tokenizer> t) : Worker(env), opts_(std::move(o)), tok_(std::move(t)) {}
  void Execute() override { Guard([&] { engine_ = std::make_shared<Engine>(opts_, tok_); }); }
  void OnOK() override {
    Napi::Env env = Env();
    auto* data = env.GetInstanceData<AddonData>();
    auto* ext = new std::shared_ptr<Engine>(engine_);
    engine_.reset();
    deferred_.Resolve(data->modelCtor.New({Napi::External<std::shared_ptr<Engine>>::New(env, ext)}));
  }

 private:
  EngineOptions opts_;
  std::shared_ptr<Tokenizer> tok_;
  std::shared_ptr<Engine> engine_;
};

Napi::Value LoadModel(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsObject()) Throw(env, "OSM_NATIVE_BAD_ARGUMENT", "loadModel expects one options object");
  Napi::Object o = info[0].As<Napi::Object>();
  EngineOptions opts;
  const char* W = "options";
  opts.modelPath = ReqString(o, W, "modelPath");
  opts.ortLibrary = ReqString(o, W, "ortLibraryPath");
  opts.task = ReqString(o, W, "task");
  opts.device = ReqString(o, W, "device");
  opts.pooling = ReqString(o, W, "pooling");
  opts.normalize = ReqBool(o, W, "normalize");
  opts.deviceId = ReqInt(o, W, "deviceId");
  opts.threads = ReqInt(o, W, "threads");
  opts.maxLength = ReqInt(o, W, "maxLength");
  opts.maxBatchTokens = ReqInt(o, W, "maxBatchTokens");
  opts.cpuMaxBatchTokens = ReqInt(o, W, "cpuMaxBatchTokens");
  opts.maxBatchSize = ReqInt(o, W, "maxBatchSize");
  opts.allowSpinning = ReqBool(o, W, "allowSpinning");
  opts.pinnedHostBuffers = ReqBool(o, W, "pinnedHostBuffers");
  Napi::Array labels = Field(o, W, "labels", &Napi::Value::IsArray, "an array").As<Napi::Array>();
  for (uint32_t i = 0; i < labels.Length(); ++i) {
    Napi::Value l = labels.Get(i);
    if (!l.IsString()) ThrowType(env, "options.labels[" + std::to_string(i) + "] must be a string");
    opts.labels.push_back(l.As<Napi::String>().Utf8Value());
  }
  // The checks TS does too, repeated here so the engine never runs on values it cannot use.
  if (opts.task != "embedding" && opts.task != "token-classification") ThrowType(env, "options.task must be 'embedding' or 'token-classification'");
  if (opts.device != "auto" && opts.device != "cpu" && opts.device != "cuda") ThrowType(env, "options.device must be 'auto', 'cpu' or 'cuda'");
  if (opts.pooling != "mean" && opts.pooling != "cls") ThrowType(env, "options.pooling must be 'mean' or 'cls'");
  if (opts.maxLength < 3 || opts.maxBatchTokens < opts.maxLength || opts.cpuMaxBatchTokens < opts.maxLength || opts.maxBatchSize < 1 ||
      opts.threads < 0 || opts.deviceId < 0) {
    Throw(env, "OSM_NATIVE_BAD_OPTION",
          "maxLength >= 3, maxBatchTokens and cpuMaxBatchTokens >= maxLength, maxBatchSize >= 1, threads >= 0 and deviceId >= 0 are required");
  }
  Napi::Object tokSpec = Field(o, W, "tokenizer", &Napi::Value::IsObject, "an object").As<Napi::Object>();
  auto tok = std::make_shared<Tokenizer>(ReadTokenizer(env, tokSpec));
  auto* w = new LoadWorker(env, std::move(opts), std::move(tok));
  w->Queue();
  return w->Promise();
}

// nearest(matrix, dim, rows, queries, k, alive | null) -> { index: Int32Array, score: Float32Array }, nq * k each.
// The one synchronous call of the addon (an exception to the AsyncWorker rule): a short scan over memory the
// caller owns (the vector store's copy of the concept vectors, in the thread that resolves), which the caller may
// change as soon as it returns; it replaces sqlite-vec's synchronous scan, which took longer on the same thread.
Napi::Value Nearest(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto bad = [&](const std::string& m) { Throw(env, "OSM_NATIVE_BAD_ARGUMENT", "nearest(): " + m); };
  if (info.Length() < 6) bad("expects (matrix, dim, rows, queries, k, alive)");
  if (!info[0].IsTypedArray() || info[0].As<Napi::TypedArray>().TypedArrayType() != napi_float32_array) bad("matrix must be a Float32Array");
  if (!info[3].IsTypedArray() || info[3].As<Napi::TypedArray>().TypedArrayType() != napi_float32_array) bad("queries must be a Float32Array");
  for (int i : {1, 2, 4}) {
    if (!info[i].IsNumber()) bad("dim, rows and k must be integers");
    double v = info[i].As<Napi::Number>().DoubleValue();
    if (!std::isfinite(v) || v < 0 || v > 2147483647.0 || std::trunc(v) != v) bad("dim, rows and k must be integers");
  }
  Napi::Float32Array mat = info[0].As<Napi::Float32Array>();
  Napi::Float32Array queries = info[3].As<Napi::Float32Array>();
  const int32_t dim = info[1].As<Napi::Number>().Int32Value();
  const int32_t rows = info[2].As<Napi::Number>().Int32Value();
  const int32_t k = info[4].As<Napi::Number>().Int32Value();
  if (dim < 1) bad("dim must be at least 1");
  if (static_cast<size_t>(rows) * dim > mat.ElementLength()) bad("matrix holds fewer than rows x dim values");
  if (queries.ElementLength() % static_cast<size_t>(dim) != 0) bad("queries must hold whole rows of dim values");
  const uint8_t* alive = nullptr;
  if (!info[5].IsNull() && !info[5].IsUndefined()) {
    if (!info[5].IsTypedArray() || info[5].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) bad("alive must be a Uint8Array or null");
    Napi::Uint8Array a = info[5].As<Napi::Uint8Array>();
    if (a.ElementLength() < static_cast<size_t>(rows)) bad("alive must hold one byte per row");
    alive = a.Data();
  }
  const size_t queryRows = queries.ElementLength() / dim;
  if (queryRows > 2147483647u) bad("too many queries");
  const int32_t nq = static_cast<int32_t>(queryRows);
  // k beyond the rows only pads with -1: the output holds nq * min(k, rows) useful slots at most
  if (static_cast<double>(nq) * k > 268435456.0) bad("queries x k must stay under 2^28 slots");
  const size_t slots = static_cast<size_t>(nq) * k;
  Napi::Int32Array index = Napi::Int32Array::New(env, slots);
  Napi::Float32Array score = Napi::Float32Array::New(env, slots);
  NearestRows(mat.Data(), rows, dim, queries.Data(), nq, k, alive, index.Data(), score.Data());
  Napi::Object out = Napi::Object::New(env);
  out.Set("index", index);
  out.Set("score", score);
  return out;
}

Napi::Value SetErrorClass(const Napi::CallbackInfo& info) {
  auto* data = info.Env().GetInstanceData<AddonData>();
  if (info.Length() == 1 && info[0].IsFunction()) data->errorClass = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  auto* data = new AddonData();
  env.SetInstanceData<AddonData>(data);
  Napi::Function ctor = Model::Init(env);
  data->modelCtor = Napi::Persistent(ctor);
  Napi::Function runControl = JsRunControl::Init(env);
  data->runControlCtor = Napi::Persistent(runControl);
  exports.Set("createRunControl", Napi::Function::New(env, [](const Napi::CallbackInfo& info) {
    return info.Env().GetInstanceData<AddonData>()->runControlCtor.New({});
  }));
  exports.Set("loadModel", Napi::Function::New(env, LoadModel));
  exports.Set("setErrorClass", Napi::Function::New(env, SetErrorClass));
  exports.Set("nearest", Napi::Function::New(env, Nearest));
  exports.Set("NativeModel", ctor);
  return exports;
}

}  // namespace
}  // namespace osmose

static Napi::Object InitAddon(Napi::Env env, Napi::Object exports) { return osmose::Init(env, exports); }
NODE_API_MODULE(osmose_native_nlp, InitAddon)
