"""A small cross-lingual alias table for very common international and national bodies.

General knowledge, not any story's names: the English name, acronyms, and the forms the major news
languages use (es, fr, de, it, hu, ru). Country names in every language come from CLDR (gazetteer.py);
this table covers organizations, which no installed offline library lists across languages.
"""

from __future__ import annotations

from functools import cache

from storyline.resolve.names import ascii_fold

BODIES: dict[str, tuple[str, ...]] = {
    "United Nations": (
        "UN",
        "U.N.",
        "ONU",
        "Vereinte Nationen",
        "Nations unies",
        "Naciones Unidas",
        "ENSZ",
        "ООН",
    ),
    "NATO": ("North Atlantic Treaty Organization", "OTAN", "NATO", "НАТО"),
    "European Union": (
        "EU",
        "E.U.",
        "UE",
        "Unión Europea",
        "Union européenne",
        "Europäische Union",
        "Európai Unió",
    ),
    "Federal Security Service": (
        "FSB",
        "FSZB",
        "ФСБ",
        "Servicio Federal de Seguridad",
        "Service fédéral de sécurité",
        "Federal Security Service of Russia",
        "Föderaler Sicherheitsdienst",
    ),
    "Foreign Intelligence Service of Russia": ("SVR", "СВР"),
    "GRU": ("GRU", "ГРУ"),
    "Security Service of Ukraine": (
        "SBU",
        "СБУ",
        "Servicio de Seguridad de Ucrania",
        "Service de sécurité d'Ukraine",
    ),
    "Rosgvardia": (
        "Rosgvardiya",
        "Росгвардия",
        "National Guard of Russia",
        "Russian National Guard",
        "Guardia Nacional Rusa",
        "Garde nationale russe",
        "Russische Nationalgarde",
    ),
    "KGB": ("KGB", "КГБ"),
    "Central Intelligence Agency": ("CIA",),
    "Federal Bureau of Investigation": ("FBI",),
    "National Transportation Safety Board": ("NTSB",),
    "Islamic State": (
        "IS",
        "ISIS",
        "ISIL",
        "Daesh",
        "Daech",
        "Estado Islámico",
        "État islamique",
        "Etat islamique",
        "Islamischer Staat",
        "Stato Islamico",
        "Iszlám Állam",
        "Исламское государство",
        "Islamic State of Iraq and Syria",
        "Islamic State of Iraq and the Levant",
    ),
    "Al-Qaeda": ("Al Qaeda", "al-Qaida", "Al Qaida", "Al-Qaïda", "Al Qaeda"),
    "Hamas": ("Hamás",),
    "Hezbollah": ("Hizbollah", "Hizbulá", "Hezbolá", "Hizballah"),
    "Taliban": ("Talibán", "Talibans"),
    "International Committee of the Red Cross": (
        "ICRC",
        "Red Cross",
        "Cruz Roja",
        "Croix-Rouge",
        "Rotes Kreuz",
    ),
    "Red Crescent": (
        "Croissant-Rouge",
        "Media Luna Roja",
        "Roter Halbmond",
        "Rote Halbmond",
        "Roten Halbmond",
        "Roten Halbmonds",
        "Mezzaluna Rossa",
        "Crescente Vermelho",
        "Красный Полумесяц",
        "Czerwony Półksiężyc",
        "Червоний Півмісяць",
        "Vörös Félhold",
    ),
    "World Health Organization": ("WHO", "OMS", "Weltgesundheitsorganisation"),
    "International Atomic Energy Agency": ("IAEA", "OIEA", "AIEA"),
    "Organization for Security and Co-operation in Europe": ("OSCE", "OSZE", "EBESZ"),
    "International Criminal Court": ("ICC", "CPI", "Corte Penal Internacional", "Cour pénale internationale"),
    "Interpol": ("INTERPOL",),
    "Europol": ("EUROPOL",),
    "Kremlin": ("Kreml", "Cremlino", "Кремль"),
}


@cache
def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, names in BODIES.items():
        for name in (canonical, *names):
            out[ascii_fold(name)] = canonical
    return out


def body_of(text: str) -> str | None:
    """The canonical English name of a well-known body a surface form names, if the table has it.

    Two-letter acronyms (IS, UN, EU) only match in capitals, so the verb "is" never does.
    """
    letters = text.replace(".", "")
    if len(letters) <= 3 and not letters.isupper():
        return None
    return _index().get(ascii_fold(text))
