"""Stories stage: documents about the same happening, grouped by the names and words they share.

Documents are compared by TF-IDF over the entities they mention (resolved entity ids when the resolve
stage has run, so "Moscú" meets "Moscow"; else transliterated, lowercased names), the designations they
name ("Il-76" = "Ил-76") and the first letters of their capitalized words in Latin spelling ("Kakhovka" =
"Каховской" = "Каховської": declension and transliteration change a name's end, rarely its start), and by
TF-IDF over their content words, taking the higher of the two cosines, and clustered with average linkage. Names carry a
story across languages; words hold a pile of one story together when its articles name different
secondary people (the lawyer in some, the clinic in others) and the protagonist, named by all, weighs
little. The comparison needs nothing beyond the annotate stage.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict

import numpy as np
from anyascii import anyascii

from storyline.models import Annotation, Document
from storyline.terms import stop_languages, terms
from storyline.tfidf import TfIdf
from storyline.unionfind import UnionFind

SAME_STORY = 0.18  # average cosine of name vectors at which documents tell one story
SAME_STORY_SPARSE = 0.3  # pairwise cosine that links two documents when there are too many to cluster
DENSE_LIMIT = 4000


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", anyascii(text).lower()).strip()


# A designation: a capital, up to four letters and a number ("Il-76", "MH17", "Су-25", "F-16", "A320"), and
# what a language ties to it ("F-16s", Hungarian "Il-76-os")
_CODE = re.compile(r"(?<![\w-])(?P<l>[^\W\d_](?:[^\W\d_]{0,3}))-?(?P<n>\d{1,4})(?:-?[^\W\d_]{1,3})?(?![\w-])")


def codes(text: str) -> list[str]:
    """The designations a text names, spelled in Latin letters: "Ил-76", "Іл-76", "Ił-76" and "Il-76" are
    one aircraft type in four languages, a name no NER tags and no translation changes."""
    return [f"code:{_key(m.group('l')).replace(' ', '')}{m.group('n')}" for m in _CODE.finditer(text)
            if m.group("l")[:1].isupper()]


STEM = 5  # letters of a name, spelled in Latin letters, that stand for it across languages and cases


def stems(text: str, annotation: Annotation) -> list[str]:
    """The first letters, in Latin spelling, of the capitalized words inside a text's sentences: "Kakhovka",
    "Каховской ГЭС", "Каховської ГЕС" all give "kakho". Inflection and transliteration change a name's end,
    rarely its start; a sentence's first word is capitalized for another reason and is left out."""
    firsts = {s.start for s in annotation.sentences}
    out = []
    for m in _CAPITALIZED.finditer(text):
        if not m.group()[0].isupper() or m.start() in firsts or text[max(0, m.start() - 2): m.start()].strip()[-1:] in ".!?\n\"«“„":
            continue
        key = _key(m.group()).replace(" ", "")
        if len(key) > STEM:
            out.append(f"stem:{key[:STEM]}")
    return out


_CAPITALIZED = re.compile(r"(?<![\w-])[^\W\d_]{5,}")  # a word of five letters or more; stems keeps capitalized ones


def _vectors(annotations: list[Annotation], docs: list[Document] | None = None) -> TfIdf:
    """TF-IDF over the entities, designations and name stems each document mentions; a name only one
    document uses says nothing."""
    bags = [Counter(m.entity or _key(m.text) for m in a.mentions if m.entity or _key(m.text)) for a in annotations]
    for bag, doc, a in zip(bags, docs or [], annotations, strict=False):
        bag.update(codes(doc.text))
        bag.update(stems(doc.text, a))
    return TfIdf(bags, min_df=2)


def _word_vectors(docs: list[Document]) -> TfIdf:
    """TF-IDF over each document's content words, all of them: words no other document uses keep the
    cosine of two short articles from resting on the one word they share."""
    return TfIdf(Counter(t for t in terms(d.text, stop_languages(d.language)) if len(t) > 2) for d in docs)


def _matrices(docs: list[Document], annotations: list[Annotation]):
    """The documents' name vectors and word vectors, as sparse rows; two documents' similarity is the
    higher of their two cosines."""
    return _vectors(annotations, docs).matrix(), _word_vectors(docs).matrix()


def group_documents(docs: list[Document], annotations: list[Annotation]) -> list[list[int]]:
    """Indices of documents grouped into stories, largest story first.

    Average-linkage clustering: a document joins a story when it shares enough names with the story's
    documents on average, so a few names common to many stories (a country, a capital) cannot chain two
    stories together as single links would. Above DENSE_LIMIT documents the dense distance matrix is
    too large and linked pairs above SAME_STORY_SPARSE form the stories instead.
    """
    if len(docs) <= 1:
        return [list(range(len(docs)))] if docs else []
    names, words = _matrices(docs, annotations)
    if len(docs) > DENSE_LIMIT:
        return _linked(names, words, SAME_STORY_SPARSE)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    similarity = np.maximum((names @ names.T).toarray(), (words @ words.T).toarray())
    distance = np.clip(1.0 - similarity, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), "average"), 1.0 - SAME_STORY, "distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[int(label)].append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _linked(names, words, threshold: float) -> list[list[int]]:
    """Connected components of documents whose name or word vectors' cosine clears a threshold."""
    uf = UnionFind(range(names.shape[0]))
    for i in range(names.shape[0]):
        sims = np.maximum((names @ names[i].T).toarray().ravel(), (words @ words[i].T).toarray().ravel())
        for j in np.nonzero(sims >= threshold)[0]:
            uf.union(i, int(j))
    return sorted(uf.groups(), key=lambda g: (-len(g), g[0]))


def story_id(docs: list[Document]) -> str:
    """A story's id follows from its documents' content hashes."""
    return "s" + hashlib.sha1("\n".join(sorted(d.content_hash or d.id for d in docs)).encode()).hexdigest()[:10]


def story_title(docs: list[Document]) -> str:
    """The earliest-published document's title (ties: the first by path) names the story."""
    dated = sorted(docs, key=lambda d: (d.published or "9999", d.path))
    return next((d.title for d in dated if d.title), dated[0].text[:80] if dated else "")
