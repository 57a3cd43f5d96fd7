"""Configuration from environment variables (and .env), read once at start-up."""

from __future__ import annotations

from datetime import time

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///quartierbot.sqlite3",
        description="SQLAlchemy URL; postgresql://... selects PostgreSQL (psycopg 3).",
    )
    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    webhook_url: str | None = Field(default=None, description="Public HTTPS URL for webhook mode.")
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_max_connections: int = Field(
        default=40, ge=1, le=100, description="Telegram's parallel webhook connections."
    )
    health_port: int | None = Field(
        default=None, description="Polling mode: serve /healthz and /readyz on this port."
    )
    shutdown_grace_seconds: float = Field(
        default=8.0, ge=0, description="On SIGTERM: how long work in progress may still take."
    )
    rate_limit_per_hour: int = Field(default=10, ge=1)
    max_text_length: int = Field(default=2000, ge=100)
    retention_months: int = Field(default=24, ge=1, description="Told to residents in /start.")
    draft_timeout_minutes: int = Field(
        default=120, ge=1, description="A draft not confirmed this long is forwarded unconfirmed."
    )
    urgent_draft_timeout_minutes: int = Field(
        default=3, ge=1, description="The same for a concern flagged urgent."
    )
    reply_window_days: int = Field(
        default=7,
        ge=0,
        description=(
            "A text this many days after a staff answer may be the resident's reply; an"
            " open concern's question, the city's latest word about it, stays answerable."
        ),
    )
    low_confidence: float = Field(
        default=0.5, ge=0, le=1, description="Below this the resident chooses among topics."
    )
    maintenance_interval_seconds: float = Field(
        default=300, gt=0, description="How often the running bot does its periodic work."
    )
    max_concurrent_updates: int = Field(
        default=16,
        ge=1,
        le=200,
        description="Updates handled at once (different chats; a chat's go one at a time).",
    )
    outbox_rate_per_second: float = Field(
        default=25.0,
        ge=0,
        description="Messages a second to Telegram, all replicas together (0: unpaced).",
    )
    outbox_lease_seconds: float = Field(
        default=60.0,
        ge=5,
        description="A message a crashed sender was sending goes out again after this long.",
    )
    digest_time: time = Field(
        default=time(7, 30), description="When the daily digest goes out (Europe/Zurich, HH:MM)."
    )
    log_level: str = "INFO"
