"""What kind of happening a claim tells, in any of the lexicon languages: the same arrest is "arrested",
"detuvo", "arrêté", "festgenommen", "zatrzymała", "задержали". Between articles in two languages the
words of two claims say nothing of each other; the happening they name is one thing they can share.

Each concept lists word beginnings per language (lowercase), matched against the start of every word of a
claim; one ending in "=" is a whole word ("dead=" is not "deadline"). They are chosen long enough not to
begin common words of the language ("fug" would, "fugg" does not). Written by hand: no offline library
maps news verbs across these languages.
"""

from __future__ import annotations

import re
from functools import cache

CONCEPTS: dict[str, dict[str, tuple[str, ...]]] = {
    "arrest": {
        "en": ("arrest", "detain", "apprehend"), "es": ("detuv", "detenid", "arrestad", "capturad"),
        "fr": ("arrêt", "interpell", "appréhend"), "de": ("festgenommen", "festnahm", "verhaft", "festgesetzt"),
        "it": ("arrestat", "arresto", "fermat"), "pt": ("detid", "detev", "prend", "presos", "preso"),
        "ru": ("задерж", "арестов", "арест"), "uk": ("затрима", "заарешт", "арешт"),
        "pl": ("zatrzyma", "aresztow"), "hu": ("őrizetbe", "letartóztat", "elfog"),
    },
    "death": {
        "en": ("kill", "dead=", "death", "died=", "dies="), "es": ("muert", "muri", "fallec", "matad", "mató"),
        "fr": ("tué", "mort", "décéd", "décès"), "de": ("getötet", "tote=", "toten=", "tot=", "starb", "gestorben", "ums leben"),
        "it": ("uccis", "mort", "deced"), "pt": ("mort", "morre", "morreu", "matou", "faleceu"),
        "ru": ("погиб", "убит", "убил", "умер", "смерт"), "uk": ("загин", "убит", "убив", "помер", "смерт"),
        "pl": ("zgin", "zabit", "zabił", "zmarł", "śmier"), "hu": ("meghalt", "halál", "megöl", "életét vesztette"),
    },
    "attack": {
        "en": ("attack", "assault", "stormed"), "es": ("atac", "atentado", "asalt"),
        "fr": ("attaqu", "attentat", "assaut"), "de": ("angriff", "anschlag", "überfall", "angegriffen"),
        "it": ("attacc", "attentat", "assalt"), "pt": ("ataqu", "atentado", "assalt"),
        "ru": ("напад", "атак", "теракт", "штурм"), "uk": ("напад", "атак", "теракт", "штурм"),
        "pl": ("atak", "zamach", "napad"), "hu": ("támad", "merénylet"),
    },
    "explosion": {
        "en": ("explo", "blast"), "es": ("explo",), "fr": ("explo",), "de": ("explo",), "it": ("esplo",),
        "pt": ("explo",), "ru": ("взрыв", "взорв"), "uk": ("вибух",), "pl": ("wybuch", "eksploz"), "hu": ("robban",),
    },
    "flight": {
        "en": ("fled", "flee", "escaped"), "es": ("huy", "huid", "escap", "fugad"), "fr": ("fui", "fuir", "enfui", "échapp"),
        "de": ("geflohen", "floh", "flücht", "entkommen"), "it": ("fugg", "scapp"), "pt": ("fugi", "fugiu", "escap"),
        "ru": ("бежал", "сбежал", "скрыл", "бегств"), "uk": ("втік", "втекл", "втеч"),
        "pl": ("uciek", "zbiegł"), "hu": ("menekül", "szökött", "elszök"),
    },
    "resignation": {
        "en": ("resign",), "es": ("dimit", "dimisi", "renunci"), "fr": ("démission",),
        "de": ("rücktritt", "zurückgetreten", "tritt zurück", "trat zurück"), "it": ("dimess", "dimett", "dimission"),
        "pt": ("demiti", "demiss", "renunci"), "ru": ("отставк",), "uk": ("відставк",),
        "pl": ("dymisj", "rezygn", "ustąpi"), "hu": ("lemond",),
    },
    "sentence": {
        "en": ("sentenc", "convict"), "es": ("conden", "sentenci"), "fr": ("condamn",), "de": ("verurteil",),
        "it": ("condann",), "pt": ("conden", "sentenci"), "ru": ("пригово", "осужд", "осуди"),
        "uk": ("вирок", "засуд"), "pl": ("skazan", "wyrok", "skazał"), "hu": ("elítél", "ítélet"),
    },
    "charge": {
        "en": ("charged", "indict"), "es": ("imputad", "acusad", "acusó"), "fr": ("inculp", "mis en examen"),
        "de": ("angeklagt", "anklage"), "it": ("accusat", "incriminat", "indagat"), "pt": ("acusad", "indiciad"),
        "ru": ("обвинени", "обвиня", "обвинил"), "uk": ("обвинувач",), "pl": ("oskarż", "zarzut"),
        "hu": ("vádat", "vádol", "megvádol"),
    },
    "release": {
        "en": ("releas", "freed"), "es": ("liberad", "liberó", "excarcel"), "fr": ("libér", "relâch"),
        "de": ("freigelassen", "freilass", "freigekommen"), "it": ("liberat", "rilasciat", "scarcerat"),
        "pt": ("libertad", "libertou", "soltou", "soltos", "solto"), "ru": ("освобод", "отпуст", "отпущ"),
        "uk": ("звільн",), "pl": ("uwolni", "zwolni", "wypuszcz"), "hu": ("szabadon", "szabadlábra"),
    },
    "visit": {
        "en": ("visit",), "es": ("visit",), "fr": ("visit", "se rendra", "s'est rendu", "s'est rendue"),
        "de": ("besuch",), "it": ("visit",), "pt": ("visit",), "ru": ("визит", "посет", "посещ"),
        "uk": ("візит", "відвіда"), "pl": ("wizyt", "odwiedz"), "hu": ("látogat",),
    },
    "collapse": {
        "en": ("collaps",), "es": ("derrumb", "colaps"), "fr": ("effondr",), "de": ("eingestürzt", "einsturz", "einstürz"),
        "it": ("crollat", "crollo", "crollò"), "pt": ("desab", "colaps", "ruiu"), "ru": ("обрушен", "обруши", "рухнул"),
        "uk": ("обвал", "обруш"), "pl": ("zawali", "runął", "runęł"), "hu": ("összeomlott", "leomlott", "beomlott"),
    },
    "shooting": {
        "en": ("shot=", "shoot", "gunned", "opened fire"), "es": ("dispar", "tirote", "balea"),
        "fr": ("tiré", "fusill", "abattu", "ouvert le feu", "fusillade"), "de": ("erschoss", "schoss", "angeschossen", "schüsse"),
        "it": ("sparat", "sparator", "colpi di arma"), "pt": ("baleado", "dispar", "tiroteio"),
        "ru": ("застрел", "выстрел", "стрельб", "расстрел"), "uk": ("застрел", "постріл", "стрілян", "розстріл"),
        "pl": ("zastrzel", "postrzel", "strzel"), "hu": ("lelőtt", "meglőtt", "lövöldöz", "tüzet nyitott"),
    },
    "appeal": {
        "en": ("appeal",), "es": ("apelar", "apelación", "apelará", "apeló", "recurrir", "recurrirá"),
        "fr": ("fera appel", "ferait appel", "faire appel", "fait appel", "interjet"),
        "de": ("berufung", "rechtsmittel"), "it": ("ricorso", "appello", "ricorrer"),
        "pt": ("recorr", "apelar", "apelação"), "ru": ("апелляц", "обжал"), "uk": ("апеляц", "оскарж"),
        "pl": ("apelac", "odwoła", "zaskarż"), "hu": ("fellebbez", "fellebbvitel"),
    },
    "injury": {
        "en": ("injur", "wounded", "hurt="), "es": ("herid", "lesionad"), "fr": ("bless",),
        "de": ("verletz", "verwundet"), "it": ("ferit", "ferimento"), "pt": ("ferid",),
        "ru": ("ранен", "пострадав", "пострадал"), "uk": ("поранен", "постражда"),
        "pl": ("rann", "poszkodowan"), "hu": ("megsebesül", "megsérült", "sérült"),
    },
    "fire": {
        "en": ("blaze", "ablaze", "extinguish", "caught fire", "on fire", "fire broke out", "fire was put out"),
        "es": ("incendi", "llamas", "extingu", "sofoc"), "fr": ("incendi", "flammes", "éteint", "maîtris"),
        "de": ("brand=", "brände", "brandes", "feuer=", "feuers", "gelöscht", "löscharbeiten"),
        "it": ("incendi", "fiamme", "spento", "domato"), "pt": ("incêndi", "chamas", "extint", "controlad"),
        "ru": ("пожар", "возгоран", "потуш", "загорел"), "uk": ("пожеж", "загас", "займан", "загорі"),
        "pl": ("pożar", "ugasz", "płomien", "zapalił"), "hu": ("tűz=", "tüzet", "tűzoltó", "lángok", "kigyullad"),
    },
    "interception": {
        "en": ("intercept", "shot down", "downed"), "es": ("intercept", "derrib"), "fr": ("intercept",),
        "de": ("abgefangen", "abgeschossen", "abfang", "abschuss"), "it": ("intercett", "abbatt"),
        "pt": ("intercept", "abatid", "derrub"), "ru": ("перехва", "сбит", "сбил"), "uk": ("перехопл", "збит", "збил"),
        "pl": ("przechwyc", "przechwyt", "zestrzel"), "hu": ("megsemmisít",),
    },
    "evacuation": {
        "en": ("evacu",), "es": ("evacu", "desaloj"), "fr": ("évacu",), "de": ("evakuier",), "it": ("evacu",),
        "pt": ("evacu",), "ru": ("эвакуир", "эвакуац"), "uk": ("евакуй", "евакуац"), "pl": ("ewakuow", "ewakuac"),
        "hu": ("kiürít", "evakuál"),
    },
}


@cache
def _pattern(language: str) -> re.Pattern[str]:
    """One pattern per language, a named group per kind (one pass over a claim, not one per kind)."""
    groups = []
    for concept, by_language in CONCEPTS.items():
        stems = by_language.get(language) or by_language["en"]
        words = [re.escape(s[:-1]) + r"\b" if s.endswith("=") else re.escape(s) for s in stems]
        groups.append(f"(?P<{concept}>{'|'.join(words)})")
    return re.compile(r"(?<!\w)(?:" + "|".join(groups) + ")", re.I)


def concepts(text: str, language: str) -> set[str]:
    """The happenings a claim's words name ("Luis Ortega a été arrêté mardi" -> {"arrest"})."""
    return {m.lastgroup for m in _pattern(language).finditer(text) if m.lastgroup}
