"""Fuzzing: arbitrary text at every command, inline query and page button, and mangled seeds at the build.

Whatever comes in, nothing raises, every page is Telegram HTML the Bot API accepts and fits one message, and
only a valid /subscribe, /unsubscribe or /script changes the state file. A mangled seed either builds into
well-formed records or is refused with a message naming it, the old store left as it was.
"""

from __future__ import annotations

import html
import json
import math
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.build import BuildError, build_store
from bot.commands import ChatContext, CommandService
from bot.config import Settings
from bot.ingest.decode import read_document
from bot.ingest.normalize import normalize
from bot.ingest.record import Record
from bot.render import MESSAGE_LIMIT, Reply
from bot.store import PolicyStore

BOT = "policybot_test_bot"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = min(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)  # the smallest keeps examples fast
CAPTION_LIMIT = 1024

FUZZ = settings(
    max_examples=150,
    deadline=None,  # two CI cores: time per example varies too much to judge
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- a Telegram HTML checker --------------------------------------------------------------------------------

ALLOWED_TAGS = {"b", "i", "code", "pre", "a", "blockquote"}
_TAG = re.compile(r'<(/?)([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>')
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


def html_problem(page: str, limit: int = MESSAGE_LIMIT) -> str | None:
    """Why Telegram would refuse `page` in HTML parse mode, or None: only the allowed tags, balanced, with
    `<` and `&` only as markup; under `limit` characters, and its visible text within `limit` UTF-16 units."""
    if len(page) >= limit:
        return f"{len(page)} characters"
    stack: list[str] = []
    visible: list[str] = []
    i = 0
    while i < len(page):
        ch = page[i]
        if ch == "<":
            tag = _TAG.match(page, i)
            if tag is None:
                return f"raw '<' at {i}: {page[i : i + 20]!r}"
            closing, name, attrs = tag.groups()
            if name not in ALLOWED_TAGS:
                return f"tag <{name}> at {i}"
            if closing:
                if not stack or stack.pop() != name:
                    return f"unbalanced </{name}> at {i}"
            else:
                if name == "a" and "href=" not in attrs:
                    return f"<a> without href at {i}"
                stack.append(name)
            i = tag.end()
            continue
        if ch == "&":
            entity = _ENTITY.match(page, i)
            if entity is None:
                return f"raw '&' at {i}: {page[i : i + 20]!r}"
            visible.append(html.unescape(entity.group()))
            i = entity.end()
            continue
        visible.append(ch)
        i += 1
    if stack:
        return f"unclosed <{stack[-1]}>"
    units = len("".join(visible).encode("utf-16-le")) // 2
    return f"{units} UTF-16 units of text" if units > limit else None


def assert_valid(reply: Reply) -> None:
    if reply.photo is not None and not reply.pages:  # a chart whose caption holds the whole answer
        assert reply.photo_caption.strip(), "a chart without its caption"
        assert html_problem(reply.photo_caption, CAPTION_LIMIT) is None
        return
    assert reply.pages, "a reply without pages"
    assert 0 <= reply.page < len(reply.pages)
    assert reply.text.strip(), "an empty page"
    for page in reply.pages:
        problem = html_problem(page)
        assert problem is None, f"{problem}\n{page[:300]!r}"
    if reply.photo is not None:
        assert html_problem(reply.photo_caption, CAPTION_LIMIT) is None


def test_the_checker_refuses_what_telegram_refuses() -> None:
    assert html_problem('<b>海安</b> &lt;1&gt; &amp; <a href="https://x">源</a>') is None
    assert html_problem("<pre><code>x</code></pre><blockquote>y</blockquote>") is None
    for bad in ("<b>x", "x</b>", "<b><i>x</b></i>", "1 < 2", "A & B", "<u>x</u>", "<a>x</a>", "x" * 4096):
        assert html_problem(bad) is not None, bad


# -- what users type --------------------------------------------------------------------------------------

SPECIALS = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2067", "\u2069",  # direction marks
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\t", "\n", "\r", "\u2028", "\u3000",  # controls and spaces
    "😀", "🇨🇳", "👨‍👩‍👧", "🏳️‍🌈", "1️⃣",  # emoji, also joined sequences
    "／", "＠", "ｔ", "Ａ", "１", "：", "，", "（", "）", "％",  # full-width forms
    "<", ">", "&", '"', "'", "</b>", "&amp;", "&#0;", "<a href='x'>",  # markup
    "海安", "啟東", "如皋市", "南通", "GDP", "高企", "亿元", "08:30", "@", "/", BOT,  # the bot's words
]  # fmt: skip
# Pieces: any code point but surrogates (one character), or a special (may be longer: joined emoji, markup).
PIECES = st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIALS))


def texts(max_pieces: int, pieces: st.SearchStrategy[str] = PIECES) -> st.SearchStrategy[str]:
    return st.lists(pieces, max_size=max_pieces).map("".join)


SHORT = texts(60)
LONG = st.builds(lambda unit, n: (unit * n)[:10_000], texts(30).filter(bool), st.integers(1, 10_000))
TEXT = st.one_of(SHORT, SHORT, LONG)  # up to 10,000 characters
NO_ADDRESS = texts(40, PIECES.filter(lambda s: "@" not in s and "＠" not in s))  # names no other bot

COMMANDS = [
    "start", "help", "regions", "targets", "progress", "indicator", "search", "source", "subscribe",
    "unsubscribe", "digest", "script",
]  # fmt: skip
STATEFUL = {"subscribe", "unsubscribe", "script"}
SUCCESS = ("好的", "已取消")  # how the replies of a change that went through begin
VALID_ARGS = [
    "", "海安", "啟東", "海安 GDP", "海安GDP", "南通", "高企", "亿元", "08:30", "08:30 海安 如皋", "7:05 南通",
    "繁", "简", "traditional", "25:99 海安", "8点半", "火星", "0123456789", "source_ab12",
]  # fmt: skip
NAMES = st.one_of(
    st.sampled_from(COMMANDS),
    st.sampled_from(COMMANDS).map(str.upper),
    st.from_regex(r"source_[0-9a-f]{0,12}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9_]{1,40}", fullmatch=True),
)
ADDRESSEES = ["", f"@{BOT}", f"@{BOT.upper()}", "@otherbot"]
CONTEXTS = [
    ChatContext(chat_id=101, chat_type="private", user_id=101, bot_username=BOT),
    ChatContext(chat_id=-202, chat_type="group", user_id=7, is_admin=True, bot_username=BOT),
    ChatContext(chat_id=-1000000203, chat_type="supergroup", user_id=8, is_admin=False, bot_username=BOT),
    ChatContext(chat_id=104, chat_type="private", user_id=104, bot_username=BOT),  # answered in traditional
]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@st.composite
def commands(draw: st.DrawFn) -> tuple[str, str, bool]:
    """(the message, the command's name, whether it is addressed to this bot)."""
    name = draw(NAMES)
    addressee = draw(st.sampled_from(ADDRESSEES))
    head = f"/{name}{addressee}"
    if draw(st.booleans()):
        head = full_width(head)  # `／ｔａｒｇｅｔｓ` is read as `/targets`
    lead = draw(st.sampled_from(["", " ", "\u200b", "\u3000", "\u200f"]))
    sep = draw(st.sampled_from([" ", "\u3000", "\n", "\t", "  "]))
    args = draw(st.one_of(TEXT, st.sampled_from(VALID_ARGS)))
    return f"{lead}{head}{sep}{args}", name.lower(), addressee.lower() != "@otherbot"


# -- the command logic ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> CommandService:
    state = tmp_path_factory.mktemp("fuzz") / "state.json"
    service = CommandService.from_settings(Settings.from_env({"POLICYBOT_STATE": str(state)}))
    service.state.set_script(CONTEXTS[-1].chat_id, "traditional")
    return service


def state_bytes(service: CommandService) -> bytes:
    return json.dumps(service.state.snapshot(), sort_keys=True).encode()


def changed_only_by_a_valid_change(name: str, reply: Reply) -> bool:
    return name in STATEFUL and reply.text.startswith(SUCCESS)


@FUZZ
@given(command=commands(), ctx=st.sampled_from(CONTEXTS))
def test_every_command_answers_in_valid_html(
    service: CommandService, command: tuple, ctx: ChatContext
) -> None:
    text, name, addressed = command
    before = state_bytes(service)
    reply = service.handle(text, ctx)
    if not addressed:
        assert reply is None, "a command for another bot was answered"
        assert state_bytes(service) == before
        return
    assert reply is not None
    assert_valid(reply)
    if state_bytes(service) != before:
        assert changed_only_by_a_valid_change(name, reply), (text, reply.text)


@FUZZ
@given(text=TEXT, ctx=st.sampled_from(CONTEXTS))
def test_any_message_is_answered_or_left_alone(service: CommandService, text: str, ctx: ChatContext) -> None:
    before = state_bytes(service)
    reply = service.handle(text, ctx)
    if reply is None:
        # Quiet only in a group on something not for the bot, or on a command for another bot.
        assert ctx.is_group or "@" in text or "＠" in text
    else:
        assert_valid(reply)
        if state_bytes(service) != before:  # only a /subscribe, /unsubscribe or /script that went through
            assert reply.text.startswith(SUCCESS), (text, reply.text)


@FUZZ
@given(before=NO_ADDRESS, after=NO_ADDRESS, ctx=st.sampled_from([c for c in CONTEXTS if c.is_group]))
def test_a_mention_in_a_group_is_always_answered(
    service: CommandService, before: str, after: str, ctx: ChatContext
) -> None:
    state = state_bytes(service)
    reply = service.handle(f"{before} @{BOT} {after}", ctx)
    assert reply is not None
    assert_valid(reply)
    assert state_bytes(service) == state


@FUZZ
@given(query=TEXT, script=st.sampled_from(["simplified", "traditional", "klingon"]))
def test_inline_queries_give_valid_articles(service: CommandService, query: str, script: str) -> None:
    items = service.inline(query, script)
    assert len(items) <= 50
    for item in items:
        assert item.id and item.title.strip()
        assert html_problem(item.html) is None, item.html[:300]


@FUZZ
@given(
    key=st.one_of(texts(40), st.from_regex(r"[0-9a-f]{12}", fullmatch=True), st.just("")),
    number=st.integers(-(2**40), 2**40),
    chat_id=st.sampled_from([c.chat_id for c in CONTEXTS]),
)
def test_forged_page_keys_find_nothing(service: CommandService, key: str, number: int, chat_id: int) -> None:
    assert service.page(key, number, chat_id) is None


@FUZZ
@given(number=st.integers(-3, 12), chat_id=st.sampled_from([101, 102]))
def test_real_page_keys_turn_pages_in_their_own_chat_only(
    service: CommandService, number: int, chat_id: int
) -> None:
    first = service.handle("/search 亿元", CONTEXTS[0])
    assert first is not None and first.paging_key
    service.bind_pages(first.paging_key, 101)
    reply = service.page(first.paging_key, number, chat_id)
    if chat_id != 101 or not 0 <= number < len(first.pages):
        assert reply is None
    else:
        assert reply is not None and reply.page == number
        assert_valid(reply)


# -- the build on mangled seeds ---------------------------------------------------------------------------

PINYIN = st.from_regex(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,12}[)）]", fullmatch=True)


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    """The smallest seed, spoiled the way documents come spoiled."""
    text = SEED.read_text(encoding="utf-8")
    how = draw(st.sampled_from(["bytes", "truncate", "pinyin", "widths", "huge line", "gb18030", "text"]))
    if how == "gb18030":
        return text.encode("gb18030")
    data = text.encode("utf-8")
    if how == "bytes":
        for _ in range(draw(st.integers(1, 20))):
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
        return data
    if how == "truncate":
        return data[: draw(st.integers(0, len(data)))]  # mostly mid-character
    if how == "pinyin":
        for _ in range(draw(st.integers(1, 30))):
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(PINYIN) + text[at:]
    elif how == "widths":
        flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
        text = "".join(full_width(c) if flip else c for c, flip in zip(text, flips, strict=True))
    elif how == "huge line":
        text = text.replace("\n", draw(st.sampled_from(["", " ", "\u3000"]))) * draw(st.integers(1, 6))
    else:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(texts(2000)) + text[at:]
    return text.encode("utf-8")


def well_formed_problem(record: Record, normalized: str, raw_length: int) -> str | None:
    value = record.value
    numbers = value if isinstance(value, list) else [value]
    if isinstance(value, list) and (len(value) != 2 or value[0] > value[1]):
        return f"value {value!r} is no [lo, hi]"
    if not all(type(v) is int or (type(v) is float and math.isfinite(v)) for v in numbers):
        return f"value {value!r} is no number"
    if not record.unit or record.kind not in ("target", "actual") or not record.indicator:
        return f"unit {record.unit!r}, kind {record.kind!r}, indicator {record.indicator!r}"
    if record.text not in normalized:
        return f"text {record.text!r} is not in the normalized document"
    if not 0 <= record.start < record.end <= raw_length:
        return f"offsets {record.start}-{record.end} outside the document ({raw_length})"
    return None


@settings(FUZZ, max_examples=60)
@given(data=mangled())
def test_the_build_reads_a_mangled_seed_or_refuses_it_cleanly(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    seeds = tmp_path_factory.mktemp("seeds")
    shutil.copy(SEEDS / "manifest.jsonl", seeds)
    path = seeds / SEED.name
    path.write_bytes(data)
    store = seeds / "store.json"
    store.write_bytes(b"the old store")
    try:
        build_store(seeds, store)
    except BuildError as exc:
        assert str(path) in str(exc) and store.read_bytes() == b"the old store", str(exc)
        return
    raw = read_document(path)
    normalized = normalize(raw).text
    for record in PolicyStore.load(store).records:
        problem = well_formed_problem(record, normalized, len(raw))
        assert problem is None, f"{problem}: {record}"
