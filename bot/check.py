"""`policybot check`: is the policy store loadable and the state file sound? Read-only, for health checks.

Unlike opening BotState, nothing is moved aside, created or cleaned up: a corrupt state file is reported
and left where it is, so a health check may run this every 30 s beside the running bot.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from bot.config import Settings
from bot.state import DEFAULT_SCRIPT, SCRIPTS, SETTINGS, SUBSCRIPTIONS, Subscription, _shape_problem
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
    """Parse the state file without changing anything; a summary line, or CheckFailed."""
    if path.is_dir():
        raise CheckFailed(f"state file {path} is a folder")
    if not path.exists():
        folder = next((p for p in path.parents if p.exists()), Path("/"))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise CheckFailed(f"no state file yet, and {folder} is not writable to create {path}")
        return f"no state file yet; the bot creates {path}"
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise CheckFailed(f"state file {path} cannot be read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise CheckFailed(f"state file {path} is corrupt (not UTF-8 at byte {exc.start})") from exc
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise CheckFailed(f"state file {path} is corrupt (not JSON: {exc.msg} at line {exc.lineno})") from exc
    problem = _shape_problem(data)
    if problem:
        raise CheckFailed(f"state file {path} is corrupt ({problem})")
    problems = _record_problems(data)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        problems.append(f"{path} or its folder is not writable")
    if problems:
        raise CheckFailed(f"state file {path}: {'; '.join(problems)}")
    subs, chats = len(data.get(SUBSCRIPTIONS, {})), len(data.get(SETTINGS, {}))
    return f"{subs} subscriptions, {chats} chat settings ({path})"


def _record_problems(data: dict) -> list[str]:
    """What BotState would ignore (and warn about) in a well-formed file."""
    problems = []
    for key, doc in data.get(SUBSCRIPTIONS, {}).items():
        try:
            Subscription.from_doc(int(key), doc)
        except (ValueError, TypeError) as exc:
            problems.append(f"subscription of chat {key} is invalid: {exc}")
    for key, doc in data.get(SETTINGS, {}).items():
        if "script" in doc and doc["script"] not in SCRIPTS:
            problems.append(f"script of chat {key} is {doc['script']!r} (read as {DEFAULT_SCRIPT})")
    return problems


def run_checks(settings: Settings) -> int:
    """Print one `ok NAME: ...` or `FAIL NAME: ...` line per check; 0 when all pass, else 1."""
    checks: list[tuple[str, Callable[[], str]]] = [
        ("store", lambda: check_store(settings.store_path)),
        ("state", lambda: check_state(settings.state_path)),
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
