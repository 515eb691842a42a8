"""Share buttons' addresses: never an event's own page.

A listing's card or detail panel often carries "Tweet", "Share on Facebook", "Share on LinkedIn" or "WhatsApp"
buttons, links to the networks' share dialogs with the page in their query. When a card has no other link, the
first one was taken as the event's url; a table row or a schedule line that is one link could be one too. The page is
prepared with every share button made plain text (``_page_prepare.share_buttons_as_text``), before any reader
chooses a link. These dialogs live at fixed paths on each network (their documented share
endpoints), so the address alone tells a share button from a page there: a profile, a Facebook or LinkedIn event
page is still a page. Pure."""

from __future__ import annotations

import re

SHARE_LINK = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:"
    r"(?:twitter|x)\.com/(?:intent/|share\b)"
    r"|facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed|send))"
    r"|linkedin\.com/(?:shareArticle|sharing/|cws/share)"
    r"|pinterest\.[a-z.]+/pin/create"
    r"|reddit\.com/submit"
    r"|(?:api|web)\.whatsapp\.com/send|wa\.me/"
    r"|t(?:elegram)?\.me/share"
    r"|tumblr\.com/(?:share|widgets/share)"
    r"|bsky\.app/intent/"
    r"|threads\.net/intent/"
    r"|vk\.com/share\.php"
    r"|getpocket\.com/(?:save|edit)"
    r"|xing\.com/(?:spi/shares|social/share|app/user\?op=share)"
    r")",
    re.IGNORECASE,
)


def share_link(url: str) -> bool:
    """Whether ``url`` opens a social network's share dialog (or is a mail link with only a subject to share)."""
    return bool(SHARE_LINK.match(url)) or url.lower().startswith("mailto:?")
