"""Updates as python-telegram-bot reads them, one at a time: an update it cannot parse (a malformed poll, a
field of a newer Bot API) is skipped and logged by id and error type, never with its text, and never
stops the updates behind it.

Out of the box, one such update makes `getUpdates` raise for the whole batch, so polling asks for the same
batch again forever, and the library logs the batch (users' text included) at CRITICAL each time.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, Update
from telegram.ext import ExtBot

log = logging.getLogger(__name__)


def parse_update(data: dict[str, Any], bot: Bot) -> Update | None:
    """The update, or None (logged without its content) when python-telegram-bot cannot read it."""
    try:
        return Update.de_json(data, bot)
    except Exception as exc:
        log.error("update=%s skipped: it could not be parsed (%s)", data.get("update_id"), type(exc).__name__)
        return None


class PolicyBot(ExtBot[Any]):
    """ExtBot whose getUpdates answer is read update by update: an unreadable one is replaced by an empty
    update with the same id, which no handler takes and which still moves the poll's offset past it."""

    async def _do_post(self, endpoint: str, data: Any, **kwargs: Any) -> Any:
        result = await super()._do_post(endpoint, data, **kwargs)
        if endpoint != "getUpdates" or not isinstance(result, list):
            return result
        kept: list[Any] = []
        for item in result:
            if not isinstance(item, dict) or not isinstance(item.get("update_id"), int):
                log.error("getUpdates returned an item without an update id; skipped")
                continue
            kept.append(item if parse_update(item, self) is not None else {"update_id": item["update_id"]})
        return kept
