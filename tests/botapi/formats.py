"""The formats Telegram checks: UTF-16 lengths, typed-message entities, the HTML parse mode,
image sizes of uploads, inline keyboards."""

from __future__ import annotations

import re
import struct
from typing import Any

from .calls import ApiError, bad_request


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets and length limits."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


_COMMAND_RE = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_])")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_])")
_URL_RE = re.compile(r"https?://[^\s<>\"']+")


def auto_entities(text: str) -> list[dict[str, Any]]:
    """The bot_command, mention and url entities Telegram's clients attach to a typed message."""
    spans: list[tuple[int, int, str]] = []
    for regex, kind in ((_COMMAND_RE, "bot_command"), (_URL_RE, "url"), (_MENTION_RE, "mention")):
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in spans):
                continue
            spans.append((m.start(), m.end(), kind))
    spans.sort()
    return [
        {"type": kind, "offset": utf16_len(text[:s]), "length": utf16_len(text[s:e])} for s, e, kind in spans
    ]


_TAG_RE = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_ATTR_RE = re.compile(r"([A-Za-z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_ALL_TAGS = {*_SIMPLE_TAGS, "a", "span", "tg-emoji"}


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Telegram's HTML parse mode: plain text and entities, or ApiError(400) like the real API.

    Strict where Telegram is strict (unknown or unbalanced tags, a bare '<'), lenient where it is
    lenient (a bare '&' or '>' stays literal), so escaping bugs in the bot surface in tests.
    """
    out: list[str] = []
    pos16 = 0  # UTF-16 offset of the plain text produced so far
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict[str, Any]] = []
    i, n = 0, len(text)

    def fail(what: str) -> ApiError:
        return bad_request(f"can't parse entities: {what}")

    def byte_offset(idx: int) -> int:
        return len(text[:idx].encode("utf-8"))

    while i < n:
        ch = text[i]
        if ch == "<":
            m = _TAG_RE.match(text, i)
            if not m:
                bad = re.match(r"</?([^\s>]*)", text[i:])
                tag = bad.group(1) if bad else ""
                raise fail(f'Unsupported start tag "{tag}" at byte offset {byte_offset(i)}')
            closing, name, raw_attrs = m.group(1) == "/", m.group(2).lower(), m.group(3)
            if name not in _ALL_TAGS:
                kind = "end" if closing else "start"
                raise fail(f'Unsupported {kind} tag "{name}" at byte offset {byte_offset(i)}')
            if closing:
                if not stack:
                    raise fail(f"Unexpected end tag at byte offset {byte_offset(i)}")
                open_name, start, attrs = stack.pop()
                if open_name != name:
                    raise fail(
                        f'Unmatched end tag at byte offset {byte_offset(i)}, expected "</{open_name}>", '
                        f'found "</{name}>"'
                    )
                entity = _html_entity(name, attrs, start, pos16 - start, stack)
                if entity is not None and entity["length"] > 0:
                    entities.append(entity)
            else:
                attrs = {
                    a.group(1).lower(): next((g for g in a.groups()[1:] if g is not None), "")
                    for a in _ATTR_RE.finditer(raw_attrs)
                }
                if name == "span" and attrs.get("class") != "tg-spoiler":
                    raise fail('Tag "span" must have class "tg-spoiler"')
                stack.append((name, pos16, attrs))
            i = m.end()
            continue
        if ch == "&":
            m = _ENTITY_RE.match(text, i)
            if m:
                if m.group(1):
                    ch = _NAMED[m.group(1)]
                else:
                    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
                    if not 0 < code <= 0x10FFFF:
                        raise fail(f"Unsupported HTML entity at byte offset {byte_offset(i)}")
                    ch = chr(code)
                out.append(ch)
                pos16 += utf16_len(ch)
                i = m.end()
                continue
        # Plain text up to the next markup character.
        j = i + 1
        while j < n and text[j] not in "<&":
            j += 1
        chunk = text[i:j]
        out.append(chunk)
        pos16 += utf16_len(chunk)
        i = j
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _html_entity(
    name: str, attrs: dict[str, str], offset: int, length: int, stack: list[tuple[str, int, dict[str, str]]]
) -> dict[str, Any] | None:
    entity: dict[str, Any] = {"offset": offset, "length": length}
    if name == "a":
        href = attrs.get("href")
        if not href:
            return None
        user = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if user:
            mentioned = {"id": int(user.group(1)), "is_bot": False, "first_name": "User"}
            entity.update(type="text_mention", user=mentioned)
        else:
            entity.update(type="text_link", url=href)
        return entity
    if name == "span":
        entity["type"] = "spoiler"
        return entity
    if name == "tg-emoji":
        entity.update(type="custom_emoji", custom_emoji_id=attrs.get("emoji-id", ""))
        return entity
    if name == "code" and stack and stack[-1][0] == "pre":
        # <pre><code class="language-x"> is one pre entity with a language.
        language = attrs.get("class", "").removeprefix("language-")
        if language:
            stack[-1][2]["_language"] = language
            return None
    if name == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
        return entity
    entity["type"] = _SIMPLE_TAGS[name]
    if name == "pre" and attrs.get("_language"):
        entity["language"] = attrs["_language"]
    return entity


def image_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG, JPEG or GIF, or (0, 0) if unknown."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return w, h
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return w, h
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            seg_len = struct.unpack(">H", data[i + 2 : i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return w, h
            i += 2 + seg_len
    return 0, 0


def check_markup(markup: Any) -> dict[str, Any] | None:
    """Validate reply_markup like Telegram; return what a sent Message echoes (inline keyboards only)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return None  # reply keyboards / remove / force_reply are not echoed in the Message
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
    actions = (
        "url",
        "callback_data",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "login_url",
        "web_app",
        "pay",
        "callback_game",
        "copy_text",
    )
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise bad_request("can't parse inline keyboard button: Text must be non-empty")
            if sum(1 for a in actions if a in button) != 1:
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                )
            if "callback_data" in button and not 1 <= len(str(button["callback_data"]).encode()) <= 64:
                raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button and not re.match(r"(https?|tg)://\S+$", str(button["url"])):
                raise bad_request("BUTTON_URL_INVALID")
    return {"inline_keyboard": rows}
