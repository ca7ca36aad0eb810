"""Per-language words the claims stage reads: reporting verbs, hedges, source markers, number words.

One `Lexicon` per language (en, fr, ru, es, de, hu, it, pt, pl, uk), the same fields in each, so the extraction code
is written once. Languages without a lexicon read with the English one, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lexicon:
    """The words of one language; sets hold lemmas, and word forms where no lemmatizer reads the language."""

    code: str
    # attribution and modality
    reporting: frozenset[str]
    denying: frozenset[str]
    questioning: frozenset[str]
    hedges: frozenset[str]  # words that hedge the clause holding them ("reportedly", "якобы")
    hedge_phrases: tuple[str, ...] = ()  # lowercase text: "said to", "al parecer"
    modal_hedges: frozenset[str] = frozenset()  # may/might/could
    modal_tag: str = ""  # when set, a modal hedge counts only with this tag (English MD: "may" the verb)
    conditional_hedges: bool = False  # the conditional mood is hearsay ("aurait été tué")
    unconfirmed: frozenset[str] = frozenset()  # confirm/verify: hedged when negated
    according: tuple[tuple[str, ...], ...] = ()  # words before a source: ("according", "to"), ("selon",)
    according_after: tuple[tuple[str, ...], ...] = ()  # words after a source: ("zufolge",)
    citing: tuple[tuple[str, ...], ...] = ()  # ("citing",), ("со", "ссылкой", "на")
    citing_after: tuple[tuple[str, ...], ...] = ()  # words after a cited source: ("hivatkozva",)
    marker_blockers: frozenset[str] = frozenset()  # a marker after them is another word: "il secondo giorno"
    inverted_speech: bool = False  # "..., a indiqué la police": a speaker after the verb, parsed as its object
    # prepositions before the source of a reporting verb without a subject: "сообщили в МЧС" ("said at the
    # Emergencies Ministry"), "в компании отрицают"
    impersonal_sources: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()  # "по словам X": the source is the noun's dependent
    participles: frozenset[str] = frozenset()  # reporting only after an auxiliary ("han informado")
    auxiliaries: frozenset[str] = frozenset()  # "ha", "hat": between a subject and its verb
    pronouns: frozenset[str] = frozenset()  # never a source, when read without a parse
    articles: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()  # "que", "dass": a source phrase ends before them
    capitalized_nouns: bool = False  # German: a noun phrase ends after its capitalized nouns
    verb_final: bool = False  # German: the participle ends the clause ("137 Menschen wurden ... getötet")
    head_final: bool = False  # Hungarian: a noun phrase starts at its article and ends with its noun
    case_endings: frozenset[str] = frozenset()  # endings a hyphen ties to a word: "BBC-re", "143-at"
    # clauses
    split_marks: frozenset[str] = frozenset()
    nested_marks: frozenset[str] = frozenset()  # "as", "when": a clause with its own named subject is a
    # statement of its own too, while its sentence keeps it (the clause may date the main one)
    relatives: frozenset[str] = frozenset()  # relative pronouns the tagger may not mark ("который")
    light_verbs: frozenset[str] = frozenset({"be", "have"})  # never the verb a date is of
    bounds: frozenset[str] = frozenset()  # "until", "since": a date after them is a bound
    temporal_preps: dict[str, str] = field(default_factory=dict)  # word -> during / after / before
    # numbers
    numbers_from_ner: bool = False  # English: the NER's CARDINAL/QUANTITY/MONEY spans; else token rules
    decimal_comma: bool = True
    number_words: dict[str, float] = field(default_factory=dict)
    article_ones: frozenset[str] = frozenset()  # "un", "ein": one only before a scale ("un million")
    scales: dict[str, float] = field(default_factory=dict)
    vague: dict[str, float] = field(default_factory=dict)  # plural vague quantities: lower bound
    about: dict[str, float] = field(default_factory=dict)  # "une dizaine", "десяток": about N
    connectors: frozenset[str] = frozenset()  # "vingt et un", "treinta y cinco"
    glued_numbers: bool = False  # number words written as one word: "százharminchárom", "centotrentatré"
    number_stems: dict[str, float] = field(default_factory=dict)  # forms before an ending: "hárm" (hárman)
    collective: frozenset[str] = frozenset()  # endings that make a number a count of people: "négyen"
    lower: tuple[str, ...] = ()
    upper: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    # two figures as the bounds of one: (word before the first or "", word between): ("entre", "y"), ("", "o")
    range_words: tuple[tuple[str, str], ...] = ()
    currency: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # word -> the English unit ("personnes" -> people)
    of_words: frozenset[str] = frozenset()  # "des dizaines de morts": the unit follows them
    killed: frozenset[str] = frozenset()
    injured: frozenset[str] = frozenset()
    toll_nouns: frozenset[str] = frozenset()  # "número (de muertos)", "Zahl (der Toten)": a count of what follows
    percent: frozenset[str] = frozenset({"%"})
    months: frozenset[str] = frozenset()  # a number before a month is a day, not a count
    year_words: frozenset[str] = frozenset()
    ages: tuple[str, ...] = ()  # regexes whose group "n" is an age in years: r"(?P<n>\d{1,3}) ans\b"
    update_cues: tuple[str, ...] = ()  # lowercase words just before a figure that make it an upward update
    update_after: tuple[str, ...] = ()  # ... or just after it: "137, up from 60" ("rose to": tolls grow)


def for_language(code: str) -> Lexicon:
    """The lexicon of a language; English for languages without one."""
    from storyline.claims.lexicon import de, en, es, fr, hu, it, pl, pt, ru, uk

    return {"en": en.EN, "fr": fr.FR, "ru": ru.RU, "es": es.ES, "de": de.DE, "hu": hu.HU, "it": it.IT,
            "pt": pt.PT, "pl": pl.PL, "uk": uk.UK}.get(code, en.EN)
