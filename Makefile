# kehoach: `make run` processes data/raw into data/structured; `make test` runs the tests.
# Both create .venv and install the package and its system dependencies on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet fonts-dejavu-core

.PHONY: run test install system-deps clean

run: $(STAMP)
	$(BIN)/kehoach run data/raw --out data/structured

test: $(STAMP)
	$(BIN)/python -m pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python -c 'from pipeline.repair import base; base.counts()'
	touch $(STAMP)

# Tesseract with its Vietnamese language and script models reads image-only PDF pages;
# the tests draw Vietnamese PDFs and page images with a DejaVu font.
system-deps:
	@if command -v dpkg >/dev/null && dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	elif command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie; then :; \
	else echo "warning: install Tesseract with Vietnamese ($(APT_PACKAGES)) to read scanned PDFs" >&2; fi

clean:
	rm -rf data/structured/* .pytest_cache
