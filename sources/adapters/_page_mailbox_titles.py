"""A "title" that is only a mailbox: a message's sender line, not an event. Pure.

An e-mail kept as HTML (a mail program's "print" view, an archived newsletter) starts with its header: the sender
("info@clockworkboston.com <info@clockworkboston.com>", "Jane Doe <jane@example.org>") beside when the message was
sent ("Sun, Jul 2, 2023 at 1:00 AM"). The page reader took that row for a dated event named by the sender. A name
that is nothing but an e-mail address, bare or in angle brackets after a display name, names no event: the record
is dropped. Not: a name that mentions an address among other words ("RSVP to events@club.org: Spring Dinner"), a
name with an at sign that is no address ("Jazz @ The Blue Door"), a display name alone.
"""

from __future__ import annotations

import re

_ADDRESS = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
# The whole title: an address, or a display name (words with no angle bracket or at sign, or the address again)
# and the address in angle brackets.
MAILBOX = re.compile(rf"^\s*(?:{_ADDRESS}|(?:(?:[^<>@\n]{{1,80}}|{_ADDRESS})\s)?<\s*{_ADDRESS}\s*>)\s*$")


def mailbox_title(title: str) -> bool:
    """Whether ``title`` is only a mailbox: an e-mail address, or a name and its address in angle brackets."""
    return bool(MAILBOX.match(title))
