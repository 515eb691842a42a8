"""The fifty-eighth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout58.json: a French PHP blogs'
planet RSS kept by its project's tests, and a Google Contacts Atom feed kept by a Ruby client's specs, both hard
negatives; measured once before anything was written for it: found 0/0, extra 0), on small documents of our own.

Nothing was missed, so no rule was written. What the batch showed is pinned here, so that a later rule cannot undo
it unseen:

- an RSS item whose only date is a non-standard ``<date>`` (a publication stamp in RFC 822 form, with an offset) is no
  event: the element is not taken for a start;
- a GData Atom feed of contacts (``gd:name``, ``gd:phoneNumber``, ``gd:email``, a postal address and a dated
  ``gd:extendedProperty``, ``<updated>`` stamps) is no event, though its ``gd:`` namespace is the one calendar feeds
  use for ``gd:when``.

What is NOT changed, checked beside them: the same planet item with its stamp in the RSS event module's
``<ev:startdate>`` is an event at that time; a GData calendar entry with ``gd:when`` and ``gd:where`` is still read
with its start and end.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from tests.sources.helpers import read_feed

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
read = functools.partial(read_feed, zone=PARIS, start=dt.datetime(2031, 6, 1, tzinfo=PARIS))

PLANET_ITEMS = (
    "<item><title>Sortie de la version 4.2</title><link>https://blog.example/v42</link><author>Marie</author>"
    "<{tag}>Wed, 18 Jun 2031 02:34:44 +0200</{tag}><description>Contenu de l'article 1</description></item>"
    "<item><title>Compte rendu du meetup</title><link>https://blog.example/meetup</link><author>Paul</author>"
    "<{tag}>Mon, 11 Aug 2031 07:33:41 +0200</{tag}><description>Contenu de l'article 2</description></item>"
)


def planet(tag: str) -> str:
    namespace = ' xmlns:ev="http://purl.org/rss/1.0/modules/event/"' if tag.startswith("ev:") else ""
    return (
        f'<?xml version="1.0"?><rss version="2.0"{namespace}><channel><title>Plan&#xE8;te Python</title>'
        "<description>Agrégateur de flux RSS sur le Python francophone</description>"
        "<link>http://planet.example/rss.php</link><language>fr-fr</language><generator>Planet</generator>"
        + PLANET_ITEMS.format(tag=tag)
        + "</channel></rss>"
    )


def gdata(entry: str, kind: str) -> str:
    return (
        "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:gd='http://schemas.google.com/g/2005'>"
        "<id>https://data.example/feeds/base</id><updated>2031-03-05T12:36:38.836Z</updated>"
        f"<category scheme='http://schemas.google.com/g/2005#kind' term='{kind}'/>"
        "<title type='text'>example.org</title><author><name>example.org</name></author>" + entry + "</feed>"
    )


CONTACT = (
    "<entry><id>https://data.example/base/c9012de</id><updated>2031-03-05T12:36:38.835Z</updated>"
    "<title type='text'>Ada Martin</title><gd:name><gd:fullName>Ada Martin</gd:fullName></gd:name>"
    "<gd:phoneNumber rel='http://schemas.google.com/g/2005#home' primary='true'>(619) 555-1212</gd:phoneNumber>"
    "<gd:email label='work' address='ada@example.org' primary='true'/>"
    "<gd:organization><gd:orgName>Martin SARL</gd:orgName><gd:orgTitle>Owner</gd:orgTitle></gd:organization>"
    "<gd:structuredPostalAddress><gd:formattedAddress>1 rue de la Paix, Paris</gd:formattedAddress>"
    "</gd:structuredPostalAddress><gd:extendedProperty name='anniversary' value='2031-09-12'/></entry>"
)

MEETING = (
    "<entry><id>https://data.example/full/1</id><updated>2031-03-05T12:36:38.835Z</updated>"
    "<title type='text'>Assemblée générale</title>"
    "<gd:when startTime='2031-09-12T19:00:00.000+02:00' endTime='2031-09-12T21:00:00.000+02:00'/>"
    "<gd:where valueString='Salle des fêtes'/></entry>"
)


def local(moment: str | None) -> str | None:
    return None if moment is None else dt.datetime.fromisoformat(moment).astimezone(PARIS).strftime("%Y-%m-%d %H:%M")


def summary(document: str) -> list[tuple[str, str | None, str | None]]:
    return [(event["title"], local(event.get("start")), local(event.get("end"))) for event in read(document)]


# --- hard negatives ------------------------------------------------------------------------------------------------
def test_a_planet_item_dated_only_by_a_nonstandard_date_element_is_no_event() -> None:
    assert read(planet("date")) == []


def test_a_gdata_contacts_feed_is_no_event() -> None:
    assert read(gdata(CONTACT, "http://schemas.google.com/contact/2008#contact")) == []


# --- what is not changed -------------------------------------------------------------------------------------------
def test_the_same_items_with_the_event_modules_startdate_are_events() -> None:
    assert summary(planet("ev:startdate")) == [
        ("Sortie de la version 4.2", "2031-06-18 02:34", None),
        ("Compte rendu du meetup", "2031-08-11 07:33", None),
    ]


def test_a_gdata_calendar_entry_with_gd_when_is_still_an_event() -> None:
    assert summary(gdata(MEETING, "http://schemas.google.com/g/2005#event")) == [
        ("Assemblée générale", "2031-09-12 19:00", "2031-09-12 21:00")
    ]
