"""English: read over spaCy's English parse and NER (the behaviour every other language falls back to)."""

from storyline.claims.lexicon import Lexicon

SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

EN = Lexicon(
    code="en",
    reporting=frozenset({
        "say", "tell", "report", "claim", "announce", "state", "write", "confirm", "reveal", "add", "note",
        "allege", "insist", "deny", "accuse", "assert", "argue", "suggest", "explain", "declare", "warn",
        "indicate", "acknowledge", "admit", "maintain", "believe", "estimate", "quote", "cite", "show",
    }),
    denying=frozenset({"deny", "reject", "refute", "dismiss", "rebut", "contradict"}),
    questioning=frozenset({"question", "doubt", "dispute", "challenge"}),
    hedges=frozenset({
        "reportedly", "allegedly", "possibly", "apparently", "purportedly", "supposedly", "presumably",
        "perhaps", "maybe", "likely", "unconfirmed", "rumored", "rumoured", "suspected", "alleged", "probably",
    }),
    hedge_phrases=("said to", "believed to"),
    modal_hedges=frozenset({"may", "might", "could"}),
    modal_tag="MD",
    unconfirmed=frozenset({"confirm", "verify", "corroborate"}),
    according=(("according", "to"),),
    citing=(("citing",), ("quoting",)),
    split_marks=frozenset({"while", "whereas", "but", "although", "though"}),
    nested_marks=frozenset({"as", "when", "after", "before", "since"}),
    bounds=frozenset({"until", "till", "since", "by", "through", "before", "after", "from", "to", "ahead"}),
    temporal_preps={"during": "during", "after": "after", "before": "before", "amid": "amid"},
    numbers_from_ner=True,
    decimal_comma=False,
    number_words={
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "a": 1, "an": 1,
    },
    scales=SCALES,
    vague={"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2_000_000, "scores": 40, "several": 3},
    lower=("at least", "more than", "over", "above", "upwards of", "no fewer than", "no less than", "in excess of",
           # a figure passed: a toll that passes 1,200 is more than 1,200
           "passes", "passed", "passing", "tops", "topped", "topping", "exceeds", "exceeded", "exceeding", "surpasses", "surpassed"),
    upper=("up to", "fewer than", "less than", "under", "below", "no more than", "at most"),
    near=("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "an estimated",
          "estimated", "circa", "approx.", "just over", "just under"),
    currency={"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "dollars": "USD", "dollar": "USD",
              "euros": "EUR", "euro": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB"},
    of_words=frozenset({"of"}),
    toll_nouns=frozenset({"number", "toll", "count", "tally"}),
    killed=frozenset({"kill", "die", "dead", "death", "life", "fatality", "toll", "victim", "murder", "perish"}),
    injured=frozenset({"injure", "injured", "wound", "wounded", "hurt", "injury", "casualty"}),
    ages=(r"(?i)\b(?P<n>\d{1,3})[- ]years?[- ]old\b", r"(?i)\baged (?P<n>\d{1,3})\b",
          r"(?i)\bat (?:the )?age (?:of )?(?P<n>\d{1,3})\b", r"(?i)\bdie[sd]? at (?P<n>\d{1,3})\b"
          r"(?!\s*[:.,]\s*\d|\s*(?:%|[ap]\.?\s?m\b|o'clock|percent|noon|midnight))"),
    update_cues=("rose to", "risen to", "rises to", "rising to", "climbed to", "climbs to", "jumped to",
                 "surged to", "soared to", "increased to", "grown to", "grew to", "now stands at", "now stood at",
                 "has reached", "revised up to", "raised to"),
    update_after=("up from",),
)
