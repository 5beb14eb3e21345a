"""A local Telegram Bot API stand-in (see server.py and README.md; calls.py, flood.py and formats.py hold its parts) and its pytest fixtures.

Register the fixtures once in tests/conftest.py with ``pytest_plugins = ["botapi"]`` (tests/ is on
sys.path under pytest's default import mode), or in a single test module with the same line.

PYTEST_DONT_REWRITE: no asserts live here, and a test module that imports this package before
registering it as a plugin would otherwise get an "already imported" warning.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from .calls import ApiError, Call, UploadedFile
from .formats import auto_entities, parse_html, utf16_len
from .server import BOT_ID, BOT_USERNAME, DEFAULT_USER_ID, TEST_TOKEN, BotApiStandIn

if TYPE_CHECKING:
    from telegram import Bot

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "DEFAULT_USER_ID",
    "TEST_TOKEN",
    "ApiError",
    "BotApiStandIn",
    "Call",
    "UploadedFile",
    "auto_entities",
    "parse_html",
    "utf16_len",
]

try:  # fixtures only where pytest is installed; benchmark scripts can import the server alone
    import pytest
except ImportError:  # pragma: no cover
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def botapi() -> Iterator[BotApiStandIn]:
        """A running stand-in, fresh for each test."""
        with BotApiStandIn() as standin:
            yield standin

    @pytest.fixture
    def botapi_env(botapi: BotApiStandIn, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
        """POLICYBOT_API_URL/POLICYBOT_TOKEN pointing at the stand-in, set in os.environ for the
        test and returned as a full environment for a `policybot run` subprocess."""
        monkeypatch.setenv("POLICYBOT_API_URL", botapi.base_url)
        monkeypatch.setenv("POLICYBOT_TOKEN", TEST_TOKEN)
        return dict(os.environ)

    @pytest.fixture
    async def ptb_bot(botapi: BotApiStandIn) -> AsyncIterator[Bot]:
        """An initialized python-telegram-bot `Bot` talking to the stand-in."""
        from telegram import Bot

        async with Bot(TEST_TOKEN, base_url=botapi.base_url) as bot:
            yield bot
