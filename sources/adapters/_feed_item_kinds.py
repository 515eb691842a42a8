"""A feed item that is a job ad, a shop's offer or a software release, not an event: no date read (left35). Pure.

review36 and review37 left these: a careers feed's items carry `<when>Start: 1 March 2031</when>` (the job's first
day) or future pubDates (the day the ad goes up), a shop's feed lists "20% off all shoes" on the day the offer
starts, a changelog lists "Version 2.4.1" on its release day. Each was read as an event at that moment (0.7 with a
build time, 0.45 without). They are notices of another kind; ``item_kind_note`` says which, and the item is set
aside with that reason (``_feed_dates.item_dates``, before any of its dates is read).

- *A job ad*: two of a job ad's words in the item's title and text ("salary", "per annum", "full-time", "we are
  hiring", "vacancy", "apply by", "closing date", "Gehalt", "Vollzeit", "(m/w/d)"…), one of them only a job ad's
  (``STRONG_JOB``: not "part-time" or "apply now", a course's too); or that one alone when the feed's title names
  jobs ("Jobs at Acme", "Careers", "Vacancies", "Stellenangebote", "Offres d'emploi").
- *A shop's offer*: a title that opens with a discount ("20% off", "£5 off", "Free delivery", "Buy one get one"),
  or a product's words ("Add to basket", "In stock", "Buy now"), in an item that never names a ticket, a show or a
  booking.
- *A release*: a title that is a version ("Version 2.4.0", "v2.4.1", "Release 3.1: dark mode") in a feed whose
  title names a changelog, releases or release notes, or an item whose words are a release's ("bug fixes", "fixed a
  crash", "added", "deprecated").

Not (``tests/sources/test_left35_feeds.py``): a careers fair, a job-interview workshop, a webinar or an open day
about jobs (an event's word in the title: ``_feed_job_words.names_event``, the job-ad vocabulary this module shares
with ``_feed_calls``, left36); a concert with "Use code EARLY for 20% off tickets"; "20%
off tickets for Hamlet" (a ticket named); a "Version 2.0 launch party" (no version alone) or a band's "Release party".
"""

from __future__ import annotations

import re

from sources.adapters._feed_job_words import JOB_WORD, JOBS_FEED, STRONG_JOB, names_event
from sources.adapters._feed_media_release import media_release
from sources.adapters._feed_service_notices import service_notice

MAX_TEXT = 4_000  # characters of an item's words looked at
MAX_TITLE = 200

OFFER_TITLE = re.compile(
    r"^\W{0,3}(?:(?:up\s+to\s+)?\d{1,2}\s?%\s+off|[£$€]\s?\d{1,4}\s+off|free\s+(?:delivery|shipping|postage|gift)"
    r"|buy\s+one,?\s+get\s+one|bogof?\b|\d{1,2}\s?%\s+(?:rabatt|r[ée]duction|de\s+descuento|korting)"
    r"|gratis\s+versand|livraison\s+gratuite)",
    re.IGNORECASE,
)
PRODUCT_WORD = re.compile(
    r"\b(?:add\s+to\s+(?:basket|cart|bag)|(?:in|out\s+of|back\s+in)\s+stock|buy\s+now|free\s+delivery\s+(?:over|on)"
    r"|in\s+den\s+warenkorb|auf\s+lager|ajouter\s+au\s+panier|en\s+stock)\b",
    re.IGNORECASE,
)
TICKET = re.compile(
    r"\b(?:tickets?|billets?|karten|entradas|show|concert|gig|performance|booking|admission|entry|festival)\b",
    re.IGNORECASE,
)
# review40: a ticket's words (not "performance": a release's "performance improvements")
ADMISSION = re.compile(r"\b(?:tickets?|billets?|karten|entradas|admission|premi[eè]re|box\s+office)\b", re.IGNORECASE)
VERSION_TITLE = re.compile(
    r"^\W{0,3}(?:(?:version|release|v)\s?\d{1,4}(?:\.\d{1,4}){1,3}|v\d{1,4})(?:[-.]?(?:rc|beta|alpha)\d{0,3})?"
    r"(?:\s*(?:[-–—:(]|$))",
    re.IGNORECASE,
)
RELEASES_FEED = re.compile(r"\b(?:change\s?log|releases|release\s+notes|what's\s+new|versions)\b", re.IGNORECASE)
RELEASE_WORD = re.compile(
    r"\b(?:bug\s?fix(?:es)?|fixed\s+(?:a|an|the)\b|performance\s+improvements|deprecated|breaking\s+changes?|"
    r"added\s+(?:support|a|an|the)\b|upgrade\s+to|changelog)\b",
    re.IGNORECASE,
)
JOB = "The item is a job ad ({said!r}), not an event: its dates are the job's start or the application's close."
OFFER = "The item is a shop's offer ({said!r}), not an event: its dates are the offer's."
RELEASE = "The item is a software release ({said!r}), not an event: its date is the release's."


def _job_words(text: str) -> list[str]:
    return list(dict.fromkeys(found.group(0).casefold() for found in JOB_WORD.finditer(text)))


def item_kind_note(title: str | None, text: str | None, channel_title: str | None) -> str | None:
    """Why the item is a job ad, a shop's offer, a release (see the module) or a transit service notice, or None."""
    title = (title or "").strip()[:MAX_TITLE]
    words = f"{title} {(text or '')[:MAX_TEXT]}"
    channel = (channel_title or "")[:MAX_TITLE]
    event = names_event(title)  # an event held about jobs ("Careers fair", "Interview skills"): _feed_job_words
    if title and not event:
        found = _job_words(words)
        jobs_feed = JOBS_FEED.search(channel) is not None and not names_event(channel)
        strong = any(STRONG_JOB.search(word) for word in found)
        if strong and (len(found) >= 2 or jobs_feed):
            return JOB.format(said=found[0])
    offer = OFFER_TITLE.match(title) or PRODUCT_WORD.search(words)
    if offer is not None and not TICKET.search(words) and not event:
        return OFFER.format(said=offer.group(0).strip())
    version = VERSION_TITLE.match(title)
    admitted = event or ADMISSION.search(words)  # "Version 1.0", a play with tickets (review40)
    if version is not None and not admitted and (RELEASES_FEED.search(channel) or RELEASE_WORD.search(words)):
        return RELEASE.format(said=version.group(0).strip(" -–—:("))
    released = media_release(title, text)  # a film's "Theatrical release" (feeds85)
    if released is not None:
        return released
    return service_notice(title, text, channel_title)  # a bus diversion, a moved stop (_feed_service_notices)
