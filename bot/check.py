"""`policybot check`: is the policy store loadable and the state database sound? Read-only, for health checks.

Unlike opening BotState, nothing is moved aside, created, imported or cleaned up: a corrupt state file is
reported and left where it is, so a health check may run this every 30 s beside the running bot.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from bot.config import Settings
from bot.state import (
    APPLICATION_ID,
    LEGACY_NAME,
    SETTINGS,
    SUBSCRIPTIONS,
    StateCorrupt,
    _kind,
    legacy_problems,
    open_read_only,
    read_legacy,
    record_problems,
    summarize_check,
)
from bot.store import PolicyStore, StoreError


class CheckFailed(Exception):
    """One check's finding; the message says what is wrong and names the file."""


def check_store(path: Path) -> str:
    """Load the store as the bot does; a summary line, or CheckFailed."""
    try:
        store = PolicyStore.load(path)
    except StoreError as exc:
        raise CheckFailed(str(exc)) from exc
    records, documents = len(store.records), len(store.documents)
    if not records:
        raise CheckFailed(f"{path}: the store holds no records (run `policybot build`)")
    declared = store.meta.get("record_count")
    if declared is not None and declared != records:
        raise CheckFailed(f"{path}: {records} records, but the store says {declared}; rebuild it")
    orphans = sorted({r.doc for r in store.records} - store.documents.keys())
    if orphans:
        raise CheckFailed(f"{path}: records of unlisted documents {', '.join(orphans)}; rebuild it")
    return f"{records} records from {documents} documents ({path})"


def check_state(path: Path) -> str:
    """Read the state without changing anything; a summary line, or CheckFailed."""
    if path.is_dir():
        raise CheckFailed(f"state path {path} is a folder; set POLICYBOT_STATE to a file in it")
    try:
        kind = _kind(path)
    except OSError as exc:
        raise CheckFailed(f"state file {path} cannot be read: {exc.strerror}") from exc
    if kind == "missing":
        legacy = path.parent / LEGACY_NAME
        if path.name != LEGACY_NAME and _kind(legacy) == "json":
            return f"{_check_legacy(legacy)}; the bot imports it into {path} at its next start"
        folder = next((p for p in path.parents if p.exists()), Path("/"))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise CheckFailed(f"no state file yet, and {folder} is not writable to create {path}")
        return f"no state file yet; the bot creates {path}"
    if kind == "empty":
        summary = f"empty state file; the bot sets it up ({path})"
    elif kind == "json":
        summary = f"{_check_legacy(path)}; the bot imports it into SQLite at its next start"
    elif kind == "other":
        raise CheckFailed(str(StateCorrupt(path, "neither a SQLite database nor a JSON state file", None)))
    else:
        summary = _check_database(path)
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise CheckFailed(f"{path} or its folder is not writable by this user; fix the permissions")
    return summary


def _check_legacy(path: Path) -> str:
    try:
        data = read_legacy(path)
    except StateCorrupt as exc:
        raise CheckFailed(str(exc)) from exc
    problems = legacy_problems(data)
    if problems:
        raise CheckFailed(f"state file {path}: {'; '.join(problems)}")
    subs, chats = len(data.get(SUBSCRIPTIONS, {})), len(data.get(SETTINGS, {}))
    return f"JSON state file {path} with {subs} subscriptions, {chats} chat settings"


def _check_database(path: Path) -> str:
    """PRAGMA integrity_check, ours, and rows the bot would ignore."""
    try:
        with open_read_only(path) as db:
            result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                raise CheckFailed(str(StateCorrupt(path, summarize_check("integrity_check", result), None)))
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id != APPLICATION_ID or not {SETTINGS, SUBSCRIPTIONS} <= tables:
                raise CheckFailed(f"{path} is a SQLite database but not policybot's state")
            problems = record_problems(db)
            subs = db.execute("SELECT count(*) FROM subscriptions").fetchone()[0]
            chats = db.execute("SELECT count(*) FROM settings").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CheckFailed(str(StateCorrupt(path, str(exc), None))) from exc
    if problems:
        raise CheckFailed(f"state file {path}: {'; '.join(problems)}")
    return f"{subs} subscriptions, {chats} chat settings, integrity ok ({path})"


def check_admin_chat(settings: Settings) -> str:
    if settings.admin_chat is None:
        return "POLICYBOT_ADMIN_CHAT is not set; errors are only logged"
    return f"POLICYBOT_ADMIN_CHAT is set; error reports go to chat {settings.admin_chat}"


def run_checks(settings: Settings) -> int:
    """Print one `ok NAME: ...` or `FAIL NAME: ...` line per check; 0 when all pass, else 1."""
    checks: list[tuple[str, Callable[[], str]]] = [
        ("store", lambda: check_store(settings.store_path)),
        ("state", lambda: check_state(settings.state_path)),
        ("admin chat", lambda: check_admin_chat(settings)),
    ]
    failed = []
    for name, check in checks:
        try:
            print(f"ok {name}: {check()}", flush=True)
        except (CheckFailed, OSError) as exc:
            failed.append(name)
            print(f"FAIL {name}: {exc}", flush=True)
    if failed:
        print(
            f"policybot check: {len(failed)} of {len(checks)} checks failed ({', '.join(failed)})",
            file=sys.stderr,
        )
        return 1
    return 0
