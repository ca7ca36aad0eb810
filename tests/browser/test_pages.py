"""The web app in a real browser: stories, a story, its conflicts and facts, an article, search, upload."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

TOLL = "Key Bridge"


def open_story(page: Page, title_part: str) -> None:
    page.goto("/")
    page.get_by_role("link", name=re.compile(title_part)).first.click()
    expect(page.locator("section.story")).to_be_visible()


def test_stories_page_lists_the_example(page: Page, shot):
    page.goto("/")
    expect(page.locator("table.stories")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Kuzminov"))).to_be_visible()
    expect(page.get_by_role("link", name=re.compile(TOLL))).to_be_visible()
    shot(page, "01-stories")


def test_story_page_shows_sources_facts_entities_and_graph(page: Page, shot):
    open_story(page, "Kuzminov")
    story = page.locator("section.story").get_attribute("data-story")
    summary = page.request.get(f"/api/stories/{story}").json()["summary"]
    expect(page.locator("table.sources tbody tr")).to_have_count(summary["documents"])
    expect(page.locator("tr.fact")).to_have_count(sum(summary["facts"].values()))
    expect(page.locator("table.entities tbody tr").first).to_be_visible()
    expect(page.locator("svg.graph")).to_be_visible()
    assert page.locator("svg.graph .edge").count() > 0
    shot(page, "02-story-kuzminov")


def test_filter_contested_open_conflict_and_follow_quote(page: Page, shot):
    open_story(page, TOLL)
    page.get_by_role("button", name="Contested").click()
    visible = page.locator("tr.fact:visible")
    expect(visible.first).to_be_visible()
    for i in range(visible.count()):
        assert visible.nth(i).get_attribute("data-status") == "contested"
    expect(page.locator("tr.fact[data-status=single_source]").first).to_be_hidden()
    visible.first.locator("summary").click()
    expect(visible.first.locator("blockquote").first).to_be_visible()
    shot(page, "03-story-contested-facts")

    conflict = page.locator(".conflict").first
    conflict.scroll_into_view_if_needed()
    quotes = conflict.locator(".side blockquote")
    expect(quotes).to_have_count(2)
    expect(conflict.locator(".side .value").nth(0)).to_have_text("Six")
    expect(conflict.locator(".side .value").nth(1)).to_have_text("Eight")
    for i in range(2):
        expect(quotes.nth(i).locator("mark")).to_be_visible()
    shot(page, "04-conflict")

    claim = quotes.nth(1).get_attribute("data-claim")
    quotes.nth(1).get_by_role("link", name="in the article").click()
    page.wait_for_url(re.compile(r"/documents/"))
    target = page.locator(f'[id="c-{claim}"]')
    expect(target).to_be_visible()
    expect(target).to_contain_text("Eight")
    expect(target).to_be_in_viewport()
    shot(page, "05-article-at-quote")


def test_search_for_a_name(page: Page, shot):
    page.goto("/")
    page.get_by_role("searchbox").fill("Kuzminov")
    page.get_by_role("searchbox").press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=Kuzminov"))
    expect(page.locator("table.entities")).to_contain_text("Kuzminov")
    expect(page.locator("blockquote.hit").first).to_contain_text("Kuzminov")
    shot(page, "06-search")


def test_upload_an_article_and_see_it_appear(page: Page, shot, tmp_path):
    article = tmp_path / "upload.txt"
    article.write_text(
        "outlet: Baltic Wire\npublished: 2024-06-03\ntitle: Ferry fire in Kalmar harbour\n---\n"
        "A ferry caught fire in Kalmar harbour on Monday and 14 passengers were injured, the coast guard said.\n\n"
        "Firefighters <script>alert(1)</script> put out the blaze within two hours, officials said.\n",
        encoding="utf-8")
    page.goto("/upload")
    shot(page, "07-upload-form")
    page.locator("input[type=file]").set_input_files(str(article))
    page.get_by_role("button", name="Upload and analyze").click()
    page.wait_for_url(re.compile(r"/jobs/"))
    expect(page.locator("#job")).to_have_attribute("data-status", "done", timeout=240_000)
    expect(page.locator("#job-progress")).to_have_js_property("value", 1)
    shot(page, "08-upload-done")
    page.locator("#job-stories a").first.click()
    expect(page.locator("section.story h2").first).to_contain_text("Ferry fire")
    expect(page.locator("table.sources")).to_contain_text("Baltic Wire")
    page.goto("/")
    expect(page.get_by_role("link", name=re.compile("Ferry fire"))).to_be_visible()
    shot(page, "09-stories-after-upload")
