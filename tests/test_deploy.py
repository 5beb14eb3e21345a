"""The deploy files agree with the code: variables, CLI subcommands, service hardening, webhook notes."""

from __future__ import annotations

import argparse
import json
import re
import shlex
from fnmatch import fnmatch
from pathlib import Path

import pytest

from bot.cli import _parser
from bot.config import ENV_VARS

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
ENV_NAME = re.compile(r"\bPOLICYBOT_[A-Z0-9_]+\b")


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _subcommands() -> set[str]:
    actions = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


def _dockerfile_instruction(keyword: str) -> str:
    """The argument of the last KEYWORD instruction, continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", _text(DEPLOY / "Dockerfile"))
    found = [line.split(None, 1)[1] for line in joined.splitlines() if line.split(None, 1)[:1] == [keyword]]
    assert found, f"no {keyword} in deploy/Dockerfile"
    return found[-1]


def _command_argv(spec: str) -> list[str]:
    """Exec form (JSON array) or shell form up to the first `||`/`&&`/`;`."""
    if spec.lstrip().startswith("["):
        return json.loads(spec)
    return shlex.split(re.split(r"\|\||&&|;", spec)[0])


def _assert_cli(argv: list[str]) -> None:
    assert argv[0] == "policybot", argv
    assert argv[1] in _subcommands(), f"{argv[1]!r} is not a policybot subcommand"
    _parser().parse_args(argv[1:])  # options too; exits (SystemExit) on anything unknown


def test_env_example_lists_exactly_the_variables_the_code_reads() -> None:
    text = _text(DEPLOY / "policybot.env.example")
    for name in ENV_VARS:
        assert re.search(rf"^#?\s*{name}=", text, re.M), f"{name} missing from policybot.env.example"
    assert set(ENV_NAME.findall(text)) <= set(ENV_VARS)
    for line in text.splitlines():  # `docker --env-file` keeps quotes literally
        if line and not line.startswith("#"):
            assert re.fullmatch(r"POLICYBOT_[A-Z_]+=[^\"' ]*", line), line


def test_every_policybot_variable_in_the_sources_is_declared() -> None:
    sources = [*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("handlers").rglob("*.py")]
    used = {name: path for path in sources for name in ENV_NAME.findall(_text(path))}
    undeclared = {name: str(path.relative_to(ROOT)) for name, path in used.items() if name not in ENV_VARS}
    assert not undeclared, f"read but not in bot.config.ENV_VARS: {undeclared}"
    assert {"POLICYBOT_TOKEN", "POLICYBOT_WEBHOOK_SECRET"} <= used.keys()  # the grep does see the sources


def test_dockerfile_runs_real_subcommands() -> None:
    _assert_cli(_command_argv(_dockerfile_instruction("CMD")))
    healthcheck = _dockerfile_instruction("HEALTHCHECK")
    assert " CMD " in f" {healthcheck} "
    _assert_cli(_command_argv(healthcheck.split(" CMD ", 1)[1]))
    assert _command_argv(healthcheck.split(" CMD ", 1)[1])[1] == "check"


def test_dockerfile_basics() -> None:
    text = _text(DEPLOY / "Dockerfile")
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    assert re.search(r"^RUN pip install \.", text, re.M)
    user = _dockerfile_instruction("USER")
    assert user not in ("root", "0")
    assert "POLICYBOT_STATE=/var/lib/policybot/state.sqlite3" in text
    assert '"/var/lib/policybot"' in _dockerfile_instruction("VOLUME")


def test_dockerignore_keeps_what_the_image_installs() -> None:
    patterns = [p.strip() for p in _text(ROOT / ".dockerignore").splitlines() if p.strip() and p[0] != "#"]
    for path in (
        "pyproject.toml",
        "README.md",
        "bot/data/store.json",
        "bot/data/gazetteer.json",
        "bot/data/zones.json",
        "bot/cli.py",
        "handlers/__init__.py",
    ):
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        excluded = [pat for pat in patterns if any(fnmatch(p, pat.lstrip("/")) for p in prefixes)]
        assert not excluded, f"{excluded} exclude {path}"


def _unit() -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for line in _text(DEPLOY / "policybot.service").splitlines():
        if "=" in line and not line.startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            keys.setdefault(key.strip(), []).append(value.strip())
    return keys


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("DynamicUser", "yes"),
        ("StateDirectory", "policybot"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("NoNewPrivileges", "yes"),
        ("EnvironmentFile", "/etc/policybot/policybot.env"),
        ("Restart", "on-failure"),
    ],
)
def test_systemd_unit_hardening(key: str, value: str) -> None:
    assert _unit().get(key) == [value]


def test_systemd_unit_runs_the_bot_with_its_state_in_the_state_directory() -> None:
    unit = _unit()
    assert unit.get("RestartSec")
    exec_start = shlex.split(unit["ExecStart"][-1])
    assert Path(exec_start[0]).name == "policybot"
    _assert_cli(["policybot", *exec_start[1:]])
    assert "POLICYBOT_STATE=%S/policybot/state.sqlite3" in unit["Environment"]


def test_webhook_notes() -> None:
    text = _text(DEPLOY / "WEBHOOK.md")
    assert "POLICYBOT_WEBHOOK_SECRET" in text
    assert "X-Telegram-Bot-Api-Secret-Token" in text
    command = "policybot run --webhook https://bot.example.org/telegram --listen 127.0.0.1 --port 8443"
    assert command in text
    _assert_cli(shlex.split(command))
    nginx = _text(DEPLOY / "nginx.conf")
    assert "location = /telegram" in nginx and "proxy_pass http://127.0.0.1:8443;" in nginx
