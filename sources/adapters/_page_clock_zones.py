"""A schedule line's clock with its zone's abbreviation after it, and how to attend before its name. Pure.

- *The zone after the clock* (``with_zone``): "August 18, 10am – 11am PDT on Zoom: Live virtual Q&A.", "October 19 -
  Steam Next Fest begins at 10am PDT; set your demo live." (held-out batch 77, Steam's Next Fest dates): the clock is
  read, and its zone's abbreviation ("PDT", "EST", "CET", "BST", in capitals, one of the zones the feed reader knows:
  _feed_zone_words.ZONES) written right after it, a space or a bracket between, is part of it: it is no word of the
  event's name ("PDT on Zoom: …"). Not: capitals that name no zone ("7pm PARTY", "6pm LIVE"), an abbreviation glued
  to more letters ("ESTATE"), or one further on in the line ("… at 7pm in the EST room" keeps its words); nor a
  zone that is all the line says besides its date and clock ("September 21, 2031 - 18:50 CEST" over a match card's
  sides: the line names nothing, as _page_card_sides reads it).
- *How to attend before the name* (``remote_lead``): "on Zoom: Live virtual Q&A", "Via Webex – Budget hearing": a
  line's name opened by the service it is held on and a colon or a dash is the name after it; the service is where
  it is held. Not: a name that only mentions the service ("Zoom etiquette workshop", "Meeting on Zoom fatigue"), the
  service with nothing after it (the schedule's REMOTE_PLACE reads that), a lead with no colon or dash after it.
"""

from __future__ import annotations

import re

from sources.adapters._feed_zone_words import ZONES

# The abbreviation right after the clock: at most two spaces (or a no-break space) and an optional bracket before it.
# A two-letter one ("ET", "CT", "PT", "MT") is a zone only when no capitalised word follows it: "7pm CT Youth Symphony",
# "7pm ET Phone Home screening" open a name (review25); "7pm ET" and "7pm (ET) Board" still end a clock.
_LONG_ZONES = "|".join(sorted((zone for zone in ZONES if len(zone) > 2), key=len, reverse=True))
_SHORT_ZONES = "|".join(sorted(zone for zone in ZONES if len(zone) <= 2))
ZONE_AFTER = re.compile(rf"[ \t\xa0]{{0,2}}\(?(?:{_LONG_ZONES}|(?:{_SHORT_ZONES})(?![ \t\xa0]{{1,3}}[A-Z]))\)?(?![\w])")
# The service a meeting is held on, opening the name, then a colon or a dash: "on Zoom:", "via Microsoft Teams –".
REMOTE_LEAD = re.compile(
    r"^(?P<lead>(?:on|via|over)[ \t]{1,3}(?:zoom|webex|microsoft[ \t]teams|teams|google[ \t]meet|gotowebinar|"
    r"youtube|twitch))[ \t]{0,2}(?::|[-–—])[ \t]{1,3}(?=\S)",
    re.IGNORECASE,
)


def with_zone(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The clock's ``span`` in ``text``, with the zone's abbreviation right after it when one is written."""
    zone = ZONE_AFTER.match(text, span[1])
    return (span[0], zone.end()) if zone is not None else span


def remote_lead(title: str) -> tuple[str, str] | None:
    """(name, where) for a name opened by the service it is held on ("on Zoom: Live virtual Q&A"), else None."""
    lead = REMOTE_LEAD.match(title)
    if lead is None:
        return None
    return title[lead.end() :].strip(), lead.group("lead")
