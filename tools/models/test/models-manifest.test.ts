import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from '../fetch.js';
import { NER_LABELS, buildNerModel, generateNerModel, labelOfPiece, nerVocab } from '../ner/generate.js';

describe('model manifest', () => {
  it('pins every file by sha256 and names a default that setup installs', () => {
    expect(manifest.models[manifest.default]).toBeDefined();
    expect(manifest.setup).toContain(manifest.default);
    for (const [name, m] of Object.entries(manifest.models)) {
      if (m.quantize) {
        // built here (tools/models/quant) from another pinned model
        expect(manifest.models[m.quantize.from], name).toBeDefined();
        expect(m.artifact).toBeUndefined();
      } else {
        expect(m.artifact, name).toMatch(/^dev\.langchain4j:langchain4j-embeddings-[\w-]+:[\w.-]+$/);
        expect(m.jarSha256).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(Object.keys(m.files).sort()).toEqual(['model.onnx', 'tokenizer.json']);
      for (const f of Object.values(m.files)) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(['mean', 'cls']).toContain(m.config.pooling);
      expect(m.config.dim).toBe(384);
    }
  });
});

describe('generated NER model', () => {
  it('is byte-for-byte deterministic and written idempotently', () => {
    const a = buildNerModel();
    const b = buildNerModel();
    expect(Buffer.from(a.onnx).equals(Buffer.from(b.onnx))).toBe(true);
    expect(a.tokenizer).toBe(b.tokenizer);
    const dir = mkdtempSync(join(tmpdir(), 'osmose-ner-'));
    try {
      generateNerModel(dir);
      for (const f of ['model.onnx', 'tokenizer.json', 'config.json'])
        expect(existsSync(join(dir, f))).toBe(true);
      const cfg = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {
        labels: string[];
        task: string;
      };
      expect(cfg.labels).toEqual([...NER_LABELS]);
      expect(cfg.task).toBe('token-classification');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('maps lexicon pieces to their labels and everything else to O', () => {
    const vocab = nerVocab();
    expect(new Set(vocab).size).toBe(vocab.length);
    expect(NER_LABELS[labelOfPiece('acme')]).toBe('B-ORG');
    expect(NER_LABELS[labelOfPiece('##soft')]).toBe('I-ORG');
    expect(NER_LABELS[labelOfPiece('the')]).toBe('O');
  });
});
