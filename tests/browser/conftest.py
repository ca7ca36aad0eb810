"""Browser fixtures: the real server on the analyzed example corpus, and Debian's chromium driven by Playwright.

Needs `apt-get install chromium` (/usr/bin/chromium) and `pip install playwright` (the dev extra);
Playwright's own browser downloads are not used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.pipeline import analyze
from storyline.store import Store
from storyline.web import background

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
SHOTS = ROOT / "test-output" / "screenshots"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory):
    """Base URL of the real server on examples/kuzminov plus the two-article toll corpus (one conflict)."""
    db = tmp_path_factory.getbasetemp() / "web-example.db"  # the same file the API tests build, if they ran
    if not db.exists():
        store = Store(db)
        analyze([ROOT / "examples" / "kuzminov", Path(__file__).parent / "corpus"], store=store)
        store.close()
    with background(str(db)) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
                    "(apt-get update && apt-get install -y chromium)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()
    assert not errors, errors  # no script errors and no CSP violations


@pytest.fixture
def shot():
    """Save a full-page screenshot under test-output/screenshots/NAME.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    return take
