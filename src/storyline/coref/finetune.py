"""Low-rank (LoRA) fine-tuning of the MiniLM encoder so that coreferent mentions get close span vectors.

Only the low-rank factors are trained and shipped (`coref/models/encoder.npz`, under 1 MB); at run time they
are merged into a private copy of the shared MiniLM weights, so encoding costs what it cost before.
Training needs torch autograd on the CPU (a few minutes per pass over the ECB+ train topics) or a GPU.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn.functional import binary_cross_entropy_with_logits, normalize

from storyline.coref.mention import CorefMention

RANK = 8
ALPHA = 16.0
NEGATIVE_WEIGHT = 0.35  # non-coreferent pairs count for less: about the share the tree models keep
ADAPTED = (  # linear layers of each BERT block that get low-rank updates
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def _module(root, dotted: str):
    for part in dotted.split("."):
        root = getattr(root, part)
    return root


def _set_module(root, dotted: str, value) -> None:
    parent, _, name = dotted.rpartition(".")
    setattr(_module(root, parent) if parent else root, name, value)


def layer_names(model) -> list[str]:
    """Dotted paths of every adapted linear layer of a BERT-style encoder."""
    return [f"encoder.layer.{i}.{name}" for i in range(len(model.encoder.layer)) for name in ADAPTED]


def merge(model, factors: dict[str, np.ndarray]):
    """A copy of `model` with W + (alpha / rank) * B @ A added to each adapted layer."""
    tuned = copy.deepcopy(model)
    with torch.no_grad():
        for name in layer_names(tuned):
            a, b = factors[f"{name}.a"], factors[f"{name}.b"]
            delta = (ALPHA / a.shape[0]) * (b.astype(np.float32) @ a.astype(np.float32))
            _module(tuned, name).weight += torch.from_numpy(delta)
    return tuned.eval()


def save_factors(path: Path, factors: dict[str, np.ndarray]) -> None:
    """Write the low-rank factors as float16 arrays (no pickle)."""
    np.savez_compressed(path, **{k: v.astype(np.float16) for k, v in factors.items()})


def load_factors(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k].astype(np.float32) for k in z.files}


def span_rows(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[list[int], list[int]]:
    """Word-piece rows of a mention (characters start..end) and of its whole sentence, special tokens left out."""
    words = [j for j, (a, b) in enumerate(offsets) if b > a]
    keep = [j for j in words if offsets[j][0] < end and offsets[j][1] > start]
    return keep or words, words


def train_encoder(
    tokenizer,
    model,
    batches: Sequence[Sequence[tuple[list[CorefMention], np.ndarray]]],
    epochs: int = 3,
    lr: float = 1e-3,
    seed: int = 0,
) -> dict[str, np.ndarray]:
    """Low-rank factors that make coreferent mentions' span vectors close.

    `batches` holds, per document cluster, its mention lists with gold chain labels (one list per kind);
    each step encodes the cluster's sentences and minimizes the weighted logistic loss of a scaled cosine.
    """
    torch.manual_seed(seed)
    trainable = copy.deepcopy(model).train()
    for p in trainable.parameters():
        p.requires_grad = False
    lora = {name: LoRALinear(_module(trainable, name)) for name in layer_names(trainable)}
    for name, layer in lora.items():
        _set_module(trainable, name, layer)
    heads = nn.Parameter(torch.tensor([[10.0, -5.0]] * max(len(b) for b in batches)))
    params = [p for m in lora.values() for p in (m.a, m.b)] + [heads]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    order = np.random.default_rng(seed)
    for _ in range(epochs):
        for k in order.permutation(len(batches)):
            loss = _batch_loss(tokenizer, trainable, batches[k], heads)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return {f"{n}.{p}": getattr(m, p).detach().numpy().copy() for n, m in lora.items() for p in ("a", "b")}


def _batch_loss(tokenizer, model, kinds: Sequence[tuple[list[CorefMention], np.ndarray]], heads):
    """Sum over kinds of the weighted pair loss of one document cluster."""
    sentences = sorted({m.sentence for mentions, _ in kinds for m in mentions})
    row = {s: i for i, s in enumerate(sentences)}
    enc = tokenizer(
        sentences,
        padding=True,
        truncation=True,
        max_length=256,
        return_offsets_mapping=True,
        return_tensors="pt",
    )
    offsets = enc.pop("offset_mapping").tolist()
    hidden = model(**enc).last_hidden_state
    loss = torch.zeros(())
    for k, (mentions, chains) in enumerate(kinds):
        if len(mentions) < 2:
            continue
        rows = [span_rows(offsets[row[m.sentence]], m.start, m.end)[0] for m in mentions]
        vec = normalize(
            torch.stack([hidden[row[m.sentence], r].mean(0) for m, r in zip(mentions, rows, strict=True)])
        )
        i, j = torch.triu_indices(len(mentions), len(mentions), 1)
        gold = torch.tensor(chains[:, None] == chains[None, :], dtype=torch.float32)[i, j]
        logit = heads[k, 0] * (vec[i] * vec[j]).sum(1) + heads[k, 1]
        weight = torch.where(gold > 0, 1.0, NEGATIVE_WEIGHT)
        loss = loss + binary_cross_entropy_with_logits(logit, gold, weight=weight)
    return loss


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update: base(x) + (alpha / rank) x A^T B^T."""

    def __init__(self, base: nn.Linear) -> None:
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.randn(RANK, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, RANK))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.a.T @ self.b.T) * (ALPHA / RANK)
