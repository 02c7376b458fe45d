/**
 * A minimal ONNX protobuf writer (just the ModelProto/GraphProto/NodeProto/TensorProto fields the
 * NER generator needs), so the model is built deterministically without Python or a protobuf library.
 * Field numbers follow onnx/onnx.proto.
 */
class Writer {
  private parts: number[] = [];
  varint(n: number | bigint): this {
    let v = BigInt.asUintN(64, BigInt(n));
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v !== 0n) b |= 0x80;
      this.parts.push(b);
    } while (v !== 0n);
    return this;
  }
  key(field: number, wire: number): this {
    return this.varint((field << 3) | wire);
  }
  int(field: number, n: number): this {
    return this.key(field, 0).varint(n);
  }
  bytes(field: number, b: Uint8Array): this {
    this.key(field, 2).varint(b.length);
    for (const x of b) this.parts.push(x);
    return this;
  }
  str(field: number, s: string): this {
    return this.bytes(field, new TextEncoder().encode(s));
  }
  msg(field: number, w: Writer): this {
    return this.bytes(field, w.done());
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

export const FLOAT = 1;
export const INT64 = 7;

export interface Tensor {
  name: string;
  dims: number[];
  type: typeof FLOAT | typeof INT64;
  data: Float32Array | BigInt64Array;
}
export interface Node {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: { name: string; int: number }[];
}
export interface IO {
  name: string;
  type: number;
  shape: (number | string)[];
}

function tensor(t: Tensor): Writer {
  const w = new Writer();
  for (const d of t.dims) w.int(1, d);
  w.int(2, t.type).str(8, t.name);
  return w.bytes(9, new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
}

function valueInfo(v: IO): Writer {
  const shape = new Writer();
  for (const d of v.shape)
    shape.msg(1, typeof d === 'number' ? new Writer().int(1, d) : new Writer().str(2, d));
  const tt = new Writer().int(1, v.type).msg(2, shape);
  return new Writer().str(1, v.name).msg(2, new Writer().msg(1, tt));
}

export function writeModel(g: {
  name: string;
  nodes: Node[];
  initializers: Tensor[];
  inputs: IO[];
  outputs: IO[];
  opset: number;
}): Uint8Array {
  const graph = new Writer();
  g.nodes.forEach((n, i) => {
    const w = new Writer();
    for (const x of n.inputs) w.str(1, x);
    for (const x of n.outputs) w.str(2, x);
    w.str(3, `${n.op}_${i}`).str(4, n.op);
    for (const a of n.attrs ?? []) w.msg(5, new Writer().str(1, a.name).int(20, 2).int(3, a.int));
    graph.msg(1, w);
  });
  graph.str(2, g.name);
  for (const t of g.initializers) graph.msg(5, tensor(t));
  for (const v of g.inputs) graph.msg(11, valueInfo(v));
  for (const v of g.outputs) graph.msg(12, valueInfo(v));
  return new Writer()
    .int(1, 8)
    .str(2, 'osmose-ner-generator')
    .msg(7, graph)
    .msg(8, new Writer().str(1, '').int(2, g.opset))
    .done();
}
