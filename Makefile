# The two commands: `make run` serves the museum, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test test-postgres lint format translations browser clean

run: $(VENV)/.installed
	$(BIN)/museum init
	$(BIN)/museum demo --if-empty
	$(BIN)/museum serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

# The suite again, each test on a fresh database of a throwaway PostgreSQL server on 127.0.0.1
# (.ci/with-postgres installs Debian's postgresql when root and it is missing). The browser
# tests stay on SQLite: they drive pages, and every page's queries already ran above.
test-postgres: $(VENV)/.installed-test
	bash .ci/with-postgres $(BIN)/pytest --ignore=tests/browser

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# After changing user-facing text: collect it, merge it into each language's catalog (new
# entries are left for a translator), and compile the catalogs the app reads.
TRANSLATIONS := museum/translations
translations: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k N_ --add-comments=Translators: --no-location --sort-output -o $(TRANSLATIONS)/messages.pot .
	for lang in ru tk; do \
		if [ -f $(TRANSLATIONS)/$$lang/LC_MESSAGES/messages.po ]; then \
			$(BIN)/pybabel update --no-fuzzy-matching -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) -l $$lang; \
		else \
			$(BIN)/pybabel init -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) -l $$lang; \
		fi; \
	done
	$(BIN)/pybabel compile --use-fuzzy -d $(TRANSLATIONS)

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "museum needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	@# Its Pillow<=12.0.0 pin would hold Pillow below our security floor; it reads no image.
	$(BIN)/pip install --quiet --no-deps 'iiif-prezi3>=2.0'
	touch $@ $(VENV)/.installed

# Browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is missing: install Debian's 'chromium' package (browser tests will be skipped outside CI)"; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist *.egg-info
