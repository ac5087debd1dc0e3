# Two entry points for a fresh machine: `make demo` and `make test`.
# Everything they need is installed by the targets below; nothing by hand.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
KG     := $(BIN)/kg
OUT    := out
STAMP  := $(VENV)/.installed

.PHONY: help venv install browser neo4j-start neo4j-stop neo4j-status doctor \
        extract demo test eval bench clean

help:
	@echo "make demo    - set up, start Neo4j, run the whole pipeline on data/articles"
	@echo "make test    - set up, start Neo4j, run every test"
	@echo "make eval    - precision/recall/F1 of the extractor against tests/gold and tests/heldout"
	@echo "make bench   - run the benchmarks, write bench/results and docs/BENCHMARKS.md"
	@echo "make neo4j-start | neo4j-stop | neo4j-status | doctor"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $(STAMP)

venv install: $(STAMP)

# Debian's Chromium for the page tests (no browser download from the web).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

neo4j-start: $(STAMP)
	$(KG) neo4j start

neo4j-stop: $(STAMP)
	$(KG) neo4j stop

neo4j-status: $(STAMP)
	$(KG) neo4j status

doctor: $(STAMP)
	$(KG) doctor

extract: $(STAMP)
	@mkdir -p $(OUT)
	$(KG) extract data/articles -o $(OUT)/graph.json

# The main job on the sample corpus: extract, load into Neo4j and query it,
# export RDF and the analysts' formats, draw the pages, analyse.
demo: $(STAMP) neo4j-start extract
	$(KG) load $(OUT)/graph.json --replace --yes
	@echo; echo "== Who supplies what to whom =="
	$(KG) query run who-supplies-what --max-width 50
	@echo; echo "== Sanctions timeline =="
	$(KG) query run sanctions-timeline --max-width 50
	@echo; echo "== Dossier: Sergei Shoigu =="
	$(KG) query run actor-dossier --param actor=person:sergei-shoigu --max-width 50
	$(KG) export rdf $(OUT)/graph.json -o $(OUT)/graph.ttl
	$(KG) export rdf $(OUT)/graph.json -o $(OUT)/graph.jsonld
	$(KG) export rdf $(OUT)/graph.json -o $(OUT)/graph.trig
	$(KG) export ontology -o $(OUT)/ontology.ttl --context $(OUT)/context.jsonld --shapes $(OUT)/shapes.ttl
	$(KG) export graphml $(OUT)/graph.json -o $(OUT)/graph.graphml
	$(KG) export gexf $(OUT)/graph.json -o $(OUT)/graph.gexf
	$(KG) export ftm $(OUT)/graph.json -o $(OUT)/graph.ftm.jsonl
	$(KG) export csv $(OUT)/graph.json -o $(OUT)/csv
	$(KG) analyze $(OUT)/graph.json --scores-out $(OUT)/scores.json --write-neo4j
	@echo; echo "== Pages =="
	$(KG) viz $(OUT)/graph.json -o $(OUT)/site --scores $(OUT)/scores.json

test: $(STAMP) browser neo4j-start
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(KG) eval data/articles --gold tests/gold
	@echo; echo "== Held-out articles (tests/heldout) =="
	$(KG) eval --expected tests/heldout/expected.md

bench: $(STAMP) neo4j-start
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(OUT) .pytest_cache test-output
