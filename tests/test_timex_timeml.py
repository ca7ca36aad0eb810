"""TimeML interop: tags added inside TEXT only, old TIMEX3 replaced, every other byte kept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from storyline.timex.timeml import read_timeml, tag_timeml, timeml_files

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">02/13/98</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t5" type="DATE" value="1998-02-12">yesterday</TIMEX3> that it
will <EVENT eid="e2" class="OCCURRENCE">merge</EVENT> next week &lt;pending&gt; approval, two years after talks began.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""


def _strip_timex(s: str) -> str:
    return re.sub(r"</?TIMEX3\b[^>]*>", "", s)


def test_reader_finds_creation_time_plain_text_and_gold() -> None:
    doc = read_timeml(DOC)
    assert doc.dct == "1998-02-13"
    assert "AT&T said yesterday" in doc.plain and "<pending>" in doc.plain
    assert [(doc.plain[g.start : g.end], g.value) for g in doc.gold] == [("yesterday", "1998-02-12")]


def test_unknown_entity_keeps_offsets_aligned() -> None:
    raw = DOC.replace("AT&amp;T", "AT&Cx1f;T")
    doc = read_timeml(raw)
    assert len(doc.plain) + 1 == len(doc.raw_at)
    out = tag_timeml(raw)
    assert ">yesterday</TIMEX3>" in out and _strip_timex(out) == _strip_timex(raw)


def test_round_trip_keeps_every_byte_outside_timex_tags() -> None:
    out = tag_timeml(DOC)
    head, body = DOC.split("<TEXT>")
    assert out.startswith(head)
    assert out[out.index("</TEXT>") :] == DOC[DOC.index("</TEXT>") :]
    assert _strip_timex(out) == _strip_timex(DOC)


def test_written_tags_are_valid_xml_with_new_ids() -> None:
    out = tag_timeml(DOC)
    root = ET.fromstring(out.split("?>", 1)[1])
    timexes = root.find("TEXT").findall("TIMEX3")  # type: ignore[union-attr]
    got = [(t.text, t.get("type"), t.get("value")) for t in timexes]
    assert got == [
        ("yesterday", "DATE", "1998-02-12"),
        ("next week", "DATE", "1998-W08"),
        ("two years", "DURATION", "P2Y"),
    ]
    assert "t0" not in {t.get("tid") for t in timexes}


def test_timeml_files_writes_same_names_and_reports_bad_files(tmp_path: Path) -> None:
    good, bad = tmp_path / "a.tml", tmp_path / "b.tml"
    good.write_text(DOC, encoding="utf-8")
    bad.write_text("<TimeML>no text element</TimeML>", encoding="utf-8")
    count, errors = timeml_files([good, bad], tmp_path / "out")
    assert count == 1
    assert (tmp_path / "out" / "a.tml").exists()
    assert len(errors) == 1 and errors[0].startswith(str(bad))
