"""A digest's MIME message, built and written out cheaply, and the SMTP backend that sends it.

Django builds a mail through ``email.mime`` (each header checked and RFC 2047-encoded as it is set, each text
part scanned for long lines by a Python loop) and writes it out with ``email.generator`` under the ``compat32``
policy: every header refolded through ``email.header.Header``, every body line written on its own, and a
regular expression compiled per message to check its boundary. For a digest that was more CPU than rendering
it (bench/digests.py). ``DigestMessage.message()`` builds the same message for the common case (one text and
one HTML part in UTF-8, no attachments, no Cc or Reply-To):

- the same tree: ``multipart/alternative`` over ``text/plain`` and ``text/html``, the same headers in the same
  order, the same transfer encodings (``7bit`` or ``8bit``; a part with a line over 998 bytes makes the whole
  message go Django's way, which quoted-printable encodes it);
- headers whose value is ASCII are folded once, at spaces, to lines of at most 78 characters (unfolding gives
  the value back exactly); the others (a non-ASCII city in the subject, a display name in From) are encoded the
  way Django encodes them, once per distinct value;
- the body lines' endings are rewritten in one pass, and the boundary is checked with a substring test.

The result is an ``email.message.Message`` like Django's, so every backend (console, locmem, file, an ESP's
raw-MIME API) can use it; its headers may be changed and parts added like any other. ``SmtpBackend`` is
Django's SMTP backend with the sender's address sanitized once per backend rather than once per message;
``digest_connection()`` picks it wherever Django's own SMTP backend is configured.
"""

from __future__ import annotations

import re
import secrets
import smtplib
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formatdate
from functools import lru_cache
from io import BytesIO
from typing import Any, cast

from anymail.message import AnymailMessage
from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as DjangoSmtpBackend
from django.core.mail.message import (
    ADDRESS_HEADERS,
    RFC5322_EMAIL_LINE_LENGTH_LIMIT,
    BadHeaderError,
    forbid_multi_line_headers,
    make_msgid,
    sanitize_address,
)
from django.core.mail.utils import DNS_NAME

DJANGO_SMTP = "django.core.mail.backends.smtp.EmailBackend"
DIGEST_SMTP = "digests.mime.SmtpBackend"
MAX_LINE = 78  # RFC 5322's recommended line length, as the compat32 policy folds
NEWLINES = re.compile(r"\r\n|\r|\n")
# An address Django's sanitize_address would give back unchanged: a dot-atom local part and an ASCII domain.
ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
PLAIN_ADDRESS = re.compile(rf"{ATOM}(?:\.{ATOM})*@[A-Za-z0-9-]{{1,63}}(?:\.[A-Za-z0-9-]{{1,63}})*")
UTF8 = Charset("utf-8")
UTF8.body_encoding = None  # type: ignore[assignment] # 8bit, as Django sends UTF-8 text parts (no base64)
SKIPPED_HEADERS = {"from", "to", "cc", "reply-to"}


class Folded(str):
    """A header value already folded for the wire (continuation lines joined by "\\n "), ASCII only."""

    __slots__ = ()


def _fold_ascii(name: str, value: str) -> Folded:
    """Fold at spaces so that lines stay within 78 characters where a space allows (a longer word stays whole,
    as every folder leaves it). A space a line is broken at begins the next line, so unfolding (removing the line
    breaks) gives the value back exactly; a line is never broken before an empty word (no blank line)."""
    if len(name) + 2 + len(value) <= MAX_LINE:
        return Folded(value)
    words = value.split(" ")
    lines: list[str] = []
    line = words[0]
    width = len(name) + 2
    for word in words[1:]:
        if word and width + len(line) + 1 + len(word) > MAX_LINE:
            lines.append(line)
            line, width = word, 1
        else:
            line = f"{line} {word}"
    lines.append(line)
    return Folded("\n ".join(lines))


@lru_cache(maxsize=4096)
def _encoded(name: str, value: str, encoding: str) -> Folded:
    """A non-ASCII header value in RFC 2047 words, computed once per distinct value: an address header's
    addresses as Django sanitizes them (display names encoded, domains in punycode), then folded at spaces; any
    other header as ``email.header.Header`` encodes it, its first word on the header's own line (Django's path
    folded it onto the next, so such a subject read back with a leading space)."""
    if name.lower() in ADDRESS_HEADERS:
        return _fold_ascii(name, forbid_multi_line_headers(name, value, encoding)[1])
    return Folded(Header(value, encoding, header_name=name).encode(linesep="\n", maxlinelen=MAX_LINE))


def header_value(name: str, value: Any, encoding: str = "utf-8") -> Folded:
    """``value`` ready to write after "``name``: " (refusing CR and LF, as Django does: no header injection)."""
    text = str(value)
    if "\n" in text or "\r" in text:
        raise BadHeaderError(f"Header values can't contain newlines (got {text!r} for header {name!r})")
    if text.isascii():
        return _fold_ascii(name, text)
    return _encoded(name, text, encoding)


class _Generator(BytesGenerator):
    """The standard bytes generator, minus its per-line writes and its refolding of headers we folded."""

    _fp: Any  # the generator's own attributes (set by flatten), for the type checker
    _NL: str
    policy: Any

    def _write_headers(self, msg: Message) -> None:
        write = self._fp.write
        for name, value in msg.raw_items():
            if type(value) is Folded:
                line = f"{name}: {value}" if self._NL == "\n" else f"{name}: {value}".replace("\n", self._NL)
                write((line + self._NL).encode("ascii"))
            else:
                write(self.policy.fold_binary(name, value))
        self.write(self._NL)

    def _write_lines(self, lines: str) -> None:
        if not lines:
            return
        if "\r" in lines:
            lines = NEWLINES.sub(self._NL, lines)
        elif self._NL != "\n":
            lines = lines.replace("\n", self._NL)
        self._fp.write(lines.encode("ascii", "surrogateescape"))


class DigestMIME(Message):
    """A Message written out by ``_Generator`` (and, like Django's, never mangling lines that start "From ")."""

    _headers: list[tuple[str, Any]]  # Message's own attributes, filled directly here
    _payload: Any
    _charset: Any

    def as_bytes(self, unixfrom: bool = False, policy: Any = None, linesep: str = "\n") -> bytes:
        out = BytesIO()
        generator = _Generator(out, mangle_from_=False, policy=policy)
        generator.flatten(self, unixfrom=unixfrom, linesep=linesep)
        return out.getvalue()

    def as_string(self, unixfrom: bool = False, maxheaderlen: int = 0, policy: Any = None, linesep: str = "\n") -> str:
        return self.as_bytes(unixfrom=unixfrom, policy=policy, linesep=linesep).decode("utf-8", "surrogateescape")

    def __bytes__(self) -> bytes:
        return self.as_bytes()

    def __str__(self) -> str:
        return self.as_string()


def _text_part(text: str, subtype: str) -> DigestMIME | None:
    """A UTF-8 text part as Django's SafeMIMEText makes it, or None when a line is too long for 8bit."""
    raw = text.encode("utf-8")
    if len(raw) > RFC5322_EMAIL_LINE_LENGTH_LIMIT and max(map(len, raw.splitlines())) > RFC5322_EMAIL_LINE_LENGTH_LIMIT:
        return None  # Django quoted-printable encodes such a part: its own path does that
    part = DigestMIME()
    part._headers = [
        ("Content-Type", Folded(f'text/{subtype}; charset="utf-8"')),
        ("MIME-Version", Folded("1.0")),
        ("Content-Transfer-Encoding", Folded("7bit" if raw.isascii() else "8bit")),
    ]
    part._payload = raw.decode("ascii", "surrogateescape")  # as Message.set_payload stores it
    part._charset = UTF8
    return part


def _boundary(*texts: str) -> str:
    """A boundary of the generator's shape that no line of the parts contains."""
    while True:
        boundary = f"==============={secrets.randbits(63):019d}=="
        if not any(f"--{boundary}" in text for text in texts):
            return boundary


class DigestMessage(AnymailMessage):
    """anymail's message (what every backend takes) whose MIME form is built by ``digests.mime``."""

    def message(self) -> Message:
        encoding = self.encoding or settings.DEFAULT_CHARSET
        html = [content for content, mimetype in self.alternatives if mimetype == "text/html"]
        if (
            encoding.lower() not in ("utf-8", "utf8")
            or self.attachments
            or self.cc
            or self.reply_to
            or len(self.alternatives) != 1
            or len(html) != 1
            or not isinstance(html[0], str)
        ):
            return super().message()
        text_part = _text_part(self.body, "plain")
        html_part = _text_part(html[0], "html")
        if text_part is None or html_part is None:
            return super().message()
        root = DigestMIME()
        boundary = _boundary(text_part._payload, html_part._payload)
        headers: list[tuple[str, str]] = [
            ("Content-Type", Folded(f'multipart/alternative;\n boundary="{boundary}"')),
            ("MIME-Version", Folded("1.0")),
            ("Subject", header_value("Subject", self.subject, encoding)),
            ("From", header_value("From", self.extra_headers.get("From", self.from_email), encoding)),
        ]
        if self.to:
            to = self.extra_headers.get("To", ", ".join(str(address) for address in self.to))
            headers.append(("To", header_value("To", to, encoding)))
        names = {name.lower() for name in self.extra_headers}
        if "date" not in names:
            headers.append(("Date", Folded(formatdate(localtime=settings.EMAIL_USE_LOCALTIME))))
        if "message-id" not in names:
            headers.append(("Message-ID", Folded(make_msgid(domain=DNS_NAME))))
        for name, value in self.extra_headers.items():
            if name.lower() not in SKIPPED_HEADERS:
                headers.append((name, header_value(name, str(value), encoding)))
        root._headers = headers
        root._payload = [text_part, html_part]
        return root


@lru_cache(maxsize=256)
def _sanitized(address: str, encoding: str) -> str:
    return sanitize_address(address, encoding)


def envelope_address(address: str, encoding: str = "utf-8") -> str:
    """``sanitize_address`` for the SMTP envelope, skipping its parser for a plain ASCII address it would keep."""
    if address.isascii() and PLAIN_ADDRESS.fullmatch(address) and len(address) <= 254:
        return address
    return sanitize_address(address, encoding)


class SmtpBackend(DjangoSmtpBackend):
    """Django's SMTP backend, with the From address sanitized once per distinct value (not per message) and
    plain recipient addresses taken as they are. Everything else (connection, TLS, errors) is Django's."""

    def _send(self, email_message: Any) -> bool:
        recipients = email_message.recipients()
        if not recipients:
            return False
        encoding = email_message.encoding or settings.DEFAULT_CHARSET
        from_email = _sanitized(str(email_message.from_email), encoding)
        to = [envelope_address(str(address), encoding) for address in recipients]
        message = email_message.message()
        try:
            cast(smtplib.SMTP, self.connection).sendmail(from_email, to, message.as_bytes(linesep="\r\n"))
        except smtplib.SMTPException:
            if not self.fail_silently:
                raise
            return False
        return True


def digest_connection(**kwargs: Any) -> Any:
    """The configured mail backend for a run of digests (``SmtpBackend`` in place of Django's SMTP backend)."""
    backend = settings.EMAIL_BACKEND
    return get_connection(DIGEST_SMTP if backend == DJANGO_SMTP else backend, **kwargs)
