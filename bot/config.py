"""Settings from the environment (INTERFACE.md): one place that knows every variable the bot reads."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PACKAGE_DATA = Path(__file__).resolve().parent / "data"
SHIPPED_STORE = PACKAGE_DATA / "store.json"
DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_TZ = "Asia/Shanghai"

# Every environment variable the bot reads, with its meaning (deploy/policybot.env.example lists the same).
ENV_VARS = {
    "POLICYBOT_TOKEN": "the bot's token (needed by `run` only; never logged)",
    "POLICYBOT_API_URL": "base URL of the Bot API, requests go to {url}{token}/{method}",
    "POLICYBOT_STORE": "the pre-parsed policy store (read-only at run time)",
    "POLICYBOT_STATE": "the bot's own read-write SQLite database: subscriptions, per-chat settings",
    "POLICYBOT_TZ": "time zone of digest times",
    "POLICYBOT_ADMIN_CHAT": "chat id that receives short error reports (never the token or users' text)",
    "POLICYBOT_WEBHOOK_SECRET": "secret token Telegram sends with each webhook request (webhook mode only)",
    "POLICYBOT_SEND_TIMEOUT": "seconds to wait for Telegram's answer to a request (default 10); a later answer "
    "counts as delivered",
}


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the variable."""


def default_state_path(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "policybot" / "state.sqlite3"


def parse_admin_chat(value: str | None) -> int | None:
    """POLICYBOT_ADMIN_CHAT: a chat id (an integer, negative for groups and channels), or None when unset."""
    if value is None or not value.strip():
        return None
    try:
        chat_id = int(value.strip())
    except ValueError:
        raise ConfigError(
            f"POLICYBOT_ADMIN_CHAT: expected a chat id such as 123456789 or -1001234567890, not {value!r}"
        ) from None
    if chat_id == 0:
        raise ConfigError("POLICYBOT_ADMIN_CHAT: 0 is not a chat id")
    return chat_id


@dataclass(frozen=True)
class Settings:
    token: str | None
    api_url: str
    store_path: Path
    state_path: Path
    tz_name: str
    admin_chat: int | None = None  # receives short error reports; None: errors are only logged

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.tz_name)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        tz_name = env.get("POLICYBOT_TZ") or DEFAULT_TZ
        try:
            ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"POLICYBOT_TZ: unknown time zone {tz_name!r}") from exc
        return cls(
            token=env.get("POLICYBOT_TOKEN") or None,
            api_url=env.get("POLICYBOT_API_URL") or DEFAULT_API_URL,
            store_path=Path(env.get("POLICYBOT_STORE") or SHIPPED_STORE),
            state_path=Path(env.get("POLICYBOT_STATE") or default_state_path(env)),
            tz_name=tz_name,
            admin_chat=parse_admin_chat(env.get("POLICYBOT_ADMIN_CHAT")),
        )

    def __repr__(self) -> str:  # the token must never reach a log line
        return (
            f"Settings(token={'set' if self.token else 'unset'}, api_url={self.api_url!r}, "
            f"store_path={str(self.store_path)!r}, state_path={str(self.state_path)!r}, tz={self.tz_name!r}, "
            f"admin_chat={self.admin_chat!r})"
        )
