"""The `policybot` command: build, export, ask, console, run, digest, check."""

from __future__ import annotations

import argparse
import errno
import json
import sys
from pathlib import Path

from bot.config import ConfigError, Settings

EXIT_USAGE = 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print(f"policybot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `policybot export | head`: the reader has gone, which is fine
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policybot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="parse the seed documents into the policy store")
    p.add_argument(
        "--seeds", type=Path, default=Path("seeds"), help="folder of source documents (default: seeds/)"
    )
    p.add_argument("--store", type=Path, help="store to write (default: the store inside the package)")
    p.add_argument(
        "--strict", action="store_true", help="fail, leaving the store as it was, if any document is skipped"
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("export", help="print the store's indicator records as JSON lines")
    p.add_argument("--store", type=Path, help="store to read (default: POLICYBOT_STORE or the shipped store)")
    p.add_argument("--doc", help="only this document id")
    p.add_argument("--region", help="only this place (short or full name)")
    p.add_argument("--full", action="store_true", help="also print each record's id, city and source offsets")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("ask", help="run one message through the bot's command logic and print the reply")
    p.add_argument("text")
    p.add_argument("--chat-type", choices=("private", "group"), default="private")
    p.add_argument("--script", choices=("simplified", "traditional"), default=None)
    p.add_argument("--state", type=Path, help="state file to read and write (default: none, nothing is kept)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("console", help="ask interactively")
    p.add_argument("--chat-type", choices=("private", "group"), default="private")
    p.add_argument("--script", choices=("simplified", "traditional"), default=None)
    p.add_argument(
        "--state", type=Path, help="state file to read and write (default: none, kept for the session)"
    )
    p.set_defaults(func=cmd_console)

    p = sub.add_parser("run", help="run the bot (long polling, or a webhook when asked)")
    p.add_argument("--webhook", metavar="URL", help="public URL Telegram should post updates to")
    p.add_argument(
        "--listen", default="127.0.0.1", help="address the webhook server binds (default 127.0.0.1)"
    )
    p.add_argument("--port", type=int, default=8443, help="port of the webhook server (default 8443)")
    p.add_argument("--log-text", action="store_true", help="debugging only: log each message's text too")
    p.add_argument(
        "--reset-state",
        action="store_true",
        help="if the state database is corrupt, move it aside and start with no subscriptions",
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("digest", help="print the digest a subscribed chat would get now")
    p.add_argument("--regions", default="", help="comma-separated places (default: all)")
    p.add_argument("--script", choices=("simplified", "traditional"), default="simplified")
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser("check", help="validate the store and the state database")
    p.set_defaults(func=cmd_check)
    return parser


def cmd_build(args: argparse.Namespace) -> int:
    from bot.build import BuildError, build_store

    try:
        built = build_store(args.seeds, args.store, progress=sys.stderr.isatty(), strict=args.strict)
    except BuildError as exc:
        print(f"policybot build: {exc}", file=sys.stderr)
        return 1
    for line in built.skipped:
        print(f"policybot build: {line}", file=sys.stderr)
    print(built.summary)
    return 0


def _load_store(path: Path | None):
    from bot.store import PolicyStore, StoreError

    store_path = path or Settings.from_env().store_path
    try:
        return PolicyStore.load(store_path)
    except StoreError as exc:
        print(f"policybot: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc


def cmd_export(args: argparse.Namespace) -> int:
    from bot.ingest.places import Gazetteer

    store = _load_store(args.store)
    region = None
    if args.region:
        place = Gazetteer.default().resolve(args.region)
        region = place.name if place else args.region
    out = sys.stdout
    for record in sorted(store.records, key=lambda r: (r.doc, r.start, r.end)):
        if (args.doc and record.doc != args.doc) or (region and record.region != region):
            continue
        data = record.to_dict() if args.full else record.export()
        out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    return 0


# The chat the command line speaks for: not 0, so that /script holds for a console session.
OFFLINE_CHAT = 1
SILENT = "（机器人在这里不会回答：这条消息不是发给它的。群里请用 /命令 或 @机器人 提问。）"


def _service(script: str | None, state_path: Path | None = None):
    """The bot's command logic for the command line; a missing store or unusable state exits with one line.

    Without `state_path` the state lives in memory: answering a question writes no file.
    """
    from bot.commands import CommandService
    from bot.state import MEMORY, StateError
    from bot.store import StoreError

    try:
        service = CommandService.from_settings(
            Settings.from_env(), script_override=script, state_path=state_path or Path(MEMORY)
        )
    except (StoreError, StateError) as exc:
        print(f"policybot: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    except OSError as exc:
        print(
            f"policybot: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""),
            file=sys.stderr,
        )
        raise SystemExit(1) from None
    service.draw_charts = False
    return service


def _answer(service, text: str, chat_type: str) -> str:
    from dataclasses import replace

    from bot.commands import ChatContext
    from bot.render import as_plain_text

    context = replace(
        ChatContext.offline(chat_type), chat_id=OFFLINE_CHAT if chat_type == "private" else -OFFLINE_CHAT
    )
    try:
        reply = service.handle(text, context)
    except Exception as exc:  # a bug must not end a console session or print a traceback to the user
        print(f"policybot: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return "出了点问题，请换个说法再试。"
    if reply is None:
        return SILENT
    return as_plain_text(reply)


def cmd_ask(args: argparse.Namespace) -> int:
    service = _service(args.script, args.state)
    print(_answer(service, args.text, args.chat_type))
    return 0


def cmd_console(args: argparse.Namespace) -> int:
    service = _service(args.script, args.state)
    print(
        "policybot console: type a question such as 海安今年GDP目标是多少, a command such as /targets 海安,"
        " or /help; Ctrl-D to quit."
    )
    while True:
        try:
            line = input("> ")
        except EOFError:
            print()
            return 0
        if line.strip():
            print(_answer(service, line, args.chat_type))


def cmd_run(args: argparse.Namespace) -> int:
    from bot.state import StateError
    from bot.store import StoreError

    settings = Settings.from_env()
    if not settings.token:
        print("policybot run: set POLICYBOT_TOKEN to the bot's token", file=sys.stderr)
        return EXIT_USAGE
    # Open the state once before anything starts: a bad path, permission or database stops here, at start.
    if not _open_state(settings.state_path, reset=args.reset_state):
        return 1
    from bot.app import run_bot

    try:
        return run_bot(
            settings, webhook_url=args.webhook, listen=args.listen, port=args.port, log_text=args.log_text
        )
    except (StoreError, StateError) as exc:
        print(f"policybot run: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        if args.webhook and exc.errno == errno.EADDRINUSE:
            message = (
                f"port {args.port} on {args.listen} is already in use; stop what holds it or pick --port"
            )
        elif args.webhook and exc.errno == errno.EADDRNOTAVAIL:
            message = f"cannot listen on {args.listen}: no such address on this machine; check --listen"
        elif args.webhook and exc.errno == errno.EACCES:
            message = f"not allowed to listen on port {args.port}; use a port above 1023 or a proxy in front"
        else:
            message = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        print(f"policybot run: {message}", file=sys.stderr)
        return 1


def _open_state(path: Path, *, reset: bool) -> bool:
    """Open (and so check, import or reset) the state database; False after printing why it cannot be used."""
    from bot.state import BotState, StateError

    try:
        state = BotState(path, reset_corrupt=reset)
    except StateError as exc:
        print(f"policybot run: {exc}", file=sys.stderr)
        return False
    except OSError as exc:  # e.g. the disk filled up while a JSON state file was being imported
        print(f"policybot run: cannot set up the state file {path}: {exc.strerror or exc}", file=sys.stderr)
        return False
    if state.recovery is not None:
        print(f"policybot run: {state.recovery}", file=sys.stderr)
    if state.imported_from is not None:
        subs, chats = state.counts()
        print(
            f"policybot run: imported {subs} subscriptions and {chats} chat settings from {state.imported_from} "
            f"into {path} (the JSON file is kept as {state.backup})",
            file=sys.stderr,
        )
    state.close()
    return True


def cmd_digest(args: argparse.Namespace) -> int:
    from bot.digest import digest_text_for_cli

    regions = [r for r in args.regions.split(",") if r.strip()]
    print(digest_text_for_cli(Settings.from_env(), regions, args.script))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from bot.check import run_checks

    return run_checks(Settings.from_env())


if __name__ == "__main__":
    raise SystemExit(main())
