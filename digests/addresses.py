"""Which addresses may subscribe, and the one spelling each is stored under.

``normalize_email`` gives an address one spelling (surrounding space gone, domain lower-cased and IDNA-encoded,
local part kept as typed: RFC 5321 lets a server treat ``Ann`` and ``ann`` differently, although lookups here
compare case-insensitively). ``check_email`` also refuses what can never receive a digest, or should not:
malformed addresses, IP-literal and single-label domains, reserved TLDs, disposable providers
(disposable_domains.txt) and the operator's DIGEST_BLOCKED_DOMAINS. Anything with a control character is refused
before anything else: an address reaches the ``To:`` header, and CR/LF there is header injection.
"""

from __future__ import annotations

import functools
import ipaddress
import unicodedata
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.encoding import punycode

MAX_LENGTH = 254  # RFC 5321's limit on a whole path, less the angle brackets
MAX_LOCAL = 64
RESERVED_TLDS = frozenset({"invalid", "test", "example", "localhost", "local"})
DISPOSABLE_FILE = Path(__file__).with_name("disposable_domains.txt")

EMPTY = "Enter your email address."
CONTROL = "An email address can't contain line breaks or other control characters."
NOT_PLAIN = "Write the address plainly, like name@example.org (no quotes, spaces or encoded parts)."
NOT_ASCII = (
    "Use an address written in plain Latin letters before the @ (accented or other scripts can't receive digests yet)."
)
MALFORMED = "Enter a complete email address, like name@example.org."
TOO_LONG = f"That address is too long: at most {MAX_LENGTH} characters."
LOCAL_TOO_LONG = f"The part before the @ is too long: at most {MAX_LOCAL} characters."
IP_LITERAL = "Use an address with a domain name, not an IP address."
SINGLE_LABEL = "Use an address with a full domain name (like example.org)."
RESERVED = "That domain is reserved and can't receive mail: use your real address."
DISPOSABLE = "Disposable addresses can't receive digests: use an address you keep."
BLOCKED = "Addresses at that domain can't subscribe: use another address."

_validator = EmailValidator(message=MALFORMED, allowlist=[])


class InvalidAddress(ValueError):  # noqa: N818 -- the name the other digest modules import
    """An address that cannot subscribe; ``message`` is for the person who typed it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _has_control(text: str) -> bool:
    # Category C* covers CR, LF, NUL, TAB, DEL, the C1 range and format characters such as U+202E (RTL override).
    return any(unicodedata.category(char).startswith("C") for char in text)


def normalize_email(raw: str) -> str:
    """``raw`` with surrounding space gone, the domain lower-cased and IDNA-encoded; InvalidAddress on control
    characters or when there is no ``local@domain`` shape to normalise."""
    text = str(raw).strip()
    if _has_control(text):
        raise InvalidAddress(CONTROL)
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        raise InvalidAddress(MALFORMED)
    domain = domain.lower().rstrip(".")  # "example.org." is the same domain, spelt absolutely
    if not domain.isascii():
        try:
            domain = punycode(domain)
        except UnicodeError as error:
            raise InvalidAddress(MALFORMED) from error
    return f"{local}@{domain}"


@functools.cache
def disposable_domains() -> frozenset[str]:
    lines = DISPOSABLE_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _suffixes(domain: str) -> list[str]:
    """mail.eu.mailinator.com → [mail.eu.mailinator.com, eu.mailinator.com, mailinator.com, com]."""
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def _is_ip_literal(domain: str) -> bool:
    if domain.startswith("["):
        return True
    try:
        ipaddress.ip_address(domain)
    except ValueError:
        return False
    return True


def _domain_problem(domain: str) -> str | None:
    if _is_ip_literal(domain):
        return IP_LITERAL
    if "." not in domain:
        return SINGLE_LABEL
    if domain.rsplit(".", 1)[1] in RESERVED_TLDS:
        return RESERVED
    suffixes = _suffixes(domain)
    if any(suffix in disposable_domains() for suffix in suffixes):
        return DISPOSABLE
    blocked = {str(name).strip().lower().lstrip("@.") for name in settings.DIGEST_BLOCKED_DOMAINS}
    if any(suffix in blocked for suffix in suffixes):
        return BLOCKED
    return None


def check_email(raw: str) -> str:
    """The normalised address if it can subscribe; InvalidAddress with a message for people otherwise."""
    if raw is None or not str(raw).strip():
        raise InvalidAddress(EMPTY)
    address = normalize_email(raw)
    local, _, domain = address.rpartition("@")
    if len(address) > MAX_LENGTH:
        raise InvalidAddress(TOO_LONG)
    if len(local) > MAX_LOCAL:
        raise InvalidAddress(LOCAL_TOO_LONG)
    if not local.isascii():
        # Mail to a non-ASCII mailbox needs SMTPUTF8 end to end, which few services offer (and look-alike letters,
        # such as the Kelvin sign for K, would make one mailbox many).
        raise InvalidAddress(NOT_ASCII)
    if '"' in local or "\\" in local or "=?" in local:
        # Quoted local parts ("victim"@) and RFC 2047 encoded words (=?utf-8?q?victim?=@) are decoded by the mail
        # library on the way out: stored as typed, they would be another spelling of the same inbox and slip past
        # its suppression, its one-row-per-address rule and its sign-up budget.
        raise InvalidAddress(NOT_PLAIN)
    problem = _domain_problem(domain)  # before the validator: its message for "[1.2.3.4]" would be vaguer
    if problem is not None:
        raise InvalidAddress(problem)
    try:
        _validator(address)
    except ValidationError as error:
        raise InvalidAddress(MALFORMED) from error
    return address


# Mailboxes that ignore dots in the local part (one inbox whatever the dots), and their aliases.
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def mailbox_key(address: str) -> str:
    """The inbox an address reaches, for counting sign-ups per address: lower case, without a "+tag", without
    dots where the provider ignores them. Not for storing or sending: the subscriber's spelling is kept."""
    local, _, domain = address.lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in DOTLESS_DOMAINS:
        local, domain = local.replace(".", ""), DOTLESS_DOMAINS[domain]
    return f"{local}@{domain}"


def same_address(a: str, b: str) -> bool:
    """Whether two normalised addresses are the same mailbox for our purposes (case-insensitive, as lookups are)."""
    return a.lower() == b.lower()
