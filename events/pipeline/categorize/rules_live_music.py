"""Keyword rules for live music billed as the event (rules_tables.py gathers the table): "Emo Night Live Band",
"GRUNGE REVIVAL NIGHT: 3 live bands", "Live Music at the Bandstand", "Saturday Rockers - Live Reggae featuring …".

A venue's weekly night is written with the words of a party ("Party", "Disco", "Dancing", "Night") and, at a bar, a
club or a lounge, the model read such a night as nightlife although the title says a band plays: a DJ's night is
nightlife, a band's is music (the corpus's boundary, categorize/__init__.py). The training corpus labels every title
that bills live music so as music (seven rows: "Emo Night Live Band", "Neo-Soul Night: Live Band Tribute to
D'Angelo", "Live Jazz Tuesday: …", "Live Music: The Right Fit" …), so the words decide in a title: "live" and a band,
music, musicians, an orchestra or a genre's name.

Live music that accompanies another event is that event's: "Swing Dance Social with Live Band" is a dance social,
"Tango Milonga with Live Orchestra" a milonga, "Farmers Market with Live Music" a market, "Vinyasa & Live Music" a
yoga class, "Comedy with Live Music" a comedy night (all so labelled in the training corpus): "with" or "and" before
the words make a longer phrase that only hints, so the title's other words and the model decide ("&" is no word, so
"live music" names the event only where it opens the title); "Live Band Karaoke" is karaoke, its longer phrase
decides. Not read from a description ("live music on the patio" at a market, a food-truck rally, a charity ball), nor
"live DJ", nor "live" alone ("Röyksopp live", "Live at the Apollo": a performer's or a venue's show the model
already weighs), nor "live stream", "live auction", "live comedy".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# What plays: a band, musicians, an orchestra or a genre's name ("Live Reggae", "Live Salsa").
_PLAYED = (
    "band", "bands", "musicians", "orchestra", "jazz", "blues", "reggae", "salsa", "cumbia", "latin music", "soul",
    "funk", "country music", "bluegrass", "rock", "folk music", "afrobeat", "r&b", "rnb", "gospel", "swing",
)  # fmt: skip
LIVE_PLAYED = tuple(f"live {played}" for played in _PLAYED)
# "Live music" names no player: it bills the event only where it opens the title ("Live Music at the Bandstand");
# after another event's words it accompanies them ("Vinyasa & Live Music": "&" is no word, so no joint shows it).
LIVE_MUSIC = ("live music",)
# Live music beside another event: "X with live band", "X and live music".
ACCOMPANIED = tuple(
    f"{joint} {phrase}" for joint in ("with", "w/", "and", "plus") for phrase in (*LIVE_PLAYED, *LIVE_MUSIC)
) + tuple(f"with a {phrase}" for phrase in LIVE_PLAYED)
# Karaoke sung to a live band is karaoke: the longer phrase hides the band's and decides itself.
LIVE_KARAOKE = tuple(f"{phrase} karaoke" for phrase in (*LIVE_PLAYED, *LIVE_MUSIC))

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
LIVE_MUSIC_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("live-music", "music/concerts", "title", LIVE_PLAYED),
    ("live-music", "music/concerts", "lead", LIVE_MUSIC),
    # A hint hides a shorter phrase only where it names a category (rules.py keeps the longest of those spans).
    ("live-music", "music/concerts", "hint", ACCOMPANIED),
    ("karaoke", "nightlife/karaoke", "title", LIVE_KARAOKE),
)
