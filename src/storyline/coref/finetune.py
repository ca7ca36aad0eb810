"""Low-rank (LoRA) fine-tuning of the MiniLM encoder so that coreferent mentions get close span vectors.

Only the low-rank factors are trained and shipped (`coref/models/encoder.npz`, under 1 MB); at run time they
are merged into a private copy of the shared MiniLM weights, so encoding costs what it cost before.
Training needs torch autograd on the CPU (a few minutes per pass over the ECB+ train topics) or a GPU.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn.functional import binary_cross_entropy_with_logits, normalize

from storyline.coref.cluster import by_group
from storyline.coref.mention import CorefMention

RANK = 8
ALPHA = 16.0
EPOCHS = 5  # the shipped encoder: best mean of entity and event CV (docs/coref.md)
FOLDS = 5
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
            weight = _module(tuned, name).weight
            a, b = (torch.from_numpy(factors[f"{name}.{k}"]).float().to(weight.device) for k in "ab")
            weight.addmm_(b, a, alpha=ALPHA / a.shape[0])
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
    device = next(trainable.parameters()).device
    for p in trainable.parameters():
        p.requires_grad = False
    lora = {name: LoRALinear(_module(trainable, name)) for name in layer_names(trainable)}
    for name, layer in lora.items():
        _set_module(trainable, name, layer)
    for layer in lora.values():
        layer.to(device)
    heads = nn.Parameter(torch.tensor([[10.0, -5.0]] * max(len(b) for b in batches), device=device))
    params = [p for m in lora.values() for p in (m.a, m.b)] + [heads]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    order = np.random.default_rng(seed)
    for _ in range(epochs):
        for k in order.permutation(len(batches)):
            loss = _batch_loss(tokenizer, trainable, batches[k], heads)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return {f"{n}.{p}": getattr(m, p).detach().cpu().numpy() for n, m in lora.items() for p in ("a", "b")}


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
    device = heads.device
    hidden = model(**enc.to(device)).last_hidden_state
    loss = torch.zeros((), device=device)
    for k, (mentions, chains) in enumerate(kinds):
        if len(mentions) < 2:
            continue
        rows = [span_rows(offsets[row[m.sentence]], m.start, m.end)[0] for m in mentions]
        vec = normalize(
            torch.stack([hidden[row[m.sentence], r].mean(0) for m, r in zip(mentions, rows, strict=True)])
        )
        i, j = torch.triu_indices(len(mentions), len(mentions), 1, device=device)
        gold = torch.tensor(chains[:, None] == chains[None, :], dtype=torch.float32, device=device)[i, j]
        logit = heads[k, 0] * (vec[i] * vec[j]).sum(1) + heads[k, 1]
        weight = torch.where(gold > 0, 1.0, NEGATIVE_WEIGHT)
        loss = loss + binary_cross_entropy_with_logits(logit, gold, weight=weight)
    return loss


def topic_of(group: str) -> int:
    """ECB+ topic number of a document cluster name ("12_1ecb" -> 12)."""
    return int(group.split("_")[0])


def fold_topics(topics: list[int]) -> list[list[int]]:
    """The same topic folds for every training stage."""
    ordered = sorted(topics)
    return [ordered[i::FOLDS] for i in range(FOLDS)]


def _base_encoder():
    """The shared MiniLM, or a copy of it on the GPU when torch sees one (training is ~20x faster there)."""
    from storyline.embeddings import model

    tokenizer, base = model()
    return tokenizer, copy.deepcopy(base).cuda() if torch.cuda.is_available() else base


def encoder_stage(
    mentions: dict[str, list[CorefMention]],
    chains: dict[str, list[str]],
    epochs: int = EPOCHS,
    encoder: tuple | None = None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Out-of-fold mention vectors per kind (each fold encoded by an update fitted on the other folds), and
    the update fitted on all train topics. With 0 epochs: the base encoder's vectors and no update."""
    from storyline.coref.embed import embed_mentions

    tokenizer, base = encoder or _base_encoder()
    if epochs == 0:
        return {kind: embed_mentions(ms, encoder=(tokenizer, base)) for kind, ms in mentions.items()}, {}
    groups = {kind: by_group(ms) for kind, ms in mentions.items()}

    def batches(topics: list[int]) -> list[list[tuple[list[CorefMention], np.ndarray]]]:
        names = sorted({g for by in groups.values() for g in by if topic_of(g) in topics})
        return [
            [
                (
                    [mentions[k][i] for i in groups[k].get(g, [])],
                    np.array([chains[k][i] for i in groups[k].get(g, [])]),
                )
                for k in mentions
            ]
            for g in names
        ]

    topics = sorted({topic_of(g) for by in groups.values() for g in by})
    emb = {
        kind: np.zeros((len(ms), 2, base.config.hidden_size), dtype=np.float32)
        for kind, ms in mentions.items()
    }
    for fold in fold_topics(topics):
        start = time.time()
        tuned = (
            tokenizer,
            merge(
                base, train_encoder(tokenizer, base, batches([t for t in topics if t not in fold]), epochs)
            ),
        )
        for kind, ms in mentions.items():
            idx = [i for i, m in enumerate(ms) if topic_of(m.group) in fold]
            emb[kind][idx] = embed_mentions([ms[i] for i in idx], encoder=tuned)
        print(f"encoder fold {fold}: {time.time() - start:.0f}s", flush=True)
    return emb, train_encoder(tokenizer, base, batches(topics), epochs)


def cached_encoder_stage(
    mentions: dict[str, list[CorefMention]],
    chains: dict[str, list[str]],
    epochs: int,
    cache: Path | None,
    encoder: tuple | None = None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """`encoder_stage`, or its saved result when `cache` holds one for the same mentions and epochs."""
    ids = np.array([f"{epochs}:{m.id}" for ms in mentions.values() for m in ms])
    path = cache / "encoder_stage.npz" if cache else None
    if path and path.exists():
        with np.load(path, allow_pickle=False) as z:
            if np.array_equal(z["ids"], ids):
                emb = {k: z[f"emb_{k}"] for k in mentions}
                return emb, {k.removeprefix("f_"): z[k] for k in z.files if k.startswith("f_")}
    emb, factors = encoder_stage(mentions, chains, epochs, encoder)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {f"emb_{k}": v for k, v in emb.items()} | {f"f_{k}": v for k, v in factors.items()}
        np.savez(path, ids=ids, **arrays)
    return emb, factors



class LoRALinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update: base(x) + (alpha / rank) x A^T B^T."""

    def __init__(self, base: nn.Linear) -> None:
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.randn(RANK, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, RANK))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.a.T @ self.b.T) * (ALPHA / RANK)
