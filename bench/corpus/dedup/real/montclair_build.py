"""Transcribe five real calendars of one town (Montclair, New Jersey), as one community-calendar project stored them
(MaggieMcgu/community-calendar, a fork of judell/community-calendar that runs its own feeds, commit
899de47783037cd77c4122aef055d5a168267a54, fetched 11 April 2026 about 10:36 local), into the records our pipeline
hands to dedup: Montclair Local (the town newspaper's events calendar, which lists other organisers' events) and four
organisers' own calendars: Montclair Film (two cinemas), Montclair Brewery (its Eventbrite page), The Montclair
Foundation (Van Vleck House & Gardens) and Montclair Book Center (its Eventbrite page). Every newspaper listing in the
file (30, 11 to 15 April, with the exhibitions still running), and every organiser listing starting 11 to 15 April.

Truth from the data, not from titles: a newspaper listing is an organiser's listing when it names that organiser
(its ORGANIZER, 'Montclair Brewery' <Staff@montclairbrewery.com>) or repeats the organiser's own description, and the
organiser's calendar has a listing at that place and start. Two newspaper listings naming one organiser, one place
and one start are one event posted twice. Descriptions and organisers are not handed to dedup (they are the truth)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from transcription import write_or_check  # beside this script

from sources.adapters._ical_fields import location  # the ICS adapter's own LOCATION split

HERE = Path(__file__).resolve().parent
TARGET = HERE / "montclair_crossref.jsonl"

VAN_VLECK_ML = "Van Vleck House & Gardens, 21 Van Vleck Street, Montclair, NJ, 07042, United States"
VAN_VLECK = "Van Vleck House & Gardens, 21 Van Vleck Street, Montclair, 07042, United States"
KASSER = "Alexander Kasser Theater, Montclair State University, Montclair, NJ, 07042, United States"
UUCM = "Fletcher Hall, Unitarian Universalist Congregation at Montclair, 67 Church Street, Montclair, NJ, 07042, United States"
CHIC = "The Eclectic Chic Boutique, 547 Bloomfield Avenue, Montclair, NJ, 07042, United States"
CHIC_GEO = (40.821883, -74.213388)
JAKES = "Just Jake’s, 30 Park St., Montclair, NJ, 07042, United States"
JAKES_GEO = (40.8161813, -74.218414)
KASSER_GEO = (40.8615199, -74.1985521)
BREWERY_ML = "Montclair Brewery, 101 Walnut Street, Montclair, NJ, 07042, United States"
BREWERY = "Montclair Brewery, 101 Walnut Street, Montclair, NJ 07042, Montclair, NJ"

# Montclair Local: (UID number, local start "MMDDTHHMM" or "MMDD" for a day, SUMMARY, LOCATION, GEO,
# the organiser listing it is, when the data says so, as "source:id", with what says so).
# fmt: off
LOCAL = [
    ("10138205", "0313T1800", "Good Works", "Leach Gallery, 641 Bloomfield Avenue, Montclair, 07042, United States", None, None),
    ("10138262", "0320", "The Museum Makes Art: MAM’s Creative Community", "Montclair Art Museum, 3 South Mountain Ave, Montclair, NJ, 07042, United States", (40.8185787, -74.2242523), None),
    ("10138186", "0324T0800", "Project for Empty Space | Lives In Translation: \"A Feeling of Itself\"", "Project for Empty Space, 800 Broad Street, Newark, 07102, United States", None, None),
    ("10139415", "0327T2000", "What the Constitution Means to Me", "The Van Guard Theater, 180 Bloomfield Ave, Montclair, 07042, United States", None, None),
    ("10136546", "0411T0730", "The Elementary Spacetime Show", KASSER, KASSER_GEO, None),
    ("10136511", "0411T1300", "Lego Robotics for Elementary Students", "RecRoom, 1 Lackawanna Plaza, Ste. 6, Montclair, 07042, United States", None, None),
    ("10136547", "0411T1400", "The Elementary Spacetime Show", KASSER, KASSER_GEO, None),
    ("10139441", "0411T1500", "SeaChange Immersive Installation", UUCM, None, None),
    ("10138221", "0411T1600", "Special Screening-  YOU GOT GOLD: A CELEBRATION OF JOHN PRINE", "The Clairidge, 486 Bloomfield Ave, Montclair, 07042, United States", None, None),
    ("10138305", "0411T1600", "In Spite of Ourselves: The Music of John Prine Tribute Concert & Film Screening", "Outpost in the Burbs, 40 South Fullelrton Avenue, Montclair, NJ, 07043, United States", None, None),
    ("10139449", "0411T1700", "The Mozzarella God at Montclair Brewery", BREWERY_ML, None, ("brewery:1985167444265", "ORGANIZER Montclair Brewery")),
    ("10138270", "0411T1730", "Flower Crown Making Workshop", CHIC, CHIC_GEO, None),
    ("10138260", "0411T1930", "Tito Puente Jr.", "Wilkins Theatre, 1000 Morris Ave, Union, NJ, 07083, United States", None, None),
    ("10138302", "0411T2000", "R.E.M. + The Replacements tribute bands", "Tierney’s Tavern, 136 Valley Road, Montclair, NJ, 07042, United States", None, None),
    ("10139442", "0412T1200", "SeaChange Immersive Installation", UUCM, None, None),
    ("10138271", "0412T1300", "Rug Tufting Workshop", CHIC, CHIC_GEO, None),
    ("10139427", "0412T1400", "Second Sunday Concerts: Teatro Nuovo", VAN_VLECK_ML, None, ("foundation:10004955", "the organiser's own description")),
    ("10138269", "0412T1700", "Transition Your Wardrobe Sewing Workshop", CHIC, CHIC_GEO, None),
    ("10139510", "0412T1700", "Faculty Piano Recital - David Witten: “From Sea to Shining Sea”", "Leshowitz Hall, Montclair State University, 1 Normal Avenue , Montclair, New Jersey, United States", (40.8609869, -74.197648), None),
    ("10139448", "0412T1730", "JAAK live at Montclair Brewery", BREWERY_ML, None, ("brewery:1982917924892", "ORGANIZER Montclair Brewery")),
    ("10139417", "0412T1800", "Learn How to Get Published with the Book Doctors", None, None, None),
    ("10138280", "0412T1900", "Gotta Sing: BROADWAY!", JAKES, JAKES_GEO, None),
    ("10138244", "0412T1900", "GOTTA SING: BROADWAY!", JAKES, JAKES_GEO, ("montclairlocal:10138280", "ORGANIZER Gotta Sing Events, one place and start")),
    ("10138081", "0413T0930", "Monday Morning Yoga", VAN_VLECK_ML, None, ("foundation:10006177", "the organiser's own description")),
    ("10138306", "0413T1130", "Memory Café - A Dementia-Friendly Social Gathering", "Montclair Public Library, 50 South Fullerton Avenue, Montclair, New Jersey, 07042, United States", None, None),
    ("10139468", "0414T1100", "Mindfulness in the Garden (Weekday Series)", VAN_VLECK_ML, None, ("foundation:10006616", "the organiser's own description")),
    ("10139436", "0414T1900", "Reiki Infused Sound Bath & Chakra Balancing with Vinni", None, None, None),
    ("10139437", "0414T1900", "She Leads with Purpose: A Women’s Leadership Workshop with Nicole & Lauren", None, None, None),
    ("10136548", "0415T0730", "The Elementary Spacetime Show", KASSER, KASSER_GEO, None),
    ("10139419", "0415T1400", "CWC of Montclair Spring Used Book, Movie & Music Sale Children’s Day!", "College Women’s Club, 26 Park St, Monctlair, 26 Park St. (Lower Level), montclair, NJ, 07042, United States", None, None),
]

# The Montclair Foundation (Van Vleck House & Gardens): (UID number, local start, SUMMARY, LOCATION)
FOUNDATION = [
    ("10005984", "0411T1000", "Outdoor Adventures - Arbor Day Everyday", VAN_VLECK),
    ("10006746", "0411T1130", "The Secret Tea Room at Van Vleck - FULL", None),
    ("10004955", "0412T1400", "Second Sunday Concert: Teatro Nuovo", VAN_VLECK),
    ("10006177", "0413T0930", "Monday Morning Yoga - HYBRID in-person / virtual", VAN_VLECK),
    ("10006609", "0413T1200", "Journaling in the Garden", VAN_VLECK),
    ("10006616", "0414T1100", "Mindfulness in the Garden - Early Spring Series", VAN_VLECK),
    ("10007518", "0414T1900", "Awakening from Grief - Cancelled", None),
    ("10006013", "0415T1900", "Virtual Meditation", VAN_VLECK),
]

# Montclair Brewery and Montclair Book Center (Eventbrite pages): (event number of the URL, local start, SUMMARY)
BREWERY_EVENTS = [
    ("1985167444265", "0411T1700", "The Mozzarella God at Montclair Brewery"),
    ("1982912766463", "0411T1930", "Coquettish live at Montclair Brewery"),
    ("1982917924892", "0412T1730", "JAAK live at Montclair Brewery"),
]
BOOK_CENTER = "Montclair Book Center, 221 Glenridge Avenue, Montclair, NJ 07042, Montclair, NJ"
BOOK_EVENTS = [("1981212064618", "0411T1400", "Jenah Elnatshe's \"Stuck Between the Olive Trees\"")]

# Montclair Film (its two cinemas): SUMMARY -> [(local start, screen, the screen's LOCATION tail)]
CLAIRIDGE = "486 Bloomfield Avenue, Montclair, NJ 07042"
BELLEVUE = "260 Bellevue Avenue, Montclair, NJ 07043"
BELLEVUE_3 = "260 Bellevue Ave, Upper Montclair, NJ 07043"
FILM = {
    "You, Me & Tuscany": "0411T1615 B3|0411T1930 B2|0412T1345 B3|0412T1630 B1|0412T1930 B2|0413T1330 B1|0413T1630 B3|"
    "0413T1930 B2|0414T1330 B1|0414T1630 B3|0414T1930 B2|0415T1330 B1|0415T1630 B3|0415T1930 B2",
    "Two Prosecutors": "0411T1715 C1|0411T2000 C1|0412T1100 C1|0412T1345 C1|0412T1630 C1|0412T1930 C1|0413T1315 C1|"
    "0413T1615 C1|0413T1915 C1|0414T1315 C1|0414T1615 C1|0414T1915 C1|0415T1315 C1|0415T1615 C1|0415T1915 C1",
    "The AI Doc: Or How I Became an Apocaloptimist": "0411T1645 C3|0411T2015 C5|0412T1430 C5|0412T1700 C5|"
    "0412T1945 C5|0413T1345 C5|0413T1645 C5|0413T1945 C5|0414T1345 C5|0414T1645 C5|0414T1945 C5|0415T1330 C5|"
    "0415T1600 C5|0415T1830 C5",
    "Project Hail Mary": "0411T1600 B1|0411T1900 B3|0412T1100 B1|0412T1600 B2|0412T1900 B3|0413T1400 B2|0413T1600 B1|"
    "0413T1900 B3|0414T1400 B2|0414T1600 B1|0414T1900 B3|0415T1400 B2|0415T1600 B1|0415T1900 B3",
    "The Drama": "0411T1445 C1|0411T1745 C5|0411T1930 C2|0412T1145 C2|0412T1415 C2|0412T1645 C2|0412T1915 C2|"
    "0413T1430 C2|0413T1700 C2|0413T1930 C2|0414T1430 C2|0414T1700 C2|0414T1930 C2|0415T1300 C2|0415T1630 C2|"
    "0415T1900 C2",
    "Kontinental ’25": "0411T1615 C6|0412T1830 C6|0413T1445 C6|0414T1830 C6|0415T1400 C6",
    "Exit 8": "0411T1500 C4|0411T1730 C4|0411T1945 C4|0412T1115 C4|0412T1600 C6|0412T1730 C4|0412T2000 C4|"
    "0413T1400 C4|0413T1630 C4|0413T1900 C4|0414T1400 C4|0414T1630 C4|0414T1900 C4|0415T1430 C4|0415T1700 C4|"
    "0415T1930 C4",
    "Fantasy Life": "0411T1900 C6|0412T1315 C6|0413T1830 C6|0414T1445 C6|0415T1800 C6",
    "The Super Mario Galaxy Movie": "0411T1700 B2|0411T1915 B1|0412T1130 B3|0412T1415 B1|0412T1615 B3|0412T1915 B1|"
    "0413T1415 B3|0413T1715 B2|0413T1915 B1|0414T1415 B3|0414T1715 B2|0414T1915 B1|0415T1415 B3|0415T1715 B2|"
    "0415T1915 B1",
    "Miroirs No. 3": "0411T1915 C3|0412T1230 C3|0412T1545 C3|0412T1900 C3|0413T1415 C3|0413T1715 C3|0413T2000 C3|"
    "0414T1415 C3|0414T1715 C3|0414T2000 C3|0415T1445 C3|0415T1715 C3|0415T1945 C3",
}
# fmt: on


def screen(code: str) -> str:
    """A screen code as the cinema's LOCATION gives it: 'C3' Clairidge Cinema 3, 'B3' Bellevue 3 (Upper Montclair)."""
    number = code[1:]
    if code[0] == "C":
        return f"Clairidge Cinema {number}, {CLAIRIDGE}"
    return f"Bellevue {number}, {BELLEVUE_3 if number == '3' else BELLEVUE}"


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())[:40]


def start(moment: str) -> str:
    """A local start, all of them after the 8 March change to EDT (-04:00); a day alone when the listing gives no time."""
    if "T" not in moment:
        return f"2026-{moment[:2]}-{moment[2:4]}"
    return f"2026-{moment[:2]}-{moment[2:4]}T{moment[5:7]}:{moment[7:9]}:00-04:00"


def record(
    source: str, external_id: str, moment: str, title: str, where: str | None, geo: tuple[float, float] | None = None
) -> dict:
    venue, address, _online = location(where)
    row: dict = {
        "source": source,
        "external_id": external_id,
        "title": title,
        "start": start(moment),
        "timezone": "America/New_York",
        "city": "Montclair",
        "venue_name": venue,
        "address": address,
    }
    if geo is not None:
        row["latitude"], row["longitude"] = geo
    row["truth"] = f"{source}:{external_id}"
    return row


def build() -> list[dict]:
    rows = []
    for uid, moment, title, where in FOUNDATION:
        rows.append(record("foundation", uid, moment, title, where))
    for number, moment, title in BREWERY_EVENTS:
        rows.append(record("brewery", number, moment, title, BREWERY))
    for number, moment, title in BOOK_EVENTS:
        rows.append(record("bookcenter", number, moment, title, BOOK_CENTER))
    for title, shows in FILM.items():
        for show in shows.split("|"):
            moment, code = show.split()
            rows.append(record("film", f"{moment}-{slug(title)}", moment, title, screen(code)))
    keys = {f"{row['source']}:{row['external_id']}" for row in rows}
    for uid, moment, title, where, geo, tie in LOCAL:
        row = record("montclairlocal", uid, moment, title, where, geo)
        keys.add(f"montclairlocal:{uid}")
        if tie is not None:
            linked, why = tie
            if linked not in keys:
                raise SystemExit(f"montclairlocal:{uid} names {linked}, which no listing is")
            row["truth"] = row["links_to"] = linked
            row["tied_by"] = why
        rows.append(row)
    return rows


def main(argv: list[str]) -> int:
    """Write the records beside this file, or with --check compare them."""
    return write_or_check(build(), TARGET, check="--check" in argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
