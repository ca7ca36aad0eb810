"""Low-level pieces: decoding, normalization, paragraphs, dates, languages, the HTML fallback."""

from __future__ import annotations

import pytest

from storyline.ingest.html import _fallback_text, extract_html
from storyline.ingest.meta import normalize_date, normalize_language, outlet_from_url, split_header
from storyline.ingest.text import DecodeError, decode, looks_binary, paragraphs


def test_decode_utf16_big_endian_without_bom():
    assert decode("Two people were rescued.".encode("utf-16-be")) == "Two people were rescued."


def test_decode_utf32_with_bom():
    assert decode("Hídon átkelő hajó".encode("utf-32")) == "Hídon átkelő hajó"


def test_decode_prefers_cp1252_among_equally_clean_readings():
    assert decode("naïve façade".encode("latin-1")) == "naïve façade"


def test_decode_rejects_binary_with_nul_bytes():
    with pytest.raises(DecodeError, match="NUL"):
        decode(b"\x00\x01\x02\x03\xff" * 50)


def test_looks_binary():
    assert looks_binary("\x01\x02\x03\x04abc")
    assert not looks_binary("Plain text\twith a tab.\n")


def test_paragraphs_one_per_line_unless_hard_wrapped():
    assert paragraphs("One.\nTwo.\n\nThree.") == ["One.", "Two.", "Three."]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-26", "2024-03-26"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("2024-03-26T23:10:00+01:00", "2024-03-26"),
        ("26 March 2024", "2024-03-26"),
        ("unknown", None),
        ("", None),
        (None, None),
        ("2024-02-30", None),
        ("March 26", None),  # no year: not a publication date
        ("not a date", None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_normalize_language_and_outlet():
    assert normalize_language("en-US") == "en"
    assert normalize_language("HU") == "hu"
    assert normalize_language("unknown") is None
    assert outlet_from_url("https://www.bbc.co.uk/news/x") == "bbc.co.uk"
    assert outlet_from_url("444.hu/2024/03/23/a") == "444.hu"


def test_split_header_needs_closing_line():
    assert split_header("url: https://a.example\nBody line.") == ({}, "url: https://a.example\nBody line.")
    header, body = split_header("Outlet: X\nfoo: ignored\n---\nBody.")
    assert header == {"outlet": "X"} and body == "Body."


def test_html_fallback_keeps_visible_blocks_only():
    html = (
        "<html><body><script>var tracking = 1;</script><nav>Menu</nav>"
        "<div>Officials said two people were rescued.<p>Six remain missing.</p></div>"
        "<footer>Footer links</footer></body></html>"
    )
    lines = [ln.strip() for ln in _fallback_text(html).split("\n") if ln.strip()]
    assert lines == ["Officials said two people were rescued.", "Six remain missing."]


def test_html_fallback_of_empty_document():
    assert _fallback_text("") == ""
    assert extract_html("   ").text == ""
