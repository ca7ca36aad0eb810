"""Content terms of a text, for bag-of-terms similarity: cheap, deterministic, language-light.

Used by the stories stage (documents) and the reconcile stage (claims). Stop words are spaCy's lists, read
from their files: importing spaCy (seconds) or its language packages (seconds more) for word lists would
slow every process that only compares texts, such as the web server.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from functools import cache
from pathlib import Path

from anyascii import anyascii

_WORD = re.compile(r"[a-z0-9]+(?:[-.,][a-z0-9]+)*")
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


def stem(word: str) -> str:
    """Strip one common English suffix (killed/kills/killing -> kill) without going below 3 letters."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)] + ("y" if suf == "ies" else "")
    return word


@cache
def _spacy_languages() -> Path:
    """spaCy's folder of per-language data, found without importing spaCy (a top-level package)."""
    spec = importlib.util.find_spec("spacy")
    return Path(spec.origin).parent / "lang"  # type: ignore[union-attr,arg-type]


@cache
def stop_words(languages: tuple[str, ...] = ("en",)) -> frozenset[str]:
    """spaCy's stop words of these languages, transliterated and lowercased as `terms` reads text. Each
    `spacy/lang/xx/stop_words.py` holds its list as one string literal (English adds contractions, which
    `terms` never yields); the literals are read without importing spaCy."""
    words: set[str] = set()
    for code in languages:
        tree = ast.parse((_spacy_languages() / code / "stop_words.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words |= {anyascii(w).lower() for w in node.value.split()}
    return frozenset(words)


@cache
def known_stop_words(code: str) -> bool:
    """Whether spaCy ships a stop-word list for this language code."""
    return bool(code) and (_spacy_languages() / code / "stop_words.py").is_file()


def stop_languages(language: str) -> tuple[str, ...]:
    """Whose stop words leave a text: English (quoted and mixed text) and the text's own language, so two
    Spanish texts do not meet on "que" and "para", while "Dali", a Ukrainian stop word, stays a content
    word of an English one."""
    return ("en", language) if language and language != "en" and known_stop_words(language) else ("en",)


def terms(text: str, languages: tuple[str, ...] = ("en",)) -> list[str]:
    """Content terms of a text: transliterated, lowercased, stop words of `languages` dropped, stemmed."""
    stops = stop_words(languages)
    return [stem(w) for w in _WORD.findall(anyascii(text).lower()) if w not in stops and len(w) > 1]
