"""Page furniture removal by general line rules: credits, copyright, share/comment/newsletter widgets, teasers.

Rules only look at short lines (a long sentence that merely mentions a photo or a newsletter is content),
and are written against kinds of boilerplate, never against strings of particular articles.
"""

from __future__ import annotations

import re

# A line longer than this is treated as prose and never dropped whole.
SHORT = 160

_I = re.IGNORECASE
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"

# Labels of links to other articles ("Read also:", "Leggi anche", "Czytaj też:"), in the supported languages.
_TEASER_LABEL = (
    r"(?:read|look|see|watch|listen)\s+(?:also|more|next|too)\b|also\s+(?:read|see|watch)\b"
    r"|(?:related|more on this|more from [\w ]{1,30}|recommended|most read|trending|top stories"
    r"|you may also like|you might also like|further reading)(?:\s+(?:articles?|stories|news|coverage"
    r"|topics?|for you|content|reading))?\s*(?:[:.|»›-]|$)"
    r"|(?:lea|leer|lee|ver|vea) (?:también|además|más)\b|(?:te puede interesar|también te puede interesar"
    r"|más información|noticias relacionadas)\b|(?:kapcsolódó|ajánló|olvassa el|ezt is ajánljuk"
    r"|további cikkek)\b|(?:lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema)\b"
    r"|(?:leggi anche|leggi pure|vedi anche)\b|(?:czytaj|zobacz) (?:więcej|też|także)\b"
    r"|(?:leia|veja) (?:também|mais)\b|saiba mais\b|читайте (?:также|також)\b"
    r"|(?:click here|continue reading|keep reading)\b"
)
# A teaser label with nothing after it: the linked article's headline is the next line.
_BARE_TEASER = re.compile(rf"^(?:{_TEASER_LABEL})\s*[:.|»›-]?\s*$", _I)

# (name, pattern): a short line matching the pattern is dropped. Names are listed in docs/ingest.md.
LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "image credit or caption label",
        re.compile(
            r"^[(\[]?\s*(?:photo|photograph|image|picture|pic|foto|fotó|kép|imagen|imagem|video|credit|credits"
            r"|caption|image source|image caption|photo credit|file photo)s?\s*(?:by|credit|source)?\s*[:/|]",
            _I,
        ),
    ),
    (
        "photo agency credit",
        re.compile(
            r"\b(?:getty images|ap photo|afp photo|reuters/|/reuters|epa-efe|shutterstock|via getty|anadolu agency"
            r"|associated press photo|photo by\b|\(ap\)$|\(reuters\)$|\(afp\)$)",
            _I,
        ),
    ),
    (
        "copyright line",
        re.compile(r"^(?:©|\(c\)\s|copyright\b)|all rights reserved|todos los derechos reservados", _I),
    ),
    (
        "comment form or prompt",
        re.compile(
            r"^(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|post a comment|add a comment|show comments"
            r"|view comments|join the (?:conversation|discussion)|comentarios?|deja un comentario"
            r"|hozzászólások?|kommentek?|kommentárok?)\b\s*[:.!]?\s*(?:\(\d+\))?$"
            r"|your email address will not be published|required fields are marked"
            r"|you must be logged in to post a comment",
            _I,
        ),
    ),
    ("read-also teaser", re.compile(rf"^(?:{_TEASER_LABEL})|\(\+\)$", _I)),
    (
        "agency credit line",
        re.compile(
            r"^\(\s*(?:(?:additional|further)\s+)?(?:(?:reporting|writing|editing|compiled|research)\s+by"
            r"|(?:reporte|información)\s+de|reportage|(?:rédigé|édité)\s+par|(?:bericht|redigiert)\s+von)\b[^()]*\)$"
            r"|^(?:(?:additional|further)\s+)?reporting\s+by\b[^()]*;\s*(?:writing|editing)\s+by\b",
            _I,
        ),
    ),
    (
        "video prompt",
        re.compile(
            r"(?i:^(?:watch|listen|play)(?: now| live| video| the video| here)?\s*[:.!]?$)|^(?:WATCH|VIDEO|LISTEN):"
        ),
    ),
    (
        "share widget",
        re.compile(
            r"^share(?: this| the)?(?: article| story| post| page| link)?\s*[:!]?$|^share (?:this|on|via)\b"
            r"|^click to (?:share|print|email)\b|^(?:compartir|compártelo|megosztás|oszd meg|partager|teilen)\b"
            r"|^(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|email|e-mail|print|pinterest|copy link"
            r"|tweet|pin it)(?:\s*[|/,·•]\s*\w+)*\s*$|^follow us\b",
            _I,
        ),
    ),
    (
        "newsletter or subscription prompt",
        re.compile(
            r"\b(?:our|free|daily|weekly|morning|evening|email)\s+newsletters?\b|^newsletters?\b|^(?:subscribe|sign up|sign-up|get our|join our|suscríbete|suscribete|iratkozz"
            r"|abonnez-vous)\b|\bsubscribe (?:to|now|today)\b|\bsign up (?:for|to|now|here)\b"
            r"|\b(?:to|in) your inbox\b|\bbecome a (?:member|subscriber)\b|\bsubscribers? only\b",
            _I,
        ),
    ),
    (
        "cookie notice",
        re.compile(
            r"\bcookies?\b.*\b(?:accept|consent|policy|settings|we use|this (?:site|website) uses)\b"
            r"|\b(?:we use|this (?:site|website) uses)\b.*\bcookies?\b",
            _I,
        ),
    ),
    (
        "advertisement marker",
        re.compile(
            r"^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|paid content|publicidad|anuncio"
            r"|hirdetés|reklám|anzeige|publicité)\s*[-:.]?\s*$|^(?:scroll|story|article) (?:down )?"
            r"(?:to )?continues? (?:below|with content|after)|^scroll to continue",
            _I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^(?:home|menu|skip to (?:main )?content|back to top|go to top|print this page|log ?in|sign in"
            r"|register|search|close|next|previous|prev|load more|show more|more stories)\s*[»›>]?\s*$"
            r"|^(?:tags?|topics|filed under|categories|keywords)\s*:",
            _I,
        ),
    ),
    ("bare link", re.compile(r"^(?:https?://|www\.)\S+$", _I)),
    ("social embed", re.compile(r"pic\.twitter\.com/|\bt\.co/\w|—\s*[^()]{1,60}\(@\w{1,30}\)\s+\w+", _I)),
    (
        "date-only stamp",
        re.compile(
            rf"^(?:(?:{_WEEKDAYS})\s*,?\s*)?(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\.?\s+(?:{_MONTHS})\.?)"
            rf"\s*,?\s*\d{{4}}(?:\s*[,|]?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?$"
            r"|^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?\S*)?$|^\d{1,2}[./]\d{1,2}[./]\d{4}(?:,?\s+\d{1,2}:\d{2})?$"
            r"|^\d{4}\.\s*\w+\s+\d{1,2}\.(?:\s*\d{1,2}:\d{2})?$"
            r"|^(?=.{0,60}$)(?:updated|published|posted|last updated)\b.*\d{4}",
            _I,
        ),
    ),
    (
        "byline",
        re.compile(
            r"^[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*$"
        ),
    ),
]

# Inline credits stripped from inside or at the end of a kept line: "(Photo: ...)", "... Credit: AP".
# A trailing "© Owner" stays: it says who stands behind the caption, which attribution reads.
# Each alternative starts at the first blank of a run ((?<!\s)) and never lets two blank runs meet, so a line
# of hostile whitespace is scanned in linear time.
_INLINE_CREDIT = re.compile(
    r"(?<!\s)\s*[(\[]\s*(?:photo|image|picture|foto|fotó|kép|imagen|credit|source: getty)s?\s*(?:credit\s*)?"
    r"[:/][^()\[\]]{1,120}[)\]]"
    r"|(?<!\s)\s+(?:(?:photo|image|picture)\s*)?credits?\s*:\s*[^.!?]{1,60}$",
    re.IGNORECASE,
)
_OWNER = re.compile(r"(?<!\s)\s+©\s*[^.!?]{1,80}\.?$")
# An agency's credits closing the last paragraph: "... on Friday. (Reporting by Jan Lopatka; Editing by Alex
# Richardson)"; a line of credits alone goes whole, however long.
_AGENCY_CREDITS = re.compile(
    r"(?<!\s)\s*\(\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing)\s+by\b[^()]*\)$", re.IGNORECASE
)


def drop_reason(line: str) -> str | None:
    """The name of the rule that drops this line, or None when the line is kept."""
    if len(line) > SHORT:
        return None
    for name, pattern in LINE_RULES:
        if pattern.search(line):
            return name
    return None


# A credit that ends a caption names who stands behind it: "(AP Photo/Julia Nikhinson)" -> AP.
_CREDIT_WORDS = ("photo|photograph|picture|image|credit|video|footage|foto|fotografía|fotó|kép|imagen|imagem"
                 "|immagine|bild|crédit|фото")
_TRAILING_CREDIT = re.compile(
    rf"(?:^|[\s(\[|—–])(?:(?P<agency>[A-Z][A-Za-z&-]*[A-Za-z])\s)?(?P<word>(?i:{_CREDIT_WORDS}))s?\s*[:/|]\s*"
    r"(?P<src>[^()\[\]\n:]{2,80}?)\s*[)\]]?\s*$")


def strip_inline_credits(line: str) -> str:
    """Remove photo credits embedded in a line of prose, keeping the prose. A credit that ends a caption
    becomes "© SOURCE", the form the claims stage reads as the caption's source ("... in Moscow. Credit:
    AP" -> "... in Moscow. © AP")."""
    m = _TRAILING_CREDIT.search(line)
    owner = ""
    if m is not None and line[: m.start()].strip() and (
            line[m.start("word")].isupper() or "(" in line[m.start(): m.start("word")] or m.group("agency")):
        owner = (m.group("agency") or m.group("src")).strip(" .,;")
        line = line[: m.start()]
    prose = _INLINE_CREDIT.sub("", _AGENCY_CREDITS.sub("", line)).strip()
    return f"{prose} © {owner}" if owner and prose else prose


def _headline(line: str) -> bool:
    """A line that reads as a linked article's headline: short, and not a sentence closed by a full stop."""
    return len(line) <= SHORT and not line.rstrip().endswith(".")


def clean_paragraphs(paras: list[str]) -> list[str]:
    """Drop boilerplate paragraphs (and the headline after a bare "Read more:"), strip inline credits, and fold a
    caption repeated with its owner's credit."""
    kept: list[str] = []
    teaser = False
    for para in paras:
        if drop_reason(para) or teaser and _headline(para):
            teaser = bool(_BARE_TEASER.match(para))
            continue
        teaser = False
        para = strip_inline_credits(para)
        if not para or (kept and para == kept[-1]):
            continue
        if kept and _OWNER.sub("", para) == kept[-1]:  # a caption repeated with its owner: keep the credited one
            kept[-1] = para
            continue
        kept.append(para)
    return kept
