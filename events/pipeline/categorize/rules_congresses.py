"""A learned or professional society's meeting is a conference: tech_business/conferences (helper cats35, issue #13).

A convention centre's calendar lists the congresses it hosts by the society's acronym, the year and "Annual Meeting"
("AAOMS 2026 Annual Meeting", "NACE 2026 Annual Meeting": bench/corpus/pages/files/h2-seattle_convention_center.html),
and a hotel's events by the body's full name ("Annual Meeting of the American Society of …", "American Academy of
Dermatology Annual Meeting"). The taxonomy files conferences under tech_business whatever the trade, but the word
"meeting" is the training corpus's public meeting (a board's, a co-op's, a homeowners' association's), so the model
read every one of them as community_civic. The shapes read here, from the title:

- a national or international body's meeting: "meeting" (or "scientific sessions") in a title naming "<American |
  National | International | European | World | Canadian | British | Australian | Asian | Royal> <Society | Academy |
  College | Association | Federation | Institute> of|for|on …";
- a society's acronym, a year and its meeting: a word of three to eight letters, three or more of them capitals and
  none of a public body's or a neighbourhood's own acronyms (HOA, PTA, PTO, AGM …), a year (19xx/20xx) and "Annual
  Meeting" / "Scientific Meeting" / "Clinical Meeting" / "Spring|Fall|Winter|Summer|Midyear Meeting".

Not: a homeowners' or a neighbourhood association's meeting, a library's friends', a co-op's members', a historical
society's (no national qualifier, no acronym with a year); a council's or a commission's sitting; "HOA 2031 Annual
Meeting"; a national body's local part ("… Chapter Meeting", "… Branch Monthly Meeting", a board's or members'
meeting: the lead's mend); a national body named with no meeting ("American Academy of Dermatology Skin Check": the model reads it).
review53: a local part named by its number ("Meeting of the American Society of Magicians Ring 12"), a campus
chapter's "General Body Meeting", a company's shareholders' or stockholders' and a credit union's members' meeting
("IBM 2031 Annual Meeting of Shareholders"); an acronym is not read from a shouted title, where every word is in
capitals ("OAKWOOD HOA 2031 ANNUAL MEETING", "FRIENDS OF THE LIBRARY 2031 ANNUAL MEETING").

Pure: no database, no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import Rule, RuleHit
from .tokens import as_text, words

__all__ = ["congress_hits", "names_a_congress"]

MAX_TITLE = 300
QUALIFIERS = frozenset(
    ("american", "national", "international", "european", "world", "canadian", "british", "australian", "asian",
     "royal")
)  # fmt: skip
BODIES = frozenset(("society", "academy", "college", "association", "federation", "institute"))
LINKS = frozenset(("of", "for", "on"))
MEETING_KINDS = frozenset(
    ("annual", "scientific", "clinical", "spring", "fall", "autumn", "winter", "summer", "midyear")
)
# A public body's, a school's or a neighbourhood's own acronyms: their annual meetings are community_civic.
CIVIC_ACRONYMS = frozenset(("HOA", "POA", "PTA", "PTO", "PTSA", "PTSO", "AGM", "BOE", "BOC", "BOS", "COA", "NAACP",
                            "YMCA", "YWCA", "VFW", "AARP", "AAUW", "LWV"))  # fmt: skip
# A local part of a national body meets as a club does ("National Federation of the Blind, Lakeside Chapter Meeting",
# "American Legion Post 12", "AAUW Branch Monthly Meeting"): community_civic, as before (the lead's mend).
LOCAL_PARTS = frozenset(("chapter", "branch", "local", "post", "unit", "lodge", "club", "group", "section", "district",
                         "county", "monthly", "weekly", "members", "membership", "board",
                         "shareholder", "stockholder", "owner"))  # fmt: skip  # review53: a company's owners
# review53: a campus chapter's "General Body Meeting", an annual general meeting, a credit union's members' meeting.
LOCAL_PAIRS = frozenset((("general", "body"), ("general", "meeting"), ("credit", "union")))
RULE = Rule(
    tag="conference",
    category="tech_business",
    subcategory="conferences",
    mode="title",
    phrases=("a learned or professional society's meeting",),
)


def _meeting(tokens: list[str]) -> bool:
    return "meeting" in tokens or ("scientific", "session") in zip(tokens, tokens[1:], strict=False)


def _national_body(tokens: list[str]) -> bool:
    """ "<qualifier> <body> of|for|on": a national or international society, academy, college or association."""
    return any(
        first in QUALIFIERS and second in BODIES and third in LINKS
        for first, second, third in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def _acronym(word: str) -> bool:
    letters = word.strip("\"'“”‘’()[]{}!?,.;:")
    capitals = sum(char.isupper() for char in letters)
    return (
        3 <= len(letters) <= 8
        and letters.isalpha()
        and capitals >= 3
        and letters[0].isupper()
        and (letters not in CIVIC_ACRONYMS)
    )


def _acronym_year_meeting(title: str, tokens: list[str]) -> bool:
    """A society's acronym, a year and a kind of meeting ("AAOMS 2026 Annual Meeting")."""
    year = any(_year(word) for word in tokens)
    kind = any(
        first in MEETING_KINDS and second == "meeting" for first, second in zip(tokens, tokens[1:], strict=False)
    )
    return year and kind and any(_acronym(word) for word in title.split())


def _numbered_part(tokens: list[str]) -> bool:
    """A local part named by its number ("Ring 12", "Post 12", "Local 1234": a number that is no year), a general
    body's or a credit union's meeting."""
    numbered = any(word.isdigit() and len(word) <= 4 and not _year(word) for word in tokens)
    return numbered or not LOCAL_PAIRS.isdisjoint(zip(tokens, tokens[1:], strict=False))


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def names_a_congress(title: str) -> bool:
    """Whether the title names a learned or professional society's meeting (see the module)."""
    tokens = words(title[:MAX_TITLE])
    if not _meeting(tokens) or not LOCAL_PARTS.isdisjoint(tokens) or _numbered_part(tokens):
        return False
    # a shouted title has every word in capitals: none of them tells a society's acronym (review53)
    shouted = title[:MAX_TITLE].isupper()
    return _national_body(tokens) or (not shouted and _acronym_year_meeting(title[:MAX_TITLE], tokens))


def congress_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits with a conference's where the title names a society's meeting (see the module)."""
    title = as_text(record.get("title"))
    # "eeting"/"ession" in the folded title first: most titles name no meeting (perf38's pre-checks)
    folded = title[:MAX_TITLE].casefold()
    if ("meeting" not in folded and "session" not in folded) or not names_a_congress(title):
        return hits
    return [*hits, RuleHit(RULE, True)]
