# callpulse: `make demo` runs the embedded pipeline end to end; `make test` runs every test.
# Both create the virtualenv and install what they need on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo demo-live test lint format bench clean kafka-jars promtool chromium tap-relay

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The KPIs of 400 simulated calls (with three malformed messages dead-lettered), then an incident: the refill
# API renames a field and the detector pages with transcript links (the alert lands in the warehouse, so the
# API's /api/v1/alerts and the dashboards' alert panels have it too).
demo: install
	$(BIN)/callpulse demo
	$(BIN)/callpulse demo --incident refill-field-rename

# The same KPIs from live calls: the reference agent on loopback, the caller simulator over WebSockets
# (real time, about 2 minutes; add ARGS="--time-scale 10" for a quick look).
demo-live: install
	$(BIN)/callpulse demo --live $(ARGS)

# The dev/test Kafka broker: Apache Kafka jars from Maven Central (deploy/kafka/pom.xml), fetched once.
KAFKA_VERSION := 3.9.1
KAFKA_LIBS    := .cache/kafka/$(KAFKA_VERSION)/libs
KAFKA_STAMP   := $(KAFKA_LIBS)/.fetched

kafka-jars: $(KAFKA_STAMP)

$(KAFKA_STAMP): deploy/kafka/pom.xml
	mvn -q -f deploy/kafka/pom.xml dependency:copy-dependencies -DincludeScope=runtime \
		-Dkafka.version=$(KAFKA_VERSION) -DoutputDirectory=$(CURDIR)/$(KAFKA_LIBS)
	touch $@

test: install kafka-jars promtool chromium tap-relay
	$(BIN)/pytest -q

# The tap's compiled relay (`callpulse tap --relay go`): ingest/tap/relay_go, Go; its one dependency (gorilla/websocket,
# pinned in go.sum) comes from the Go module proxy at build time, nothing at run time; into the virtualenv's bin,
# where `callpulse tap` looks for it.
RELAY_BIN := $(BIN)/callpulse-relay

tap-relay: $(RELAY_BIN)

$(RELAY_BIN): $(wildcard ingest/tap/relay_go/*.go) ingest/tap/relay_go/go.mod | $(STAMP)
	cd ingest/tap/relay_go && go build -mod=readonly -trimpath -o $(CURDIR)/$(RELAY_BIN) .

# Debian's chromium for the browser tests (driven by playwright with executable_path; never `playwright install`),
# and poppler-utils (pdftoppm) for the test that turns the weekly report's PDF into pictures.
chromium:
	test -x /usr/bin/chromium && command -v pdftoppm >/dev/null || \
		bash .ci/apt-install chromium poppler-utils

# promtool/amtool/alertmanager (Debian's prometheus packages) for the alert rule tests; only when missing.
promtool:
	command -v promtool >/dev/null && command -v prometheus-alertmanager >/dev/null || \
		bash .ci/apt-install --no-install-recommends prometheus prometheus-alertmanager

# Every check runs, so one run lists every problem; the target fails if any check failed.
# lint-imports: the layer contracts of pyproject.toml ([tool.importlinter]); each package's README says the same.
lint: install
	@failed=""; \
	$(BIN)/ruff check . || failed="$$failed ruff-check"; \
	$(BIN)/ruff format --check . || failed="$$failed ruff-format"; \
	$(BIN)/mypy || failed="$$failed mypy"; \
	$(BIN)/lint-imports --no-logo --cache-dir .cache/import-linter || failed="$$failed lint-imports"; \
	if [ -n "$$failed" ]; then echo "lint failed:$$failed"; exit 1; fi

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Issue 19's goals, each printed as one "goal |" line (figure, same-run reference, ratio, met / not met) by
# the benchmark that measures it, and all of them again at the end with the load average (~15-20 min here).
bench: export CALLPULSE_BENCH_GOALS = $(CURDIR)/var/bench-goals.txt
bench: install
	mkdir -p var && rm -f var/bench-goals.txt
	if command -v taskset >/dev/null; then taskset -c 0 $(BIN)/python bench/pipeline.py; else $(BIN)/python bench/pipeline.py; fi
	$(BIN)/python bench/pii_eval.py
	$(BIN)/python bench/agent_emit.py
	$(BIN)/python bench/agent_ttfhw.py
	$(MAKE) kafka-jars
	$(BIN)/python bench/kafka_pipeline.py  # starts and stops its own Kafka broker
	$(BIN)/python bench/scale_out.py --calls 600 --no-freshness  # its own broker and warehouse server
	$(BIN)/python bench/pipeline.py --summary var/bench-goals.txt

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
