# Two commands do everything on a fresh machine (see README):
#   make example   set up .venv, analyze the bundled example, write out/kuzminov/report.{json,html}
#   make test      set up (and the browser the web tests drive), then run the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup example test lint browser clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	# German common nouns (Wiktionary's list): without the dependencies that only rebuild it and pin an old lxml
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps 'german-nouns==1.2.5'
	touch $@

setup: $(VENV)/.installed

example: setup
	$(BIN)/storyline analyze examples/kuzminov -o out/kuzminov

# Debian's chromium for the Playwright browser tests (Playwright cannot download its own browsers here).
browser:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: setup browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q

clean:
	rm -rf out test-output .pytest_cache
