"""The composition root: settings in, wired parts out. The only code that turns settings into objects
(the warehouse client, the pipeline, the redactor, the agent's config, the API's context, the worker,
the demos' and the dev stack's wiring); everything else receives what it needs from here.

Building the Presidio redactor loads the spaCy model (about a second); it is built once per process
and shared, so commands and tests that build several pipelines pay for it once."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alerts.detector.detector import DetectorConfig
from callpulse.errors import ConfigError
from callpulse.kafka_cluster import security_options
from callpulse.settings import Settings, get_settings
from callpulse.warehouse import Migrator, connect
from ingest.clock import Clock
from rollout.guardrails import Guardrails
from stream.metrics import MetricsConfig
from stream.observe import PipelineObserver
from stream.pipeline import Pipeline, PipelineConfig, Redaction
from stream.redaction.base import Redactor, Tokenizer
from stream.redaction.errors import RedactionSetupError
from stream.redaction.patterns import PatternRedactor
from stream.restricted.errors import KeyringError
from stream.restricted.keyring import Keyring
from stream.rules.model import RuleSet
from stream.rules.notify import Notifier, agent_poster, webhook_poster
from stream.rules.parse import load_rules as load_call_rules
from stream.runner import CommitLog
from stream.warehouse import Warehouse

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

    from agent.config import AgentConfig
    from api.context import ApiContext
    from demos.kpi_demo import DemoWarehouse
    from demos.live import LiveWiring
    from devstack.query_limits import QueryLimits
    from devstack.stack.commands import StackHooks
    from devstack.stack.config import StackConfig
    from ingest.emit.kafka import KafkaEmitter
    from stream.kafka.acks import AckLedger
    from stream.kafka.feeder import Feeder

FAUST_STOP_S = 3.0
"""What faust's own stop takes after the drain (the consumer's last commit, leaving the group, its
loop's 1 s sentinel and task gathering); the drain gets the rest of ``shutdown_timeout_s``."""
MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "deploy" / "clickhouse" / "migrations"


def tune_gc_for_streaming() -> None:
    """Collect garbage less often: the pipeline keeps every open call's events (frozen pydantic models)
    alive, and CPython's default thresholds rescan that growing heap thousands of times a second.
    Measured on the benchmark: 8-14k events/s before, 14-18k after (one core). Memory is unchanged:
    there are almost no reference cycles to collect on the hot path."""
    gc.collect()
    gc.freeze()  # objects alive at start-up (modules, lexicons, the VADER model) are never rescanned
    gc.set_threshold(100_000, 50, 100)


def quiet_heap_for_live_calls() -> None:
    """A process that relays or answers live calls (the tap, the reference agent), once started:
    everything alive so far (modules, pydantic, websockets, the settings, the agent's policies and
    lexicons) is moved out of the collector's sight (``gc.freeze``), so a full collection scans only
    what calls allocate instead of pausing the event loop over the whole start-up heap (the agent's
    took 120-150 ms, seen as a 150-380 ms stall of every open call under bench/tap.py's load); and a
    thread holding the interpreter lock (an emitter's) gives it up after 0.5 ms rather than 5 ms when
    the loop wants it."""
    import sys

    gc.collect()
    gc.freeze()
    sys.setswitchinterval(0.0005)


def open_warehouse(settings: Settings, *, migrate: bool = True) -> Any:
    """A clickhouse-connect client on the configured DSN, with the schema up to date."""
    if settings.resolved_warehouse_dsn.startswith("chdb://"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    client = connect(
        settings.resolved_warehouse_dsn, ca_cert=settings.warehouse_ca_cert, verify=settings.warehouse_verify
    )
    if migrate:
        migrator(settings, client).apply()
        client.database = settings.database  # unqualified table names in analysts' SQL mean `callpulse`
    return client


def migrator(settings: Settings, client: Warehouse) -> Migrator:
    return Migrator(
        client,
        database=settings.database,
        restricted_database=settings.restricted_database,
        raw_ttl_days=settings.raw_ttl_days,
        migrations_dir=MIGRATIONS_DIR,
    )


def tokenizer(settings: Settings) -> Tokenizer:
    return Tokenizer(settings.redaction_key.get_secret_value().encode())


def redactor(settings: Settings) -> Redactor:
    """The configured redactor; a missing spaCy model is a configuration error, not a download."""
    tokens = tokenizer(settings)
    if settings.redaction_engine == "patterns":
        return PatternRedactor(tokens)
    return _speech_redactor(
        settings.redaction_key.get_secret_value(),
        settings.spacy_model,
        tuple(settings.redaction_id_patterns),
        settings.redaction_max_chars,
        settings.redaction_timeout_ms,
        settings.redaction_cache_size,
    )


@lru_cache(maxsize=4)
def _speech_redactor(
    key: str, model: str, id_patterns: tuple[str, ...], max_chars: int, timeout_ms: int, cache_size: int
) -> Redactor:
    import re

    from stream.redaction.speech_redactor import build_speech_redactor

    try:
        for pattern in id_patterns:
            re.compile(pattern)
        return build_speech_redactor(
            model,
            Tokenizer(key.encode()),
            id_patterns=id_patterns,
            max_chars=max_chars,
            timeout_s=timeout_ms / 1000 if timeout_ms else None,
            cache_size=cache_size,
        )
    except re.error as err:
        raise ConfigError(
            f"CALLPULSE_REDACTION_ID_PATTERNS has a pattern that does not compile: {err}"
        ) from None
    except RedactionSetupError as err:
        raise ConfigError(str(err)) from None


def keyring(settings: Settings) -> Keyring:
    try:
        return Keyring.from_base64(
            settings.raw_key_id, {k: v.get_secret_value() for k, v in settings.raw_keys.items()}
        )
    except KeyringError as err:
        raise ConfigError(f"{err} (CALLPULSE_RAW_KEYS / CALLPULSE_RAW_KEY_ID)") from None


def redaction(settings: Settings) -> Redaction:
    """The configured redactor; original utterances go encrypted to the restricted database."""
    raw = settings.raw_store
    return Redaction(
        redactor(settings),
        tokenizer(settings),
        keyring=keyring(settings) if raw else None,
        restricted_database=settings.restricted_database if raw else None,
    )


def pipeline_config(settings: Settings) -> PipelineConfig:
    return PipelineConfig(
        batch_max_rows=settings.batch_max_rows,
        batch_max_age_ms=settings.batch_max_age_ms,
        match_max_age_ms=settings.match_max_age_ms or None,
        live_update_interval_ms=settings.live_update_interval_ms,
        ended_call_grace_ms=settings.ended_call_grace_ms,
        max_future_skew_ms=settings.max_future_skew_ms,
        max_invalid_ratio=settings.max_invalid_ratio,
        invalid_ratio_window=settings.invalid_ratio_window,
        metrics=MetricsConfig(ttfhw_budget_ms=settings.ttfhw_budget_ms),
    )


def call_rules(settings: Settings) -> tuple[RuleSet | None, Notifier | None]:
    """The per-call rules and the notifier of their webhook / supervisor / agent targets (None: off)."""
    if not settings.rules_enabled:
        return None, None
    rules = load_call_rules(settings.rules_file)
    supervisor = None
    if settings.rules_alertmanager_url:
        from alerts.detector.alertmanager import AlertmanagerClient, PostedAlert

        manager = AlertmanagerClient(settings.rules_alertmanager_url, timeout_s=2.0)
        supervisor = lambda bodies: manager.post([PostedAlert(**body) for body in bodies])  # noqa: E731
    webhook = webhook_poster(settings.rules_webhook_url) if settings.rules_webhook_url else None
    agent = None
    if settings.rules_agent_url:
        agent = agent_poster(settings.rules_agent_url, settings.agent_admin_token.get_secret_value())
    if webhook is None and supervisor is None and agent is None:
        return rules, None
    notifier = Notifier(
        webhook=webhook,
        supervisor=supervisor,
        agent=agent,
        base_url=settings.detector_api_base_url,
        max_queue=settings.rules_notify_queue,
    )
    return rules, notifier


def embedded_pipeline(settings: Settings, client: Warehouse, clock: Clock) -> tuple[Pipeline, CommitLog]:
    commits = CommitLog()
    rules, notifier = call_rules(settings)
    pipeline = Pipeline(
        client,
        settings.database,
        clock,
        config=pipeline_config(settings),
        redaction=redaction(settings),
        commit=commits,
        observer=PipelineObserver(),  # the same Prometheus metrics as the worker, kept in a registry
        rules=rules,
        notifier=notifier,
    )
    return pipeline, commits


def streaming_pipeline(settings: Settings, clock: Clock) -> tuple[Any, Pipeline, CommitLog]:
    """The warehouse client (schema up to date) and the embedded pipeline into it, with the garbage
    collector tuned for streaming: what a run through the pipeline in this process starts with
    (``callpulse ingest``, ``callpulse demo``)."""
    client = open_warehouse(settings)
    tune_gc_for_streaming()
    pipeline, commits = embedded_pipeline(settings, client, clock)
    return client, pipeline, commits


def pipeline_on(settings: Settings, client: Warehouse) -> Callable[[Clock], Pipeline]:
    """The embedded pipeline to ``client``, for a clock the caller chooses (a demo replays time)."""

    def build(clock: Clock) -> Pipeline:
        return embedded_pipeline(settings, client, clock)[0]

    return build


def environment_pipeline(clock: Clock) -> Pipeline:
    """The embedded pipeline from this process's settings, on its own warehouse client: what the child
    of ``stream.bus_drain.PipelineProcess`` runs (module-level, so the spawned child can unpickle it)."""
    settings = get_settings()
    return embedded_pipeline(settings, open_warehouse(settings), clock)[0]


def warehouse_name(settings: Settings) -> str:
    """The warehouse for people: the chDB path, or a server's address without credentials."""
    dsn = settings.resolved_warehouse_dsn
    return dsn if dsn.startswith("chdb://") else dsn.split("@")[-1]


def demo_warehouse(settings: Settings, client: Warehouse) -> DemoWarehouse:
    from demos.kpi_demo import DemoWarehouse

    return DemoWarehouse(client, settings.database, warehouse_name(settings))


def live_demo_wiring(settings: Settings, client: Warehouse) -> LiveWiring:
    """``callpulse demo --live``: the pipeline to ``client``, and the reference agent's config on a
    loopback port with a fresh auth token (signatures checked, no admin token)."""
    from pydantic import SecretStr

    from demos.live import LiveWiring

    def loopback_agent(port: int, token: str) -> AgentConfig:
        return agent_config(
            settings.model_copy(
                update={
                    "agent_public_url": f"https://localhost:{port}",
                    "agent_twilio_auth_token": SecretStr(token),
                    "agent_validate_signatures": True,
                    "agent_admin_token": SecretStr(""),
                }
            )
        )

    return LiveWiring(
        client=client,
        database=settings.database,
        bus_capacity=settings.emitter_buffer_size,
        pipeline=pipeline_on(settings, client),
        agent_config=loopback_agent,
    )


def agent_config(settings: Settings) -> AgentConfig:
    """The reference agent's frozen config from the one settings class."""
    from agent.config import DEFAULT_GREETING, DEFAULT_TOOL_TIMEOUTS, AgentConfig, InvalidConfigError

    token = settings.agent_twilio_auth_token.get_secret_value()
    if settings.agent_validate_signatures and not token:
        raise ConfigError(
            "set CALLPULSE_AGENT_TWILIO_AUTH_TOKEN to your Twilio auth token "
            "(or CALLPULSE_AGENT_VALIDATE_SIGNATURES=false for local testing only)"
        )
    try:
        return AgentConfig(
            public_base_url=settings.agent_public_url,
            twilio_auth_token=token,
            validate_signatures=settings.agent_validate_signatures,
            policy=settings.agent_policy,
            llm_base_url=settings.agent_llm_base_url,
            llm_model=settings.agent_llm_model,
            llm_api_key=settings.agent_llm_api_key.get_secret_value(),
            agent_name=settings.agent_name,
            agent_version=settings.agent_version,
            agent_model=settings.agent_model,
            prompt_version=settings.agent_prompt_version,
            canary_share=settings.agent_canary_share,
            canary_window_s=settings.agent_canary_window_s,
            canary_version=settings.agent_canary_version,
            shadow=settings.agent_shadow,
            flex_workflow_sid=settings.agent_flex_workflow_sid,
            tool_timeouts_s={**DEFAULT_TOOL_TIMEOUTS, **settings.agent_tool_timeouts},
            tool_timeout_default_s=settings.agent_tool_timeout_s,
            welcome_greeting=settings.agent_welcome_greeting or DEFAULT_GREETING,
            idle_timeout_s=settings.agent_idle_timeout_s,
            admin_token=settings.agent_admin_token.get_secret_value(),
        )
    except InvalidConfigError as err:
        raise ConfigError(f"agent settings: {err}") from None


def api_context(settings: Settings, *, client: Warehouse | None = None) -> ApiContext:
    """The context of ``callpulse api``: the configured warehouse (migrated, every query of every route
    bounded by ``api_query_limits``), or ``client`` as it is."""
    from api.context import ApiContext
    from ingest.clock import SystemClock

    if client is None:
        client = open_warehouse(settings)
        for name, value in api_query_limits(settings).items():
            client.set_client_setting(name, value)
    return ApiContext(
        client=client,
        database=settings.database,
        restricted_database=settings.restricted_database,
        keyring=keyring(settings),
        key_pepper=settings.api_key_pepper.get_secret_value().encode(),
        clock=SystemClock(),
        ttfhw_budget_ms=settings.ttfhw_budget_ms,
        agent_admin_url=settings.api_agent_admin_url or f"http://{settings.agent_host}:{settings.agent_port}",
        agent_admin_token=settings.agent_admin_token.get_secret_value(),
        raw_reads_per_minute=settings.api_raw_reads_per_minute,
        cookie_secure=settings.api_cookie_secure,
        readiness_timeout_s=settings.api_readiness_timeout_s,
        rollout_guardrails=rollout_guardrails(settings),
    )


def rollout_guardrails(settings: Settings) -> Guardrails:
    """The rollout guardrails of ``settings`` (``CALLPULSE_ROLLOUT_*``): what turns a comparison into
    promote / hold / roll back, for ``callpulse compare`` and ``GET /api/v1/compare`` alike."""
    return Guardrails(
        max_handle_time_s=settings.rollout_max_handle_time_s,
        tool_failure_budget=settings.rollout_tool_failure_budget,
        sentiment_floor=settings.rollout_sentiment_floor,
        agent_failed_ceiling=settings.rollout_agent_failed_ceiling,
    )


def api_query_limits(settings: Settings) -> dict[str, str]:
    """ClickHouse settings on every query the API sends: a time and a memory limit, and a row limit that
    fails a query rather than cutting it (every route's SQL has its own LIMIT; a page must never show a
    silently partial answer)."""
    return {
        "max_execution_time": str(max(1, round(settings.api_query_timeout_s))),
        "timeout_overflow_mode": "throw",
        "max_memory_usage": str(settings.api_query_max_memory_bytes),
        "max_result_rows": str(settings.api_query_max_result_rows),
        "result_overflow_mode": "throw",
    }


def detector_config(settings: Settings, *, interval_s: float | None = None) -> DetectorConfig:
    """The anomaly detector's settings (``callpulse detect``)."""
    return DetectorConfig(
        api_base_url=settings.detector_api_base_url,
        dashboard_url=settings.detector_dashboard_url,
        interval_s=interval_s or settings.detector_interval_s,
    )


def stack_config(settings: Settings) -> StackConfig:
    """The local stack's ports, bounds and directory (``callpulse stack``)."""
    from devstack.stack.config import StackConfig

    return StackConfig(
        stack_dir=settings.stack_dir,
        kafka_dev_port=settings.kafka_dev_port,
        kafka_controller_port=settings.stack_kafka_controller_port,
        warehouse_server_port=settings.warehouse_server_port,
        alertmanager_port=settings.stack_alertmanager_port,
        prometheus_port=settings.stack_prometheus_port,
        api_port=settings.api_port,
        agent_port=settings.agent_port,
        http_ingest_port=settings.http_ingest_port,
        worker_metrics_port=settings.worker_metrics_port,
        workers=settings.stack_workers,
        scrape_interval_s=settings.stack_scrape_interval_s,
        start_timeout_s=settings.stack_start_timeout_s,
        stop_timeout_s=settings.stack_stop_timeout_s,
        restart_backoff_s=settings.stack_restart_backoff_s,
        restart_backoff_max_s=settings.stack_restart_backoff_max_s,
        agent_signs=bool(settings.agent_twilio_auth_token.get_secret_value()),
    )


def stack_hooks(settings: Settings) -> StackHooks:
    """What ``stack up`` does between services: the topics once Kafka answers, the schema once the
    warehouse server does."""
    from callpulse.kafka_cluster import create_topics
    from devstack.stack.commands import StackHooks

    def topics(bootstrap: str) -> None:
        create_topics(settings.model_copy(update={"kafka_bootstrap": bootstrap}))

    def migrate(url: str) -> None:
        open_warehouse(settings.model_copy(update={"warehouse_dsn": url})).close()

    return StackHooks(create_topics=topics, migrate=migrate)


def warehouse_server_caps(settings: Settings) -> QueryLimits:
    """The limits ``callpulse warehouse serve`` puts on every statement, whatever a client asks."""
    from devstack.query_limits import QueryLimits

    return QueryLimits(
        max_result_rows=settings.warehouse_server_max_result_rows,
        max_result_bytes=settings.warehouse_server_max_result_bytes,
        max_execution_s=settings.warehouse_server_max_execution_s,
        max_memory_bytes=settings.warehouse_server_max_query_memory_bytes,
    )


def kafka_emitter(settings: Settings, *, client_id: str) -> KafkaEmitter:
    """A KafkaEmitter to the turn-event topic with the settings' bootstrap, buffer and security options
    (the agent's emitter, the tap's sink and http-ingest all produce through one of these)."""
    from ingest.emit.kafka import KafkaEmitter

    return KafkaEmitter(
        bootstrap_servers=settings.kafka_bootstrap,
        topic=settings.kafka_topic,
        buffer_size=settings.emitter_buffer_size,
        security_options=security_options(settings),
        client_id=client_id,
    )


def faust_security(settings: Settings) -> dict[str, Any]:
    """faust's ``broker_credentials`` for the same settings (empty for PLAINTEXT)."""
    import ssl

    import faust

    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return {}
    context = ssl.create_default_context(cafile=settings.kafka_ssl_cafile) if "SSL" in protocol else None
    if protocol == "SSL":
        return {"broker_credentials": faust.SSLCredentials(context)}
    return {
        "broker_credentials": faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password.get_secret_value(),
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=context,
        )
    }


@dataclass
class WorkerParts:
    """One worker's parts; ``app`` is the faust app to run, ``close`` releases the rest after it stopped."""

    app: Any
    pipeline: Pipeline
    feeder: Feeder
    registry: CollectorRegistry
    stopping: threading.Event
    producer: Any
    ledger: AckLedger[Any]
    fatal: list[BaseException] = field(default_factory=list)

    def close(self) -> None:
        self.stopping.set()
        self.feeder.close()
        self.producer.close(timeout=5)


def worker(
    settings: Settings,
    client: Warehouse,
    *,
    shutdown: Callable[[], None] | None = None,
    redact: bool = True,
) -> WorkerParts:
    """A worker's parts around ``client`` (a clickhouse-connect client on a migrated warehouse).

    ``shutdown`` stops the app after a fatal pipeline error; the default signals this process (right
    for ``callpulse worker``, wrong for a worker sharing its process with others). ``redact=False``
    is for the benchmark alone (the cost of redaction); a deployed worker always redacts."""
    from kafka import KafkaProducer
    from prometheus_client import CollectorRegistry

    from ingest.clock import SystemClock
    from stream.kafka.acks import AckLedger
    from stream.kafka.app import AppConfig, build_app
    from stream.kafka.feeder import Feeder
    from stream.kafka.history import WarehouseHistory
    from stream.kafka.telemetry import WorkerTelemetry
    from stream.kafka.warehouse import DeadLetterTopic, RetryingInserts

    stopping = threading.Event()
    registry = CollectorRegistry()
    producer = KafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap, acks="all", retries=5, **security_options(settings)
    )
    dlq = DeadLetterTopic(producer, settings.kafka_dlq_topic)
    raw_client = _with_faults(settings, client)
    retry_holder: list[WorkerTelemetry] = []
    inserts = RetryingInserts(
        raw_client, stopping=stopping, dead_letters=dlq, on_retry=lambda table: retry_holder[0].retried(table)
    )
    history = WarehouseHistory(client, settings.database)
    ledger: AckLedger[Any] = AckLedger()
    clock = SystemClock()
    rules, notifier = call_rules(settings)
    pipeline = Pipeline(
        inserts,
        settings.database,
        clock,
        config=pipeline_config(settings),
        redaction=redaction(settings) if redact else None,
        commit=ledger.commit,
        history=history,
        observer=PipelineObserver(registry),  # the call/tool/TTFHW metrics alerts/rules read (as embedded)
        rules=rules,
        notifier=notifier,
        write_behind=True,
    )
    telemetry = WorkerTelemetry(registry, pipeline, history)
    retry_holder.append(telemetry)
    feeder = Feeder(pipeline, pipeline.call_state, ledger, clock, telemetry, history)
    fatal: list[BaseException] = []
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # faust creates its datadir, not the parents
    app_config = AppConfig(
        group_id=settings.kafka_group_id,
        bootstrap=settings.kafka_bootstrap,
        topic=settings.kafka_topic,
        partitions=settings.kafka_partitions,
        datadir=str(settings.data_dir / "faust"),
        security_options=faust_security(settings),
        drain_timeout_s=max(0.5, settings.shutdown_timeout_s - FAUST_STOP_S),
    )
    extra = {} if shutdown is None else {"shutdown": shutdown}
    app = build_app(app_config, feeder, fatal.append, stopping, **extra)
    return WorkerParts(app, pipeline, feeder, registry, stopping, producer, ledger, fatal)


def worker_builder(
    settings: Settings, client: Warehouse, *, redact: bool = True
) -> Callable[[Callable[[], None]], WorkerParts]:
    """``worker`` for ``devstack.threaded_worker.ThreadedWorker`` (tests and benchmarks only: several
    workers on threads of one process, sharing ``client``)."""

    def build(shutdown: Callable[[], None]) -> WorkerParts:
        return worker(settings, client, shutdown=shutdown, redact=redact)

    return build


def _with_faults(settings: Settings, client: Warehouse) -> Warehouse:
    """``client``, wrapped in the fault injectors a ``CALLPULSE_FAULT_*`` setting asks for (tests only)."""
    if not (settings.fault_warehouse_refuse_s or settings.fault_insert_delay_ms):
        return client
    from devstack.faults import RefuseUntil, SlowInserts

    if settings.fault_warehouse_refuse_s:
        client = RefuseUntil(client, settings.fault_warehouse_refuse_s)
    if settings.fault_insert_delay_ms:
        client = SlowInserts(client, settings.fault_insert_delay_ms)
    return client
