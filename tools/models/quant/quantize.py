"""Static int8 quantisation of all-MiniLM-L6-v2 (recipe and figures: tools/models/quant/README.md).

  calibrate FP32 CALIB.jsonl RANGES.json  run the fp32 graph over the calibration token ids and write the
                                          activation ranges to RANGES.json (committed in the repository)
  build FP32 RANGES.json OUT.onnx         quantise with those fixed ranges: no calibration data needed, so a clean
                                          machine rebuilds the same bytes from the pinned fp32 model

What is quantised: the 36 weight MatMuls (Q, K, V, attention output, both feed-forward layers of the 6 layers),
QDQ format, weights int8 per output channel, inputs uint8 per tensor with a scale fixed here, outputs left in
fp32 (ONNX Runtime fuses each group into MatMulIntegerToFloat: int8 x int8 -> int32, exact, then one fp32
scale). Q.K^T and softmax.V stay fp32. Nothing is quantised per batch, so a text's vector does not depend on
the other texts of its batch (the dynamic int8 export's does).

Ranges: ONNX Runtime's MinMax calibration, then the inputs of the quantised MatMuls narrowed to the 0.001st /
99.999th percentile of their values (measured: cosine to fp32 0.990 mean vs 0.988 with plain min/max; the 99.99th
percentile clips the few very large activations these models depend on and collapses to 0.77).
"""
import json
import os
import sys
import tempfile

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, version_converter
from onnxruntime.quantization import CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType, quantize_static
from onnxruntime.quantization.shape_inference import quant_pre_process

PERCENTILE = 99.999
OPTS = dict(
    quant_format=QuantFormat.QDQ,
    op_types_to_quantize=["MatMul"],
    per_channel=True,
    reduce_range=False,
    activation_type=QuantType.QUInt8,
    weight_type=QuantType.QInt8,
    calibrate_method=CalibrationMethod.MinMax,
    extra_options={"OpTypesToExcludeOutputQuantization": ["MatMul"]},
)


def load_ids(path):
    with open(path) as f:
        return [json.loads(line)["ids"] for line in f if line.strip()]


def feed(ids):
    a = np.array([ids], dtype=np.int64)
    return {"input_ids": a, "attention_mask": np.ones_like(a), "token_type_ids": np.zeros_like(a)}


class Reader(CalibrationDataReader):
    """One text per run, no padding (padding would add the pad tokens' activations to the ranges)."""

    def __init__(self, rows):
        self.rows = rows
        self.i = 0

    def get_next(self):
        if self.i >= len(self.rows):
            return None
        self.i += 1
        return feed(self.rows[self.i - 1])


def preprocess(fp32, tmp):
    src = os.path.join(tmp, "opset13.onnx")
    # per-channel DequantizeLinear (its axis attribute) needs opset 13; the export is opset 11
    onnx.save(version_converter.convert_version(onnx.load(fp32), 13), src)
    pre = os.path.join(tmp, "pre.onnx")
    quant_pre_process(src, pre, skip_symbolic_shape=True)
    return pre


def activation_matmuls(path):
    """Q.K^T and softmax.V (no weight input): left in fp32."""
    m = onnx.load(path)
    inits = {i.name for i in m.graph.initializer}
    return [n.name for n in m.graph.node if n.op_type == "MatMul" and not any(i in inits for i in n.input)]


def dense_inputs(path):
    m = onnx.load(path)
    inits = {i.name for i in m.graph.initializer}
    return sorted({n.input[0] for n in m.graph.node if n.op_type == "MatMul" and n.input[1] in inits})


def calibrate(fp32, calib, ranges, tmp):
    pre = preprocess(fp32, tmp)
    rows = load_ids(calib)
    raw = os.path.join(tmp, "minmax.json")
    quantize_static(pre, os.path.join(tmp, "q.onnx"), Reader(rows), calibration_cache_path=raw,
                    nodes_to_exclude=activation_matmuls(pre), **OPTS)
    with open(raw) as f:
        table = json.load(f)
    # percentile ranges for the quantised inputs, over every second calibration text (memory)
    names = dense_inputs(pre)
    m = onnx.load(pre)
    for t in names:
        m.graph.output.append(helper.make_tensor_value_info(t, TensorProto.FLOAT, None))
    aug = os.path.join(tmp, "aug.onnx")
    onnx.save(m, aug)
    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    s = ort.InferenceSession(aug, so, providers=["CPUExecutionProvider"])
    vals = {t: [] for t in names}
    for r in rows[1::2]:
        for t, o in zip(names, s.run(names, feed(r))):
            vals[t].append(o.ravel())
    for t in names:
        v = np.concatenate(vals[t])
        vals[t] = None
        table["data"][t]["lowest"]["data"] = [min(float(np.percentile(v, 100 - PERCENTILE)), 0.0)]
        table["data"][t]["highest"]["data"] = [max(float(np.percentile(v, PERCENTILE)), 0.0)]
    table["data"] = {k: table["data"][k] for k in names}  # only what build reads
    with open(ranges, "w") as f:
        json.dump(table, f, sort_keys=True, indent=0)
        f.write("\n")


def build(fp32, ranges, out, tmp):
    pre = preprocess(fp32, tmp)
    quantize_static(pre, out, None, calibration_cache_path=ranges, nodes_to_exclude=activation_matmuls(pre), **OPTS)


def main():
    cmd = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="osmose-quant.") as tmp:
        if cmd == "calibrate":
            calibrate(sys.argv[2], sys.argv[3], sys.argv[4], tmp)
        elif cmd == "build":
            build(sys.argv[2], sys.argv[3], sys.argv[4], tmp)
        else:
            raise SystemExit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
