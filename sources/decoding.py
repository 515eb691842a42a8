"""Bytes from the outside world → clean text. Pure; shared by the HTTP client, the adapters and `extract`.

Feeds, calendars and pages arrive in UTF-8 most of the time, but also in UTF-16 with a byte-order mark
(Outlook exports, some Windows tools), with a declared legacy charset, or with a few invalid bytes. None of
that should make a document unreadable. Text fields must also never carry characters that break a
terminal (escape sequences), PostgreSQL (NUL) or an encoder (lone surrogates).
"""

from __future__ import annotations

import codecs
import re

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)

# Encodings whose code units are two or four bytes: a document in one cannot be read as ASCII.
_WIDE = ("utf-16", "utf-32")
# C0 controls except TAB, LF and CR; DEL; C1 controls (which include the 8-bit CSI, 0x9B); lone surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Terminal escape sequences are removed whole, not just their ESC byte, so "\x1b[31m" leaves nothing behind.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def sniff_bom(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces and the mark's length, or (None, 0)."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None, 0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a mark: every other byte of ASCII text is NUL."""
    sample = data[:200]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.8 and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > half * 0.8 and odd_nuls == 0:
        return "utf-16-be"
    return None


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding.strip().strip("\"'")).name
    except LookupError:
        return None


def _declared(data: bytes, declared: str | None) -> str | None:
    """The declared charset, unless the bytes cannot be in it. A declaration that says UTF-16 or UTF-32 was read
    from bytes that are ASCII (that is how it was found), and a document in a 16- or 32-bit encoding has a mark or
    NUL bytes between its ASCII letters: without either, the label is wrong (a feed written as UTF-8 by a template
    that still says "utf-16") and decoding by it would turn the whole document into noise."""
    encoding = _known(declared)
    if encoding is not None and encoding.startswith(_WIDE) and b"\x00" not in data[:200]:
        return None
    return encoding


def decode_document(data: bytes, declared: str | None = None) -> str:
    """Decode a whole document: a byte-order mark wins, then the declared charset, then UTF-8.

    Undecodable bytes become U+FFFD rather than an error: one bad byte never makes a feed unreadable.
    """
    encoding, skip = sniff_bom(data)
    if encoding is None:
        encoding = _utf16_without_bom(data) or _declared(data, declared) or "utf-8"
    return data[skip:].decode(encoding, errors="replace")


def to_utf8(data: bytes, declared: str | None = None) -> bytes:
    """The same document as UTF-8 bytes without a mark (for parsers that only take bytes)."""
    encoding, _ = sniff_bom(data)
    if (
        encoding in (None, "utf-8")
        and _utf16_without_bom(data) is None
        and _declared(data, declared) in (None, "utf-8")
    ):
        return data[3:] if data.startswith(codecs.BOM_UTF8) else data
    return decode_document(data, declared).encode("utf-8")


def strip_controls(text: str) -> str:
    """Text without terminal escapes, control characters, NUL or lone surrogates (TAB, LF, CR kept)."""
    if not text:
        return text
    return _CONTROL.sub("", _ANSI.sub("", text))
