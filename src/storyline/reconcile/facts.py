"""Facts: claims across documents that state the same thing, grouped by mutual best lexical match."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import replace

import numpy as np

from storyline.claims.lexicon.concepts import concepts
from storyline.models import Claim, Value
from storyline.reconcile.text import statement
from storyline.resolve import gazetteer
from storyline.resolve.names import entity_id
from storyline.terms import stop_languages, terms
from storyline.tfidf import TfIdf
from storyline.unionfind import UnionFind

SAME_FACT = 0.42  # similarity above which two claims may state the same thing (words only)
SAME_FACT_EMBEDDED = 0.55  # the same, when sentence embeddings are mixed in
EMBEDDING_WEIGHT = 0.7  # share of the embedding cosine in the mixed similarity
NEIGHBOURS = 24  # embedding neighbours considered per claim
ENCODER_LANGUAGES = frozenset({"en", ""})  # languages the sentence encoder reads (all-MiniLM-L6-v2: English);
# "" is a claim whose language no one gave. Elsewhere its word pieces say little: two unrelated Russian
# sentences are 0.92 apart, two German ones 0.62, two English ones 0.14.
BLOCK_CELLS = 2_000_000  # word cosines held at once (16 MB); a block of rows against every claim
MAX_POSTINGS = 200  # terms and anchors shared by more claims than this propose no candidates
ANCHOR_BONUS = 0.15  # added per shared anchor (figure with unit, specific entity), at most two
CROSS_LINGUAL = 0.27  # below the threshold, the floor of the similarity of claims in two languages:
# with two shared anchors (+0.30) they clear it, with one they do not
VERB_BONUS = 0.08  # added when both claims have the same main verb (not a light or reporting verb)
LIGHT_VERBS = frozenset({"be", "have", "do", "make", "get", "say", "tell", "report", "take", "give", "go",
                         "come", "add", "include", "state", "claim", "accord"})


_ADMIN_SUFFIX = re.compile(r"-(?:region|oblast|province|krai|kray|district|county|prefecture|governorate)$")


def _pin(entity: str) -> str:
    """The anchor an entity gives. A region named after its city pins as the city, so "Russia's Bryansk
    Region" meets "the Bryansk region" when one article's NER took the region word in and another's did not."""
    return "e:" + (_ADMIN_SUFFIX.sub("", entity) if entity.startswith(("e:gpe:", "e:loc:")) else entity)


def _stable_id(prefix: str, members: list[str]) -> str:
    return prefix + hashlib.sha1("\n".join(sorted(members)).encode()).hexdigest()[:10]


def anchors(claims: list[Claim], languages: list[str] | None = None) -> list[set[str]]:
    """What pins a claim to one fact beyond its words: its stated figures and its specific entities, and
    for claims in another language (`languages`, one per claim) how it tells (see `_told`).

    An entity named in more than a tenth of the story's claims (the protagonist, the country) pins nothing,
    unless it is named no more often than there are documents: in a small story, "Faenza" in one claim of
    each of three articles marks one fact.
    """
    from storyline.claims.values import PEOPLE, canonical

    counts: dict[str, int] = defaultdict(int)
    if languages is not None and len(set(languages)) > 1:  # told anchors count between languages only
        told = [_told(c, lang) for c, lang in zip(claims, languages, strict=True)]
    else:
        told = [set() for _ in claims]
    within = [_countries_of(c) for c in claims]
    for c, extra, outer in zip(claims, told, within, strict=True):
        for pin in {_pin(e) for e in c.entities} | extra | outer:
            counts[pin] += 1
    common = max(2, len(claims) // 10, len({c.doc for c in claims}))  # once per document is specific
    inner = inner_spans(claims)
    out = []
    for c, nested, extra, outer in zip(claims, inner, told, within, strict=True):
        theirs = {v.normalized for v in c.values if any(a <= v.start and v.end <= b for a, b in nested)}
        ours = {v.normalized for v in c.values if not any(a <= v.start and v.end <= b for a, b in nested)}
        pins = {_pin(e) for e in c.entities if counts[_pin(e)] <= common and (e in ours or e not in theirs)}
        pins |= {pin for pin in extra | outer if counts[pin] <= common}
        for v in c.values:
            if v.kind == "number" and v.unit and not any(a <= v.start and v.end <= b for a, b in nested):
                stated = _figure(v)  # the figure as stated: "about eight knots" pins 8, not its bound
                unit, lo, _ = canonical(replace(v, lower=stated, upper=stated))
                # "11 people", "once individuos", "120 passagers" and "120 personas a bordo": one figure
                unit = "people" if unit in PEOPLE or unit == "passenger" else unit
                pins.add(f"n:{unit}:{lo if lo is None else round(lo, 1)}")
        out.append(pins)
    return out


def _countries_of(c: Claim) -> set[str]:
    """The countries of the cities a claim names, as the anchors those countries give: "on its way to
    Colombo" and "bound for Sri Lanka" name one destination. A country the story names often pins nothing,
    as any common anchor."""
    out = set()
    for v in c.values:
        if v.kind == "place" and (p := gazetteer.lookup(v.text)) is not None and p.kind == "city" and p.country:
            out.add(_pin(entity_id("GPE", p.country)))
    return out


_CLOCK = re.compile(r"T(\d\d:\d\d)")
ACTORS = ("e:person:",)  # who undergoes or does a happening; its place, or a car make, is backdrop
TOLD = ("t:", "d:", "m:", "v:")  # anchors of how a claim tells (a clock time, a day, a denial, a kind of
# happening): they count across languages only
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def _told(c: Claim, language: str) -> set[str]:
    """Anchors a claim has in how it tells, in any language: a clock time ("by 6 p.m.", "к 18:00", read
    without its day, which articles of different days resolve differently), the day a date names ("dimanche
    soir" and "el domingo por la noche" read against their articles' dates), a denial, and, when it names
    one kind of happening only, that kind with each person it names ("arrêté" and "detuvo" with Luis
    Ortega: worth two anchors, though he is named everywhere; the kind alone would join any two claims
    that name a car and a flight). Between claims of one language their words say as much,
    and "around 1:30 a.m." in every English claim of a story would pin them all together, so these count
    only between languages."""
    pins = {f"t:{m.group(1)}" for v in c.values if v.kind == "date" and (m := _CLOCK.search(v.normalized))}
    pins |= {f"d:{m.group()}" for v in c.values if v.kind == "date" and (m := _DAY.match(v.normalized))}
    if c.modality == "denied":
        pins.add("m:denied")
    named = concepts(statement(c), language) if language else set()
    if len(named) == 1:  # "11 detained after the attack on Crocus" is no attack claim to pin by its hall
        pins.update(f"v:{next(iter(named))}|{_pin(e)}" for e in c.entities if e.startswith(ACTORS))
    return pins


PLACE_PINS = ("e:e:gpe:", "e:e:loc:")  # anchors of places: where a story happens, a backdrop of many claims


def _weight(shared: set[str]) -> int:
    """How many anchors two claims in two languages share, at most two: a happening with its person
    ("v:arrest|e:person:...") counts two, being two things in common; places count one together, since a
    quake's epicentre and the city near it also stand in the rescue team's arrival there."""
    places = sum(1 for p in shared if p.startswith(PLACE_PINS))
    return min(2, min(1, places) + sum(2 if p.startswith("v:") else 1 for p in shared if not p.startswith(PLACE_PINS)))


def _figure(v: Value) -> float | None:
    try:
        return float(v.normalized)
    except ValueError:
        return v.lower


def inner_spans(claims: list[Claim]) -> list[list[tuple[int, int]]]:
    """Per claim, the spans of the other claims of its document that lie inside it (its relative and
    adverbial clauses). A figure there is theirs: in "Russia mourned the attack that killed 137", the 137
    pins the killing, not the mourning."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc].append(c)
    return [[(o.start, o.end) for o in by_doc[c.doc]
             if o is not c and c.start <= o.start and o.end <= c.end and (o.start, o.end) != (c.start, c.end)]
            for c in claims]


def statements(claims: list[Claim]) -> list[str]:
    """What each claim says on its own, for comparing claims: its words less its own relative and
    adverbial clauses (see _own_words) and the names of its cited sources."""
    return [_own_words(c, spans) for c, spans in zip(claims, inner_spans(claims), strict=True)]


def _own_words(c: Claim, inner: list[tuple[int, int]]) -> str:
    """What a claim says less its own relative and adverbial clauses, which are claims of their own: "The
    pilot, who had stolen a Mi-8 from a Kursk airbase, was killed on February 13" compares as "The pilot,
    was killed on February 13"."""
    merged: list[list[int]] = []
    for start, end in sorted(inner):  # a clause inside another is cut with it
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    text = c.text
    for start, end in reversed(merged):
        a, b = start - c.start, end - c.start
        if 0 <= a < b <= len(text):
            text = text[:a] + " " + text[b:]
    return statement(replace(c, text=text))


def _neighbours(vectors: np.ndarray, k: int, block: int = 1024) -> list[set[int]]:
    """For each row, the k rows of highest cosine (vectors are unit length), computed block by block."""
    n = len(vectors)
    out: list[set[int]] = []
    k = min(k, n - 1)
    if k <= 0:
        return [set() for _ in range(n)]
    for start in range(0, n, block):
        sims = vectors[start: start + block] @ vectors.T
        top = np.argpartition(-sims, k, axis=1)[:, : k + 1]
        out.extend({int(j) for j in row if j != start + r} for r, row in enumerate(top))
    return out


def group_claims(claims: list[Claim], vectors: np.ndarray | None = None,
                 pins: list[set[str]] | None = None, languages: list[str] | None = None) -> list[list[int]]:
    """Indices of claims grouped into facts; each group ordered by input order, groups by first member.

    A fact holds at most one claim per document: a document that says a thing twice still says it once.
    Similarity mixes the TF-IDF cosine of the claims' words with the cosine of their sentence embeddings
    (when given), plus a bonus per shared anchor (a figure with its unit, a specific entity). Two claims
    from different documents join when each is the other's best match in its document and the
    similarity clears the threshold; mutual best matches keep one long chain from gluing unrelated
    statements together. Candidates come from shared rare terms, shared anchors and embedding
    neighbours, so the work grows with the number of claims, not its square (beyond one matrix product).
    Between claims in different `languages` (one per claim), words and the English encoder say little, so
    the similarity is at least the threshold less CROSS_LINGUAL and the anchors decide: two shared ones join the claims.
    The embedding is mixed in only where both claims are in a language the encoder reads (ENCODER_LANGUAGES);
    any other pair is judged on words, against the words-only threshold.
    """
    tfidf = TfIdf(Counter(terms(said, stop_languages(lang)))
                  for said, lang in zip(statements(claims), languages or [""] * len(claims), strict=True))
    pins = pins if pins is not None else anchors(claims)
    verbs = np.array([_main_verb(c) for c in claims], dtype=object)
    langs = np.array(languages, dtype=object) if languages is not None else None
    threshold = SAME_FACT if vectors is None else SAME_FACT_EMBEDDED
    read = (np.array([lang in ENCODER_LANGUAGES for lang in languages], dtype=bool) if languages is not None
            else np.ones(len(claims), dtype=bool))
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(tfidf.vectors):
        for term in vec:
            index[term].append(i)
        for pin in pins[i]:
            index[pin].append(i)
    limit = len(claims) if vectors is None else max(MAX_POSTINGS, len(claims) // 20)
    near = _neighbours(vectors, NEIGHBOURS) if vectors is not None else [set() for _ in claims]
    near = [n if read[i] else set() for i, n in enumerate(near)]
    words = tfidf.matrix()
    codes: dict[str, int] = {}
    doc_code = np.array([codes.setdefault(c.doc, len(codes)) for c in claims], dtype=np.int64)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    block = max(1, BLOCK_CELLS // max(1, len(claims)))  # rows of word cosines computed at once
    for i in range(len(claims)):
        if i % block == 0:
            cosines = (words[i: i + block] @ words.T).toarray()
        keys = [k for k in (*tfidf.vectors[i], *pins[i]) if len(index[k]) <= limit]
        cands = np.array(sorted({j for key in keys for j in index[key]} | near[i]), dtype=np.int64)
        cands = cands[doc_code[cands] != doc_code[i]] if len(cands) else cands
        if not len(cands):
            continue
        sims = cosines[i % block, cands]
        if vectors is not None:  # words alone where the encoder cannot read both, shifted onto this threshold
            both = read[cands] & read[i]
            sims = np.where(both, (1 - EMBEDDING_WEIGHT) * sims + EMBEDDING_WEIGHT * (vectors[cands] @ vectors[i]),
                            sims + SAME_FACT_EMBEDDED - SAME_FACT)
        if langs is not None:
            sims = np.where(langs[cands] != langs[i], np.maximum(sims, threshold - CROSS_LINGUAL), sims)
        if verbs[i]:
            sims = sims + VERB_BONUS * (verbs[cands] == verbs[i])
        if pins[i]:
            worded = {p for p in pins[i] if not p.startswith(TOLD)}  # what words already say in one language
            if langs is None or not (langs[cands] != langs[i]).any():  # one language: the common, fast case
                shared = np.array([min(2, len(worded & pins[j])) for j in cands])
            else:
                shared = np.array([_weight(pins[i] & pins[j]) if langs[j] != langs[i] else min(2, len(worded & pins[j]))
                                   for j in cands])
            sims = sims + ANCHOR_BONUS * shared
        # the best candidate of each other document (ties: the earliest claim)
        order = np.lexsort((cands, -sims, doc_code[cands]))
        first = np.ones(len(order), dtype=bool)
        first[1:] = doc_code[cands][order][1:] != doc_code[cands][order][:-1]
        for k in order[first]:
            j = int(cands[k])
            best[(i, claims[j].doc)] = (float(sims[k]), j)
    uf = UnionFind(range(len(claims)))
    docs_of = {i: {c.doc} for i, c in enumerate(claims)}
    edges = sorted(((sim, i, j) for (i, _doc), (sim, j) in best.items()
                    if i < j and sim >= threshold and best.get((j, claims[i].doc), (0.0, -1))[1] == i),
                   key=lambda e: (-e[0], e[1], e[2]))
    for _sim, i, j in edges:  # strongest first; a fact holds at most one claim per document
        a, b = uf.find(i), uf.find(j)
        if a != b and not docs_of[a] & docs_of[b]:
            docs_of[uf.union(a, b)] = docs_of[a] | docs_of[b]
    return uf.groups()


def _main_verb(c: Claim) -> str:
    """The claim's own verb lemma when it carries meaning ("urge", "kill"), else ""."""
    verb = c.predicate.replace("not ", "").split(" ")[0] if c.predicate else ""
    return "" if verb in LIGHT_VERBS else verb


def fact_id(claim_ids: list[str]) -> str:
    """A fact's id follows from its claims, so equal input gives equal ids across runs."""
    return _stable_id("f", claim_ids)
