"""Report edge: hostile article text is escaped, and the HTML page is one self-contained file."""

from __future__ import annotations

from storyline.models import Claim, Document, Fact, Story
from storyline.pipeline import Analysis
from storyline.report.html import render_html

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "quotes"'


def test_article_text_is_escaped_everywhere():
    doc = Document(id="d1", path="evil<b>.txt", text=HOSTILE, title=HOSTILE, outlet=HOSTILE, url="javascript:alert(3)")
    claim = Claim(id="d1:c0", doc="d1", start=0, end=len(HOSTILE), text=HOSTILE, attribution=[HOSTILE])
    story = Story(id="s1", title=HOSTILE, documents=[doc], claims=[claim],
                  facts=[Fact(id="f1", status="single_source", claims=["d1:c0"], label=HOSTILE)])
    html = render_html(Analysis(stories=[story]))
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "evil&lt;b&gt;.txt" in html
    assert html.count("<script>") == 1  # only the page's own filter script


def test_report_json_contract_fields():
    doc = Document(id="d1", path="a.txt", text="x")
    story = Story(id="s1", title="t", documents=[doc])
    data = Analysis(stories=[story]).to_dict()
    [s] = data["stories"]
    for key in ("documents", "entities", "claims", "facts", "conflicts", "events"):
        assert key in s
    assert s["documents"][0]["path"] == "a.txt"
    assert data["summary"]["stories"] == 1


def test_only_http_links_are_rendered():
    doc = Document(id="d1", path="a.txt", text="x", url="javascript:alert(1)", title="T")
    html = render_html(Analysis(stories=[Story(id="s1", title="t", documents=[doc])]))
    assert "javascript:" not in html
    ok = Document(id="d2", path="b.txt", text="y", url="https://example.org/a?b=1", title="U")
    assert 'href="https://example.org/a?b=1"' in render_html(Analysis(stories=[Story(id="s2", title="t", documents=[ok])]))


def test_updates_are_shown_apart_from_conflicts_and_escaped():
    from storyline.models import ConflictSide, Update

    doc = Document(id="d1", path="a.txt", text=HOSTILE)
    claim = Claim(id="d1:c0", doc="d1", start=0, end=len(HOSTILE), text=HOSTILE, attribution=["Alpha"])
    update = Update(id="u1", explanation=f"93 is given as an update of {HOSTILE}",
                    earlier=ConflictSide(value="60", claims=["d1:c0"]), later=ConflictSide(value="93", claims=[]))
    html = render_html(Analysis(stories=[Story(id="s1", title="t", documents=[doc], claims=[claim],
                                               updates=[update])]))
    assert 'id="updates-s1">Updates</h2>' in html and 'id="update-u1"' in html
    assert '<b>1</b><a href="#updates-s1">updates</a>' in html
    assert "earlier: 60" in html and "later: 93" in html
    assert "<img src=x" not in html and "93 is given as an update of &lt;script&gt;" in html
