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

PLACEHOLDER_SECRET = "change-me"


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

    # Kafka (production transport).
    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_topic: str = "callpulse.turn-events.v1"
    kafka_dlq_topic: str = "callpulse.turn-events.dlq.v1"
    emitter_buffer_size: int = Field(default=10_000, ge=1)

    # Processing.
    batch_max_rows: int = Field(default=20_000, ge=1)
    batch_max_age_ms: int = Field(default=1_000, ge=1)
    live_update_interval_ms: int = Field(default=5_000, ge=100)
    ended_call_grace_ms: int = Field(default=300_000, ge=0)
    max_future_skew_ms: int = Field(default=3_600_000, ge=0)
    max_invalid_ratio: float = Field(default=0.5, gt=0, le=1)
    invalid_ratio_window: int = Field(default=1_000, ge=10)

    # Metric thresholds (metrics.md); changing one should bump the reported metrics_version.
    ttfhw_budget_ms: int = Field(default=1_500, ge=1)

    # Secrets.
    redaction_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.env != "development" and self.redaction_key.get_secret_value() == PLACEHOLDER_SECRET:
            raise ConfigError(
                "CALLPULSE_REDACTION_KEY still holds the placeholder; set a random secret "
                "(e.g. `python -c 'import secrets; print(secrets.token_hex(32))'`) outside development"
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
