"""Contextual mention vectors from all-MiniLM-L6-v2 with the coreference fine-tuning merged in (offline)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from storyline.coref.mention import CorefMention
from storyline.embeddings import model as base_encoder

ENCODER_FACTORS = Path(__file__).parent / "models" / "encoder.npz"


@cache
def tuned_encoder(path: Path = ENCODER_FACTORS) -> tuple[Any, Any]:
    """(tokenizer, encoder): MiniLM with the shipped low-rank coreference update merged into a private copy
    (the plain MiniLM where no update is shipped)."""
    from storyline.coref.finetune import load_factors, merge

    tokenizer, model = base_encoder()
    return tokenizer, merge(model, load_factors(path)) if path.exists() else model


def embed_mentions(
    mentions: list[CorefMention], batch: int = 32, encoder: tuple[Any, Any] | None = None
) -> np.ndarray:
    """(n, 2, d): per mention, the mean encoder vector over its word pieces, and over its whole sentence."""
    import torch

    from storyline.coref.finetune import span_rows

    tokenizer, model = encoder or tuned_encoder()
    device = next(model.parameters()).device
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
            vectors.extend(model(**enc.to(device)).last_hidden_state.float().cpu().numpy())
    for k, m in enumerate(mentions):
        row = row_of[m.sentence]
        span, words = span_rows(offsets[row], m.start, m.end)
        out[k, 0] = vectors[row][span].mean(0)
        out[k, 1] = vectors[row][words].mean(0)
    return out
