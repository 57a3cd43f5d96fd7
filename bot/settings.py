"""Configuration from environment variables (and .env), read once at start-up."""

from __future__ import annotations

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
    rate_limit_per_hour: int = Field(default=10, ge=1)
    max_text_length: int = Field(default=2000, ge=100)
    retention_months: int = Field(default=24, ge=1, description="Told to residents in /start.")
    log_level: str = "INFO"
