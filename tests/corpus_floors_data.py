"""The per-part floors of the JSON APIs' and the feeds' parts (tests/corpus_floors.py holds the pages' and
calendars' and merges these), each with the figures it was measured at and why its floor is where it is."""

from __future__ import annotations

# A floor of None: the part's tests spell out no field to compare (their events are counted only).
DATA_FLOORS: dict[tuple[str, str], tuple[float, float | None]] = {
    # apis held-out: 6 files since 4 with no licence of their own were removed (session 8); fields 86.4%, the
    # DataTables case whose rows are HTML (1 field of 4 right) now weighing more.
    ("apis", "manifest-heldout.json"): (1.0, 0.85),
    ("feeds", "manifest-heldout.json"): (1.0, 1.0),
    ("apis", "manifest-heldout2.json"): (1.0, 0.95),
    ("apis", "manifest-heldout4-h6.json"): (0.88, 1.0),
    ("apis", "manifest-heldout5.json"): (1.0, 1.0),
    ("feeds", "manifest-heldout5.json"): (1.0, 0.85),
    ("apis", "manifest-heldout6.json"): (1.0, 1.0),
    ("apis", "manifest-heldout7.json"): (0.0, None),
    ("apis", "manifest-heldout8b.json"): (1.0, 1.0),
    ("apis", "manifest-heldout9.json"): (1.0, 1.0),
    # eleventh held-out batch, JSON APIs and feeds (helper apis11: 13 files from 9 projects never used before, kept
    # outside the repository and measured once at 377f789, before any rule for them: apis 69/71 found, fields
    # 20/28; feeds 20/26, fields 5/9, 6 extra). Committed: the 4 files with a permissive licence (egze/firstfm's
    # Last.fm answers, JustinStafford/eventor-calendar-sync's Eventor list); their first measure: apis 2/2, fields
    # 2/6; feeds 19/23, fields 2/6. Then rules were written from the batch's misses (tests/sources/
    # test_heldout11_apis.py; seen figures, the floors): committed apis 2/2, fields 6/6; feeds 21/23, fields 10/12
    # (Eventor's UTC clocks are still read as Sydney time).
    ("apis", "manifest-heldout11.json"): (1.0, 1.0),
    ("feeds", "manifest-heldout11.json"): (0.91, 0.83),
    # The twelfth held-out batch (helper feeds12), mostly feeds: measured once at aa62780 before any rule for it (feeds
    # 22/35 found, fields 45/59; apis 16/16, fields 36/44). Committed: the 7 files with a permissive licence
    # (osu-wams/dx-server's Localist RSS and JSON, MIT; joshuaallanmorgan-lgtm/wuzup's LiveWhale, Drupal and parks
    # RSS and Trumba and Simpleview JSON, ISC); their first measure: feeds 12/18, fields 26/35; apis 11/11, fields
    # 22/29. Then rules were written from the batch's misses (tests/sources/test_heldout12.py; seen figures, the
    # floors): committed feeds 18/18, fields 49/49; apis 11/11, fields 29/29.
    ("feeds", "manifest-heldout12.json"): (1.0, 1.0),
    ("apis", "manifest-heldout12.json"): (1.0, 1.0),
    # The thirteenth held-out batch (helper batch13), JSON APIs and feeds half and half: measured once at 379f859 before
    # any rule for it (apis 13/17 found, fields 28/33; feeds 7/17, fields 5/5). Committed: the 4 files with a permissive
    # licence (lakiboy/guzzle-markus-client's cinema showtimes XML, hyprocritor/radiko-recorder's radio programme XML,
    # AppleDev879/mlb-terminal's Stats API schedule and game feed, MIT); their first measure: feeds 4/6, no field
    # compared; apis 4/4, fields 4/4. Then rules were written from the batch's misses (tests/sources/
    # test_heldout13.py; seen figures, the floors): committed feeds 6/6, fields 1/1; apis 4/4, fields 4/4.
    ("feeds", "manifest-heldout13.json"): (1.0, 1.0),
    ("apis", "manifest-heldout13.json"): (1.0, 1.0),
    # The fourteenth held-out batch of JSON APIs (helper apis14: 10 files from 7 projects never used before, kept
    # outside the repository and measured once at fb560df before any rule for them: 21/25 found, fields 29/34).
    # Committed: the 4 files with a permissive licence (home-assistant/core's Sonarr calendar, allenporter/gcal_sync's
    # Google Calendar answers, Apache-2.0); their first measure: 6/10 found, fields 9/12. Then rules were written
    # from the batch's misses (tests/sources/test_heldout14_apis.py; seen figures, the floors): committed 10/10
    # found, fields 14/14; the whole batch 25/25, fields 35/36.
    ("apis", "manifest-heldout14.json"): (1.0, 1.0),
    # The fifteenth held-out batch (helper mixed15: 8 JSON answers and 2 feeds from 4 projects never used before,
    # kept outside the repository and measured once at a1cde39 before any rule for them: apis 10/17 found, fields
    # 20/21; feeds 2/2, fields 6/7). Committed: el2iot2/upcoming's Google Calendar Data JSON answer (MIT), unreadable
    # at first (0/5). Then rules were written from the batch's misses (tests/sources/test_heldout15.py; seen
    # figures, the floors): committed 5/5, fields 10/10; the whole batch apis 17/17, fields 36/38; feeds 2/2, 7/7.
    ("apis", "manifest-heldout15.json"): (1.0, 1.0),
    # The sixteenth held-out batch of JSON APIs (helper apis16: 11 answers from 7 projects never used before, kept
    # outside the repository and measured once at 7107636 before any rule for them: 30/40 found, fields 32/32, 3
    # unreadable). Committed: the 4 MIT files (maksimorlovich/EventFinder's SeatGeek event, elParaguayo/qtile-extras'
    # three BBC Sport football answers); their first measure: 1/10 found (the football answers unreadable), fields
    # 2/2. Then rules were written from the batch's misses (tests/sources/test_heldout16_apis.py; seen figures, the
    # floors): committed 10/10 found, fields 12/12; the whole batch 39/40, fields 42/42.
    ("apis", "manifest-heldout16.json"): (1.0, 1.0),
    # The sixteenth held-out batch, feeds (helper feeds16: 10 files from 7 projects never used before, kept outside
    # the repository and measured once at 7107636 before any rule for them: 17/19 found, fields 33/39). Committed:
    # pretalx/pretalx-downstream's frab schedule sample (Apache-2.0); its first measure: 1/1, fields 3/3. Then rules
    # were written from the batch's misses (tests/sources/test_heldout16_feeds.py; seen figures, the floors):
    # committed 1/1, fields 3/3; the whole batch 19/19, fields 41/43.
    ("feeds", "manifest-heldout16.json"): (1.0, 1.0),
    # The seventeenth held-out batch (helper mixed17: 5 JSON answers and 3 feeds from 7 projects never used before,
    # kept outside the repository and measured once at 024ac13 before any rule for them: apis 8/9 found, fields
    # 8/9; feeds 26/26, fields 52/52). Committed: the 3 MIT files (muxer-dev/event-pipeline's Meetup event,
    # phy5ics/ted-api's TED event, Liionboy/motogp_sensor's MotoGP season); their first measure 3/3 found, fields
    # 5/6. Then a rule was written from the batch's misses (tests/sources/test_heldout17.py; seen figures, the
    # floors): committed 3/3, fields 6/6; the whole batch apis 8/9 (the source's private item, skipped by design),
    # fields 9/9.
    ("apis", "manifest-heldout17.json"): (1.0, 1.0),
    # The eighteenth held-out batch (helper mixed18: 6 JSON answers and 1 feed from 5 projects never used before,
    # each measured once before any rule, in two parts: apis 10/10 found, fields 21/22; feeds 0/10). Committed:
    # vasqued2/ha-teamtracker's HockeyTech scorebar (MIT), 2/2 found, fields 4/4 at its first measure (the floor).
    ("apis", "manifest-heldout18.json"): (1.0, 1.0),
    # The nineteenth held-out batch, pages (helper pages19: 9 pages from 4 projects never used before, kept outside
    # the repository and measured once at 90edc46 before any rule for them: 3/10 found, fields 5/7, 1 unreadable;
    # after the rules written from its misses, tests/sources/test_heldout19_pages.py, seen: 5/10, fields 7/7). No
    # floor: none of its files has a licence to redistribute, so manifest-heldout19.json lists all nine under
    # "removed" and commits no case (as manifest-heldout8.json).
    # The twentieth held-out batch, feeds (helper feeds20: 8 XML event documents from 3 projects never used before,
    # all committed under their licences: cultuurnet/Cdb's CdbXML events and search list, Apache-2.0;
    # youpy/ruby-lastfm's Last.fm event answers, MIT; hebcal/hebcal-rest-api's RSS items, BSD-2-Clause), measured
    # once at 951e8ed before any rule for them: 11/15 found, fields 28/31 (90.3%). Then rules were written from
    # its misses (tests/sources/test_heldout20_feeds.py; seen figures, the floors: 15/15, fields 42/43).
    ("feeds", "manifest-heldout20.json"): (1.0, 0.97),
    # The thirty-second held-out batch, APIs (helper apis32: 10 JSON answers from 7 projects never used before, kept
    # outside the repository and measured once at 20981b3 before any rule for them: 16/17 found, spelled out 13/14,
    # fields 16/16; after the rules written from it, tests/sources/test_heldout32_apis.py, seen: the same, the one miss
    # a private Google Calendar item skipped by choice). Committed: cronofy/cronofy-ruby's two /v1/events pages (MIT);
    # their first measure 4/4, fields 12/12; seen (the floor) the same.
    ("apis", "manifest-heldout32.json"): (1.0, 1.0),
    # The thirty-third held-out batch, APIs (helper apis33: 6 JSON answers from 4 projects never used before, kept
    # outside the repository and measured once at d6d3467 before any rule for them: 27/28 found, spelled out 27/27,
    # fields 73/74; after the helper's rules, tests/sources/test_apis33.py, seen: the same, both misses kept on
    # purpose). Committed: City-of-Helsinki/palvelutarjotin's Linked Events page (MIT); its first measure 1/2 (the
    # other record has no start), fields 3/3; seen (the floor) the same.
    ("apis", "manifest-heldout33.json"): (0.5, 1.0),
    # The thirty-fifth held-out batch, APIs (helper apis35: 5 JSON answers from 2 projects never used before, PredictHQ
    # and Humanitix, measured once at 6abfad6 before any rule for them: 17/17 found, no field asserted by either
    # project's tests, the hard negative (an order history) read as no events; an addendum, a recorded football-data
    # answer whose body is a JSON string, measured once on its own: 0/6, unreadable; after the rules written from
    # them, tests/sources/test_heldout35_apis.py, seen: 23/23). Committed: the five (predicthq/sdk-py and
    # kevinnz/humanitix-mcp, MIT); first measure and seen (the floor) 17/17, no field compared.
    ("apis", "manifest-heldout35.json"): (1.0, None),
    # The thirty-seventh held-out batch, APIs (helper apis37: 11 JSON answers from 6 projects never used before, kept
    # outside the repository and measured once at 51a7058 before any rule for them: 65/92 found, spelled out 5/8,
    # fields 11/11, extra 2; after the rules written from its misses, tests/sources/test_heldout37_apis.py, seen:
    # 88/92, fields 14/15, extra 1). Committed: constantcontact/ruby-sdk's EventSpot events list, event and
    # registrants (MIT, gemspec); their first measure 1/4 (three DRAFT auctions skipped as unpublished, by design), no
    # field compared, the registrants read as no event; seen (the floor) the same.
    ("apis", "manifest-heldout37.json"): (0.25, None),
    # The thirty-eighth held-out batch, APIs (helper apis38: 12 JSON answers from 6 projects never used before, kept
    # outside the repository and measured once at bc60cff before any rule for them: 38/42 found, spelled out 23/26,
    # fields 54/57, extra 3; after the rules written from its misses, tests/sources/test_heldout38_apis.py, seen:
    # 41/42, fields 59/61, extra 2). Committed: jlaska/obsidian-claude-plugins' calendar events and
    # scrollkeepersarchive/mpls-parking-analyzer's MLB schedule and trimmed Ticketmaster answer (MIT); their first
    # measure 8/11 (the trimmed Ticketmaster answer 0/3: no ids), fields 7/7; seen 11/11, fields 11/11.
    ("apis", "manifest-heldout38.json"): (0.72, 1.0),
    # The thirty-ninth held-out batch, APIs (helper apis39: 8 JSON answers from 6 projects never used before, kept
    # outside the repository and measured once at b79f23b before any rule for them: 123/152 found, spelled out 6/12,
    # fields 13/13, extra 2). Committed: klappe-pm/world-cup-matchups' games (an excerpt) and gocardless-pro-python's
    # payment events, a hard negative (MIT); their first measure 39/68, fields 2/2. After the rules written from its
    # misses (tests/sources/test_heldout39_apis.py), seen: all 152/152, fields 19/19, extra 0; committed 68/68, 8/8.
    ("apis", "manifest-heldout39.json"): (1.0, 1.0),
    # The fortieth held-out batch, APIs (helper apis40: 9 JSON answers from 6 projects never used before, kept outside
    # the repository and measured once at 23923d4 before any rule for them: 16/50 found, spelled out 16/41, fields
    # 21/22, extra 3). Committed: iamparmjeet/omarchy-google-calendar-clock's Google Calendar events keyed by name, its
    # golden state and its Google Tasks, a hard negative (MIT); their first measure 2/9, fields 7/8. After the rules
    # written from its misses (tests/sources/test_heldout40_apis.py), seen: 50/50, fields 71/73, extra 3; committed
    # 9/9, fields 17/19 (a one-day all-day event's end, the same day, printed as none twice: the readers' convention).
    ("apis", "manifest-heldout40.json"): (1.0, 0.89),
    # The forty-first held-out batch, APIs (helper apis41: 15 JSON answers from 7 projects never used before, kept
    # outside the repository and measured once at 1bc0f35 before any rule for them: 46/50 found, spelled out 21/25,
    # fields 49/50, extra 17 (past events at the tests' clocks)). Committed: GodotFest/hugo-pretalx's talks, the KRUG
    # website's Meetup events, artsy-ruby-client's gallery shows and icetime's NHL seasons, a hard negative (MIT);
    # their first measure 19/19, fields 20/20. After the rules written from its misses
    # (tests/sources/test_heldout41_apis.py), seen: 50/50, fields 60/60; committed 19/19, fields 20/20 (unchanged).
    ("apis", "manifest-heldout41.json"): (1.0, 1.0),
    # The forty-third held-out batch, APIs (helper apis43: 9 JSON answers of institutional calendars and schedulers from
    # 4 projects never used before, kept outside the repository and measured once at 1b6bd80 before any rule for
    # them: 14/40 found, spelled out 14/40, fields 39/39, extra 1). Committed: PlaceOS/drivers' 25Live answers (MIT),
    # python-webuntis' timetable excerpt, holidays and school years (BSD-3-Clause) and uw-restclients-canvas' course
    # assignments (Apache-2.0), five of them hard negatives; their first measure 3/29, fields 6/6, extra 1. After the
    # rules written from its misses (tests/sources/test_heldout43_apis.py), seen: 15/40, fields 41/41, extra 0;
    # committed 4/29 (the timetable's 25 nameless periods unread), fields 8/8: the floor.
    ("apis", "manifest-heldout43.json"): (0.13, 1.0),
    # The forty-fourth held-out batch, APIs (helper apis44: 7 JSON answers of scheduling and shared-calendar services
    # from 3 projects never used before: koshilife/calendly-api-ruby-client's booked meetings and a meeting type's open
    # slots, a hard negative; koshilife/timetree-api-ruby-client's upcoming events, a daily series and an event with
    # its relations included; sue445/connpass_api_v2-ruby's posted presentations, a hard negative; all MIT, all
    # committed), measured once at f4c5732a before any rule for them: 9/9 found, fields 33/33, extra 0. Two rules from
    # what their output showed (tests/sources/test_heldout44_apis.py: an address on an API is no page; a link to join
    # a meeting is online); seen the same figures (no scored field moves): the floor.
    ("apis", "manifest-heldout44.json"): (1.0, 1.0),
    # The twentieth held-out batch, APIs (helper apis20: 8 JSON answers from 7 projects never used before, measured
    # once at 951e8ed before any rule for them: 21/32 found, spelled out 4/6, fields 5/6, 2 unreadable; after the
    # rules written from its misses, tests/sources/test_heldout20_apis.py, seen: 26/32, fields 6/7, 1 unreadable).
    # Committed: lukelex/eventick's events list and crafter-station/butaca's Cinemark showtimes (both MIT), their
    # first measure 12/12 found, fields 1/2 (the showtime's start: local time written with a "Z"), the floor.
    ("apis", "manifest-heldout20.json"): (1.0, 0.5),
    # The twenty-first held-out batch, APIs (helper apis21: 7 JSON answers from 6 projects never used before,
    # measured once at ddae5e2 before any rule for them: 27/43 found, spelled out 4/7, fields 8/11, 2 unreadable;
    # after the rules written from its misses, tests/sources/test_heldout21_apis.py, seen: 43/43, fields 16/16).
    # Committed: alsvader/world-cup-tui's ESPN scoreboard, yangyf1994/courtreserve's calendar (.NET "/Date(ms)/"
    # times) and johnzook/rf2026's ShowConnect calendar (all MIT); first measure 10/12, fields 6/6; seen (the
    # floor) 12/12, fields 7/7.
    ("apis", "manifest-heldout21.json"): (1.0, 1.0),
    # The twenty-second held-out batch, APIs (helper apis22: 6 JSON answers from 6 projects never used before,
    # measured once at ce0f90f before any rule for them: 18/18 found, spelled out 13/13, fields 30/31; after the
    # rules written from its misses, tests/sources/test_heldout22_apis.py, seen: 18/18, fields 31/31). Committed:
    # Rrrhow0711/pokemon-go-tw-calendar's ScrapedDuck events, momoz/calendora-hass's occurrences and
    # clubdeuce/tessitura-php's performance (all MIT); first measure and seen (the floor) 10/10, fields 19/19.
    ("apis", "manifest-heldout22.json"): (1.0, 1.0),
    # The twenty-third held-out batch, APIs (helper apis23: 6 JSON answers from 5 projects never used before,
    # measured once at 087b613 before any rule for them: 36/36 found, spelled out 7/7, fields 12/17; after the
    # rules written from its misses, tests/sources/test_heldout23_apis.py, seen: 36/36, fields 17/17). Committed:
    # marconn01/live-f1's Jolpica season calendar, teamtito/ruby-tito-api's event (an excerpt) and
    # viagogo/gogokit.rb's HAL events (an excerpt), all MIT; first measure 27/27, fields 4/8 (the races' starts read
    # as days); seen (the floor) 27/27, fields 8/8.
    ("apis", "manifest-heldout23.json"): (1.0, 1.0),
    # The twenty-fourth held-out batch, APIs (helper apis24: 4 JSON answers from 4 projects never used before,
    # measured once at a905c88 before any rule for them: 15/19 found, spelled out 3/6, fields 5/6, one unreadable;
    # after the rules written from its misses, tests/sources/test_heldout24_apis.py, seen: 19/19, fields 16/16).
    # Committed: copperdesign/gCal's Google Calendar events and riboseinc/ribose-ruby's calendar events, both MIT;
    # first measure 5/7, fields 5/6 (the all-day events unread, a title's "<Sonderformat>" dropped as a tag); seen
    # (the floor) 7/7, fields 8/8.
    ("apis", "manifest-heldout24.json"): (1.0, 1.0),
    # The twenty-fifth held-out batch, APIs (helper apis25: 5 JSON answers from 4 projects never used before,
    # measured once at a691d9d before any rule for them: 14/14 found, spelled out 2/2, fields 6/6, extra 1; the
    # rules written from what the readings showed, tests/sources/test_heldout25_apis.py, mend fields not scored;
    # seen: the same). Committed: teachbase/webinar_ru's events and session, travisdahlke/aladtec's events and
    # A1Liu/solidarity-tech-js's events (all MIT); first measure and seen (the floor) 12/12, fields 6/6.
    ("apis", "manifest-heldout25.json"): (1.0, 1.0),
    # The twenty-sixth held-out batch, APIs (helper apis26: 4 JSON answers from 3 projects never used before,
    # measured once at 80c00a0 before any rule for them: 3/4 found, spelled out 1/2, fields 4/4, one unreadable (a
    # Discord scheduled event fetched alone); after the rules written from its misses,
    # tests/sources/test_heldout26_apis.py, seen (the floor): 4/4, fields 8/8). All four committed (MIT):
    # dblock/strava-ruby-client's running race, nyxx-discord/nyxx's scheduled event (alone and listed),
    # nicklaw5/helix's Twitch schedule segment.
    ("apis", "manifest-heldout26.json"): (1.0, 1.0),
    # The twenty-eighth held-out batch, APIs (helper apis28: 4 JSON answers from 3 projects never used before,
    # measured once at bdadea7 before any rule for them: 7/7 found, fields 13/13; the rules written from what the
    # readings showed, tests/sources/test_heldout28_apis.py, mend fields the tests assert but the scorer does not
    # check; seen: the same). No floor: none of its files has a licence to redistribute, so
    # manifest-heldout28.json lists all four under "removed" and commits no case.
    # The twenty-ninth held-out batch, APIs (helper apis29: 4 Meetup REST answers, v2 and v3, from 4 Ruby user groups'
    # sites never used before, measured once at 4eea79d before any rule for them: 66/66 found, spelled out 4/4,
    # fields 11/12, the v2 event_url unread; after the rule written from that miss, tests/sources/
    # test_heldout29_apis.py, seen: 66/66, fields 12/12). Committed: rubyjax/rubyjax.org's 51 events (MIT), counted
    # against the test's total, no field compared; first measure and seen (the floor) 51/51.
    ("apis", "manifest-heldout29.json"): (1.0, None),
    # The thirtieth held-out batch, APIs (helper apis30: 5 JSON answers from 4 projects never used before, none Meetup:
    # MLB Stats API schedules, a Legistar Web API answer, a CalDAV client's event list, a site's events keyed by their
    # Eventbrite pages; measured once at 6a8dd77 before any rule for them: 42/42 found, spelled out 7/7, fields 15/17;
    # after the rules written from its misses, tests/sources/test_heldout30_apis.py, seen: 42/42, fields 17/17).
    # Committed: manumissio/town-council's Legistar answer (MIT); first measure and seen (the floor) 2/2, fields 6/6.
    ("apis", "manifest-heldout30.json"): (1.0, 1.0),
    # The twenty-first held-out batch, feeds (helper feeds21: 8 XML event documents from 3 projects never used before:
    # ThomasWeinert/carica-status-monitor's draft xCal and name/value calendar, MIT; linkedin/pyexchange's Exchange
    # Web Services GetItem answers, Apache-2.0; WinRb/Viewpoint's free/busy answer, no licence, not committed),
    # measured once at ddae5e2 before any rule for them: 0/25 found, all eight unreadable. Then rules were written
    # from its misses (tests/sources/test_heldout21_feeds.py; seen: the batch 20/25, fields 66/66; the committed
    # part 19/24, fields 62/62, the floor). The five left are a yearly series' meetings past the one-year window.
    ("feeds", "manifest-heldout21.json"): (0.79, 1.0),
    # The twenty-second held-out batch, feeds (helper feeds22: 7 cases on 5 XML event documents from 5 projects never
    # used before: Google Calendar GData Atom from tjohns/zf, BSD-3-Clause, dgoodwin/wuja, GPL, and lpar/syndication,
    # Ruby licence; CalDAV REPORT answers from ksokol/carldav, no licence, and python-caldav/caldav, Apache-2.0 or
    # GPL-3.0), measured once at 087b613 before any rule for them: 21/24 found, fields 38/38, the two CalDAV answers
    # unreadable. Rules from its misses (tests/sources/test_heldout22_feeds.py; seen: 24/24, fields 47/47). Committed:
    # the zf feed and the python-caldav answer, first 10/11, seen 11/11, fields 7/7 (the floor).
    ("feeds", "manifest-heldout22.json"): (1.0, 1.0),
    # The twenty-third held-out batch, feeds (helper feeds23: 6 XML event documents from 2 projects never used before:
    # MusicBrainz ws/2 answers from alastair/python-musicbrainzngs, BSD-2-Clause; Ergast F1 XML from
    # tim0-12432/f1-schedule-app, no licence), measured once at a691d9d before any rule for them: 8/12 found, fields
    # 11/11, two MusicBrainz answers unreadable. Rules from its misses (tests/sources/test_heldout23_feeds.py; seen:
    # 8/12, fields 11/11; the collection's event and the race now read as themselves, which is not scored).
    # Committed: the four MusicBrainz files, first 2/6, seen 2/6, fields 5/5 (the floor): their 1969, 1987 and 1999
    # events are before the plausible years (2000-2100) every reader keeps. Since helper feedfix (a document read as
    # of a clock before 2000 keeps that clock's years): 5/6, fields 13/13 (the undated 'Woodstock 1999' only counted).
    ("feeds", "manifest-heldout23.json"): (0.83, 1.0),
    # The twenty-fourth held-out batch, feeds (helper feeds24: ROME's Google Base events RSS from rometools/rome,
    # Apache-2.0, committed), measured once at a691d9d before any rule for it: 2/2 found, fields 6/6. Rules for what
    # its test asserts beyond the scored fields (tests/sources/test_heldout24_feeds.py: a street line is an address,
    # not a venue; currency, image and label elements); seen 2/2, fields 6/6 (the floor).
    ("feeds", "manifest-heldout24.json"): (1.0, 1.0),
    # The twenty-fifth held-out batch, feeds (helper feeds25: a Google Calendar GData feed from emory-libraries/ETD, no
    # licence, measured only; an excerpt of the 38C3 frab schedule from EventFahrplan/EventFahrplan, Apache-2.0,
    # committed), measured once at a98bc77 before any rule for them: 6/6 found, fields 23/25 (the talks' urls). Rule
    # from its miss (tests/sources/test_heldout25_feeds.py: a lone <event> in a repeated <room> is a list of one);
    # seen 6/6, fields 25/25. Committed: the frab excerpt, first 2/2 fields 8/10, seen 2/2 fields 10/10 (the floor).
    ("feeds", "manifest-heldout25.json"): (1.0, 1.0),
    # The twenty-sixth held-out batch, feeds (helper feeds26: an RSS-Event module feed from graphcs/Wundervue, no
    # licence, measured only; a city's CivicPlus calendar RSS from cbenard/AlexaPlanoCalendar, MIT, committed),
    # measured once at 60a992e before any rule for them: 8/8 found, fields 14/15. Rules from its misses
    # (tests/sources/test_heldout26_feeds.py: midnight instants and 00:00-23:59 spans are days, a closing status
    # word is the status, places in HTML lines); seen 8/8, fields 15/15. Committed: first 5/5, fields 6/6; seen the
    # same (the floor).
    ("feeds", "manifest-heldout26.json"): (1.0, 1.0),
    # The twenty-seventh held-out batch, feeds (helper feeds27: four Ergast F1 API answers from
    # brieucthomas/ergast-client, MIT, committed; a DFB fixtures download from gluehloch/bo-openligadb, GPL, measured
    # only), measured once at 4eea79d before any rule for them: 5/14 found, fields 12/12 (the DFB file unreadable).
    # Rules from its miss (tests/sources/test_heldout27_feeds.py: dotted clocks in fields named as a time, date and
    # time fields named in other languages, a game named by sides told apart by a letter or a number); seen 14/14,
    # fields 14/14. Committed: first 5/5, fields 12/12; seen the same (the floor).
    ("feeds", "manifest-heldout27.json"): (1.0, 1.0),
    # The twenty-eighth held-out batch, feeds (helper feeds28: a CivicPlus calendar RSS and a LibCal RSS from
    # jlerner1965/insidethetowns's ingest test, no licence, measured only), measured once at b5f36e0 before any rule
    # for them: 7/7 found, fields 21/23. Rule from its misses (tests/sources/test_heldout28_feeds.py: a room inside the
    # building a feed item names); seen 7/7, fields 22/23. No floor: neither file has a licence to redistribute, so
    # manifest-heldout28.json lists both under "removed" and commits no case.
    # The twenty-ninth held-out batch, feeds (helper feeds29: a wafer DebConf schedule, a pentabarf day, a soccer
    # results XML, a tag-rugby fixtures XML, an XMLTV guide, measured only; a GData calendar feed of
    # google/gdata-objectivec-client, Apache-2.0, committed), measured once at 53a59e9 before any rule for them:
    # 30/34 found, fields 65/66. Rules from its misses (tests/sources/test_heldout29_feeds.py: sides marked inside one
    # key, a time's twin date key, a deleted GData entry cancelled); seen 34/34, fields 67/67. Committed: first 3/3,
    # fields 8/9; seen 3/3, fields 9/9 (the floor).
    ("feeds", "manifest-heldout29.json"): (1.0, 1.0),
    # The thirty-second held-out batch, feeds (helper feeds32: a Google Calendar "basic" Atom feed and the same
    # institute's Tumblr news feed, of starpow971/Stanford-Humanities-Center-Updater, BSD-2-Clause, committed; a Drupal
    # calendar RSS and a LibCal RSS from madskristensen/Home-town-week's self-test, no licence, measured only),
    # measured once at 138e00f before any rule for them: 7/7 found, fields 18/26, and the news feed read as 4 events.
    # Rules from its misses (tests/sources/test_heldout32_feeds.py: an end written as a second full date, a place
    # written as a labelled line, a deadline's date and a news post's own day no start); seen 7/7, fields 26/26, 1
    # extra. Committed: first 5/5, fields 12/19; seen 5/5, fields 19/19 (the floor).
    ("feeds", "manifest-heldout32.json"): (1.0, 1.0),
    # The thirty-third held-out batch, feeds (helper feeds33: a Kyoto University event record in Japanese whose day
    # and clocks are written as their parts, kkiyama117/KUEventParser, MIT, committed; three week-calendar exports of
    # tonyganch/calendar and a FrOSCon 2013 frab excerpt of voc/voctoweb, measured only), measured once at 138e00f
    # before any rule for them: 29/30 found, fields 93/95. Rules from its misses (tests/sources/test_heldout33_feeds.py:
    # a date or a clock written as its parts, an element's own text before its attribute); seen 30/30, fields
    # 100/100. Committed: first 0/1; seen 1/1, fields 5/5 (the floor).
    ("feeds", "manifest-heldout33.json"): (1.0, 1.0),
    # The thirty-fifth held-out batch, feeds (helper feeds35: an XMLTV export of jellyfin/Jellyfin.XmlTv's reader
    # tests, MIT, committed; a TV guide's tips RSS and a news feed of Anonyfox/meteor-scrape, LGPL-3.0, and two XMLTV
    # documents of cesbo/libepg, no licence, measured only), measured once at 6abfad6 before any rule for them: 7/17
    # found, fields 7/7 (the TV tips' ten broadcasts unread). Rule from its misses
    # (tests/sources/test_heldout35_feeds.py: a dotted day-first date in an item's words); seen 17/17, fields 10/10.
    # Committed: first 1/1, fields 2/2; seen the same (the floor).
    ("feeds", "manifest-heldout35.json"): (1.0, 1.0),
    # The thirty-seventh held-out batch, feeds (helper feeds37: Google Calendar Data API answers of
    # northworld/google_calendar's and astrada/gapi-ocaml's tests, MIT, and an RFC 6321 xCal document of
    # sabre-io/vobject's, BSD-3-Clause; all seven committed), measured once at 1b000d6 before any rule for them: 6/12
    # found, fields 5/5 (a lone Atom entry unread, an entry's three gd:when read as one). Rules from its misses
    # (tests/sources/test_heldout37_feeds.py: an Atom Entry Document is a feed; repeated start attributes are an
    # item's occurrences); seen 8/12, fields 8/8 (the other 4: the tests' duplicate entries, merged by design).
    ("feeds", "manifest-heldout37.json"): (0.66, 1.0),
    # The thirty-eighth held-out batch, feeds (helper feeds38: Podcasting 2.0 live items of RyanHirsch/partytime's
    # tests, MIT; Last.fm event XML of restsharp/RestSharp's, Apache-2.0, and xhochy/scrobbler's, MIT; a Wagtail
    # calendar's event RSS written out from linuxsoftware/ls.joyous's test, BSD-3-Clause; a ticketing API's event list
    # of niyireth/brownpapertickets, MIT; a ReverbNation show RSS, no licence, measured only), measured once at
    # e73ad7a3 before any rule for them: 8/29 found, fields 21/22. Rules from its misses
    # (tests/sources/test_heldout38_feeds.py: a channel element with a title and an ISO start attribute, a podcast's
    # live item, is an item; a date right after "until" is read only when the item has no other); seen 20/29, fields
    # 54/55. Committed: first 6/27, fields 17/18; seen 18/27, fields 50/51; since helper feedfix (a day written as
    # e-mail writes it with no clock is a date format: the Last.fm geo events 4/4) 22/27, fields 62/63; since helper
    # feedapileft (a later day without a clock after a timed start is the end: the multi-day entry's end) fields 63/63.
    ("feeds", "manifest-heldout38.json"): (0.81, 1.0),
    # The thirty-ninth held-out batch, feeds (helper feeds39: Linked Events' Österbotten event records in Finnish and
    # Swedish and a municipality list as a hard negative, City-of-Helsinki/linkedevents, MIT; a Danish festival
    # programme export of itk-event-database/event-database-api's tests, MIT; all five committed), measured once at
    # aec9f21a before any rule for them: 5/5 found, fields 18/18. Rules from what reading them showed
    # (tests/sources/test_heldout39_feeds.py: a place key whose values are ISO stamps is no venue, the type of a
    # text or a price no category); seen the same.
    ("feeds", "manifest-heldout39.json"): (1.0, 1.0),
    # The forty-first held-out batch, feeds (helper feeds41: an Australian orienteering club's Eventor event list
    # with its membership list and a start list as hard negatives, JustinStafford/eventor-mailchimp-sync, MIT; the
    # Arvamusfestival's podcast feed, RRisto/arvamusfestivali_analyys, MIT, and the Finnish rescue services' alert
    # RSS, coocos/catastrophe, MIT, as hard negatives; all five committed; two airsoft news feeds, no licence,
    # measured only), measured once at 22acc27d before any rule for them: 2/3 found, fields 4/5, extra 10. Rules
    # from its misses (tests/sources/test_heldout41_feeds.py: an element of a date and a clock is one moment; a
    # record's own name where the nested part that named it is missing); seen 3/3, fields 6/7, extra 10 (the floor).
    ("feeds", "manifest-heldout41.json"): (1.0, 0.85),
    # The forty-fourth held-out batch, feeds (helper feeds44: an XMLTV example of five programmes, ektotv/xmltv, MIT;
    # a TV guide's search RSS 1.0, ichigozero/tv-info-bot, MIT; a Sportradar fixture, efcasado/uof_api, MIT; a
    # channel-only listing and a cloud provider's news RSS, jpignata/aws-whats-new, ISC, as hard negatives; all five
    # committed; a radio guide with no licence and two xmltv2rss files, GPL, measured only), measured once at 1bc0f351
    # before any rule for them: 15/16 found, fields 34/40, extra 0. Rules from its misses
    # (tests/sources/test_heldout44_feeds.py: a broadcast's Airdate/Airtime rows; a prose range ending 20:00-23:59);
    # seen 15/16, fields 40/40. Committed: 6/7 found (the TV guide's item, a year-less "1/24 3:00～3:30", is missed),
    # fields 15/15, first and seen alike.
    ("feeds", "manifest-heldout44.json"): (0.85, 1.0),
    # The forty-fifth held-out batch, feeds (helper feeds45: a podcast feed's scheduled live show among its episodes,
    # w3stling/rssreader, MIT; the RSS 1.0 sample's news item, factor/factor, BSD-2-Clause, and an OpenADR
    # demand-response event, epri-dev/OpenADR-VEN-Library, BSD-3-Clause, as hard negatives; all three committed; an
    # Ergast race schedule and two frab/Pentabarf conference schedules, no licence, measured only), measured once at
    # 1b6bd809 before any rule for them: 28/28 found, fields 68/68, extra 0. Two rules from what reading them showed
    # (tests/sources/test_heldout45_feeds.py: an address in a list of related links is not the event's page; such a
    # list one wrapper down is the event's links); seen the same. Committed: 1/1 found, fields 4/4, first and seen alike.
    ("feeds", "manifest-heldout45.json"): (1.0, 1.0),
    # The forty-second held-out batch, APIs (helper apis42: 11 JSON answers from 6 projects never used before, kept
    # outside the repository and measured once at 1b6bd80 before any rule for them: 24/32 found, spelled out 23/31,
    # fields 41/42, 3 unreadable). Committed: nickcharlton/moviesapi's FindAnyFilm screenings, 2ez4jz/cinewatch's
    # Cineplex sessions, ansg191/pandascore's matches and a player profile, a hard negative, and
    # chrispickford/fifa-public-api-mcp's match calendar (MIT); their first measure 20/24, fields 37/38. After the
    # rules written from its misses (tests/sources/test_heldout42_apis.py), seen: 32/32, fields 54/54, extra 0;
    # committed 24/24, fields 46/46 (the floor).
    ("apis", "manifest-heldout42.json"): (1.0, 1.0),
    # The forty-sixth held-out batch, feeds (helper feeds46: SportsML from XML Team's SODA client, seatshare/soda_xml_team,
    # MIT: an NHL team's season schedule excerpt of 20 games, an RSS 1.0 listing of schedule documents and a news
    # article as hard negatives; IPTC's SportsML 3 library, iptc/sportsml-python, MIT: one event-summary; all four
    # committed; a football club's news RSS, no licence, measured only), measured once at 91635730 before any rule
    # for them: 20/21 found, fields 40/40, extra 4, 1 unreadable. Committed: 20/21, fields 40/40, extra 1. One rule
    # (tests/sources/test_heldout46_feeds.py: a bare date in a metadata block is the document's stamp); seen 20/21,
    # fields 40/40, extra 3 (the club news RSS's held previews); committed 20/21, fields 40/40, extra 0.
    ("feeds", "manifest-heldout46.json"): (0.95, 1.0),
    # The forty-fifth held-out batch, APIs (helper apis45: 9 JSON answers of calendar, meeting and fediverse event
    # services from 4 projects never used before, kept outside the repository and measured once at f76cfffd before
    # any rule for them: 2/7 found, spelled out 1/4, fields 2/2, extra 1, 6 unreadable). Committed: mllocs/zoomus'
    # Zoom meeting, webinar and webinar list and a meeting's participants report, a hard negative (MIT); their first
    # measure 0/3, extra 1. After the rules written from its misses (tests/sources/test_heldout45_apis.py), seen:
    # 7/7, fields 10/10, extra 0; committed 3/3, fields 4/4, extra 0: the floor.
    ("apis", "manifest-heldout45.json"): (1.0, 1.0),
    # The forty-sixth held-out batch, APIs (helper apis46: 6 JSON answers of calendar, webinar and venue services
    # from 4 projects never used before, kept outside the repository and measured once at 5d915a9a before any rule for
    # them: 3/7 found, fields 9/9, extra 0, 2 unreadable, both hard negatives). Committed: nylas/nylas-ruby's v2 event
    # and free/busy answer (a hard negative) and nylas/nylas-python's v3 event (MIT); their first measure 1/2, fields
    # 3/3: the v3 event is marked "visibility": "private" and is kept out on purpose (_json_gone). After the rules
    # written from its misses (tests/sources/test_heldout46_apis.py), seen: 6/7, fields 17/18; committed 1/2, fields
    # 3/3, extra 0 (no rule touches them): the floor.
    ("apis", "manifest-heldout46.json"): (0.5, 1.0),
    # The forty-seventh held-out batch, APIs (helper apis47: 6 JSON answers of a chess broadcast service, a tournament
    # platform, a festival API, a church management system and a station board from 5 projects never used before,
    # kept outside the repository and measured once at dc34ad84 before any rule for them: 36/36 found, fields
    # 107/110, extra 2, 1 unreadable). Committed: Dblike/LichessSharp's broadcast (30 rounds) and a player's games
    # page (a hard negative, MIT); their first measure 30/30, fields 90/90, the games page unreadable. After the rules
    # written from its misses (tests/sources/test_heldout47_apis.py), seen: 36/36, fields 110/110, extra 0; committed
    # unchanged: the floor.
    ("apis", "manifest-heldout47.json"): (1.0, 1.0),
    # The forty-eighth held-out batch, APIs (helper apis48: 7 JSON answers of a sports data service, a cinema listings
    # API, a conference site, a travel planner, a WordPress sports plugin, a basketball league and a weather service
    # from 6 projects never used before, kept outside the repository and measured once at 656459e0 before any rule
    # for them: 36/77 found, fields 110/114, extra 14, 2 unreadable). Committed: GarrettEstrin/didthekingswin.com's
    # Sportradar NHL daily schedule and tacticalTurtles/filmedin's Gracenote showings (ISC); their first measure
    # 28/28, fields 82/84 (two games titled "Game 3"). After the rules written from its misses
    # (tests/sources/test_heldout48_apis.py), seen: 77/77, fields 230/232, extra 0; committed 28/28, fields 84/84: the
    # floor.
    ("apis", "manifest-heldout48.json"): (1.0, 1.0),
    # The forty-ninth held-out batch, APIs (helper apis49: 5 JSON answers, a festival app's set times, a Meetup
    # group's events keyed by index, Microsoft Graph events, Google Calendar events under an app's "message" key and a
    # Meetup groups list as the hard negative, from 5 projects never used before, kept outside the repository and
    # measured once at bb726638 before any rule for them: 20/21 found, fields 71/83, extra 0). Rule from its misses
    # (tests/sources/test_heldout49_apis.py: a set's stage is its place): seen 20/21, fields 83/83, extra 0. No
    # floor: no project states a licence, so manifest-heldout49.json lists all five under "removed" and commits none.
    # The fifty-first held-out batch, APIs (helper apis51: two saved JamBase concert answers, the old v1 with no title
    # and the current one in schema.org words, and a Foursquare venues search as the hard negative, from 3 projects
    # never used before, kept outside the repository and measured once at 52459574 before any rule for them: 7/7
    # found, fields 22/23, extra 0; the miss, a three-act bill titled by its headliner, left: the project names a
    # bill by its headliner, tests/sources/test_heldout37_apis.py). No rule. No floor: no project states a licence,
    # so manifest-heldout51.json lists all three under "removed" and commits none.
    # The forty-seventh held-out batch, feeds (helper feeds47: three excerpts of a Spanish research centre's WordPress
    # RSS, javiergallo/feed-gancio, whose talks are dated only in running text, the project counting 0, 1 and 2
    # upcoming events; four inline XMLTV documents of shadow578/homeassistant_xmltv-epg, two of them programmes it
    # refuses), measured once at f4c5732a before any rule for them: 5/5 found, fields 3/3, extra 7. Rule from its
    # misses (tests/sources/test_heldout47_feeds.py: a date read only from a post's text, over more than six weeks
    # before the window, in a feed that does not say it lists events, refuses the item); seen 5/5, fields 3/3,
    # extra 1. No floor: neither project has a licence to redistribute, so manifest-heldout47.json lists all seven
    # under "removed" and commits no case.
    # The forty-eighth held-out batch, feeds (helper feeds48: a Finnish cinema chain's schedule XML, two versions of
    # yareeh/leffaan's fixture, MIT, excerpts of two shows each, and ponzao/vertigo's inline schedule of one show; the
    # same project's inline film list and a news bot's Russian-language news RSS, antonchasnyk/whats_about_bot, as
    # hard negatives; vertigo and the bot show no licence, measured only), measured once at 5d915a9a before any rule
    # for them: 3/3 found, fields 8/8, extra 0; committed (the two leffaan excerpts) 2/2, fields 8/8. Nothing scored
    # was missed; two rules from the fields the eval does not score (tests/sources/test_heldout48_feeds.py: a rating
    # badge is not the event's image; a "length" in a unit of time is its length): seen and committed unchanged.
    ("feeds", "manifest-heldout48.json"): (1.0, 1.0),
    # The forty-ninth held-out batch, feeds (helper feeds49: a football-data API's XML from two clients,
    # nosenseworrying/xmlsoccer's fixture lists in a SOAP-style envelope, two files, MIT, and petercoles/xmlsoccer's
    # live scores and league list, MIT, the league list a hard negative; a WDR podcast, akeil/podfetch, and a pasted
    # Trumba item, cmcnamara87/to-do.co, measured only), measured once at dc34ad84 before any rule for them: 1/7
    # found, fields 4/4, every XMLSOCCER file unreadable; committed (the four MIT files) 0/6. Rules from its misses
    # (tests/sources/test_heldout49_feeds.py: an element named with a dot is read; a "latest" date is no start; a
    # bookmaker's link is no url; one side's details are no description; a date alone in brackets goes with them):
    # seen 7/7, fields 12/12; committed 6/6, fields 8/8, the league list still read as no events: the floor.
    ("feeds", "manifest-heldout49.json"): (1.0, 1.0),
    # The fiftieth held-out batch, feeds (helper feeds49: a festival system's XML feed of shows,
    # tentwofour/MarcatoBundle, MIT by its composer.json; a third XMLSOCCER client's inline fixture, league list and
    # team list, jittuu/xmlsoccer, MIT, the last two hard negatives; a school timetable's aSc XML, chas36/Ianus, MIT,
    # a hard negative; Goalserve's fixtures, measured only), measured once at 39105274 before any rule for them:
    # 18/18 found, fields 17/34; committed (the five MIT files) 13/13, fields 10/26. Rules from its misses
    # (tests/sources/test_heldout50_feeds.py: epochs counting the wall clock as UTC, told by each record's written
    # start clock, are read as wall clocks; an abbreviated status says its status; a "local" side glued to its noun
    # pairs with the visitor's): seen 18/18, fields 34/34; committed 13/13, fields 26/26: the floor.
    ("feeds", "manifest-heldout50.json"): (1.0, 1.0),
    # The fifty-second held-out batch, feeds (helper feeds52: Opta's rugby fixtures and an excerpt of its Formula 1
    # calendar, anguenot/sofun-platform, EPL-1.0; Allocine's showtimes of one cinema, an excerpt, and its theatre search
    # as the hard negative, CineTeam/CineBook, no licence), measured once at b262b52f before any rule for them: 48/107
    # found, fields 2/2, the calendar and the showtimes unreadable. Rules from its misses
    # (tests/sources/test_heldout52_feeds.py: a <feed> root in another namespace than Atom's is data XML; a session's
    # label names records with no name; a racetrack is a place): seen 107/107, fields 13/13. No floor: neither licence
    # allows committing, so manifest-heldout52.json lists all four under "removed" and commits no case.
    # The fifty-second held-out batch, APIs (helper apis52: an Assembly party's schedule items, Assembly-WebCrew/pss,
    # MIT, and The Odds API's games and scores, mgm702/odds-api, MIT; a Doorkeeper event list and a student
    # association's Strapi events and news, the news a hard negative, measured only), measured once at cdcfd7f2 before
    # any rule for them: 11/12 found, fields 28/36; committed (the three MIT files) 5/6, fields 5/11. Rules from its
    # misses (tests/sources/test_heldout52_apis.py: a name typed in a translations list names the item; a field
    # written by language suffix is read in the title's language; the sport every game is of names none), and the pss
    # expectation corrected to the project's public items: seen 11/11, fields 31/36; committed 5/5, fields 7/11 (the
    # games' titles are ours, "<away> at <home>", not the project's "home vs away"): the floor.
    ("apis", "manifest-heldout52.json"): (1.0, 0.63),
    # The fifty-third held-out batch, apis (helper apis53: JSON kept by apps and their tests: the Google I/O app's
    # conference-data test file, google/iosched, Apache-2.0; a conference platform's GraphQL sessions and speakers
    # mocks, dustinsgoodman/event-platform, MIT, the speakers a hard negative; Pride in London's featured events,
    # Apache-2.0; an Eventful events search and venues search from a concert app's VCR cassettes, measured only),
    # measured once at cdcfd7f2 before any rule for them: 10/13 found, fields 31/32; committed (the four licensed
    # files) 9/12, fields 27/28. The rule from its misses (tests/sources/test_heldout53_apis.py: a room written as a
    # UUID is no name, and names a room listed beside): seen 10/13, fields 32/32; committed 9/12, fields 28/28 (the
    # three agenda blocks beside the sessions are still not read): the floor.
    ("apis", "manifest-heldout53.json"): (0.75, 1.0),
    # The fifty-first held-out batch, feeds (helper feeds51: a news agency's calendar XML, its events API answer and
    # an FTP event document, superdesk/superdesk-ntb, AGPL-3.0, with its NITF news story as the hard negative; two
    # ModernGov meetings answers inline in a parliament monitor's tests, JHC220199/Senedd-monitoring-tool; a canned
    # Trumba campus-events RSS, jkmaks/UniversityApp; the last two with no licence), measured once at cdcfd7f2 before
    # any rule for them: 8/13 found, fields 24/33, extra 1. Rules from its misses
    # (tests/sources/test_heldout51_feeds.py: offsets of the zone's other season read away; a title glued to a
    # meeting's body; an issue date is no start; a running event from its category's day; a qualified location
    # label): seen 13/13, fields 47/48, extra 0. No
    # floor: no file's licence is allowed, so manifest-heldout51.json lists all seven under "removed".
    # The fifty-fifth held-out batch, apis (helper apis55: calendar JSON kept as test fixtures: iCal4j's JSCalendar
    # events, a task and an empty jCal calendar, ical4j/ical4j-serializer, BSD-3-Clause, the last two hard negatives;
    # RFC 7265's jCal example from ical.js's parser tests and a church's Elvanto events, measured only), measured once
    # at b262b52f before any rule for them: 7/20 found, fields 18/24; committed (the six iCal4j files) 4/4, fields
    # 11/11. Rules from its misses (tests/sources/test_heldout55_apis.py: a jCal document is the calendar it stands
    # for; naive clocks the descriptions state in UTC are UTC's): seen 20/20, fields 75/75; committed 4/4, fields
    # 11/11: the floor.
    ("apis", "manifest-heldout55.json"): (1.0, 1.0),
    # The fifty-fourth held-out batch, apis (helper apis54: JSON whose keys or values are not English: Madrid's
    # open-data agenda (an excerpt) and an AEMET forecast kept by a Plaza de España site's Go tests,
    # ericphanson/plazaespana.info, MIT, the forecast a hard negative; a German village app's events and news lists,
    # PalatinCoder/DuttweilerApp, the news a hard negative, measured only), measured once at b262b52f before any rule
    # for them: 7/18 found, fields 27/31, extra 17; committed (the two MIT files) 7/7, fields 27/31, extra 7. Rules
    # from its misses (tests/sources/test_heldout54_apis.py: "DD.MM.YY"; a midnight start beside an empty time is the
    # day; weather in other languages and in objects, and inside a document; news): seen 18/18, fields 65/65;
    # committed 7/7, fields 31/31, the forecast refused: the floor.
    ("apis", "manifest-heldout54.json"): (1.0, 1.0),
    # The fifty-third held-out batch, feeds (helper feeds53): its committed part is two hard negatives (feed-rs's kept
    # W3C blog and PeerTube RSS, MIT), no found rate to floor: its ceiling, 0 extra, is in tests/corpus_ceilings.py.
    # The fifty-sixth held-out batch, apis (helper apis56: Yelp Fusion v3 event answers kept by two client libraries'
    # tests: an event lookup answer in a Swift client's XCTest, askrav/YelpProvider, MIT; an event search answer, the
    # same event bare and a business details answer (a restaurant with opening hours and a dated special_hours entry,
    # the hard negative) in a Python client's model tests, BenOnSocial/yelpfusion3, measured only), measured once at
    # 444c33e2 before any rule for them: 3/3 found, fields 12/12, the business refused; committed (the YelpProvider
    # event) 1/1, fields 4/4: the floor.
    ("apis", "manifest-heldout56.json"): (1.0, 1.0),
    # The fifty-eighth held-out batch, apis (helper apis58: programming-contest answers kept in projects' tests -- a
    # Yandex.Contest contest answer and its problem list (the hard negative) served by a course platform's mock
    # server, znick/anytask, MIT; AtCoder Problems' contest and problem indexes, measured only), measured once at
    # f19784f7 before any rule: 0/2 found, all unreadable; committed 0/1. After the rule (_json_result_member):
    # committed 1/1, fields 3/3, the problem list refused: the floor.
    ("apis", "manifest-heldout58.json"): (1.0, 1.0),
    # The fifty-seventh held-out batch, feeds (helper feeds57: XML that is no RSS, kept in two projects' tests -- an
    # excerpt of FOSDEM 2024's Pentabarf schedule.xml (urls and titles wrapped over lines by a formatter) and an older
    # schedule string of day date and bare HH:MM, eyedol/fosdem-event-app, MIT; two GPX fixtures of a PHP GPX library,
    # Sibyx/phpGPX, MIT, as the hard negatives: waypoints named 'Event 0000' with times, a recorded 'Hike'), measured
    # once at 709a6ae1 before any rule: 8/8 found, fields 38/38, the GPX files refused; all four committed. No rule
    # written (nothing missed): the floor.
    ("feeds", "manifest-heldout57.json"): (1.0, 1.0),
    # The fifty-ninth held-out batch, feeds (helper feeds59: an RSS fixture of a video platform's sync service whose
    # event times are only in xcal:dtstart/dtend with colon-less offsets, and the same channel's article feed, the hard
    # negative, oddnetworks/sync-service, Apache-2.0; a theatre's WordPress blog RSS of calls, measured only),
    # measured once at 70d03b05 before any rule: 1/1 found, fields 3/3, 2 extra (the blog's audition call and cast
    # list); committed 1/1, 3/3, 0 extra. After the rule (_feed_calls: a call for people is no event): 0 extra. Floor.
    ("feeds", "manifest-heldout59.json"): (1.0, 1.0),
    # The sixtieth held-out batch, feeds (helper feeds60: eight feeds generated or tested by five projects never used
    # before -- a liquor store's events, New Orleans' OffBeat calendar with "Starts:"/"Ends:" ISO lines, a scraper's
    # Eventbrite test feed, a Western Icelandic "news and events" feed, a Greek meetup aggregator's events feed and its
    # Greek news feed, a conference tracker's WikiCFP calls and arXiv listing), measured once at ca37b74c before any
    # rule for them: 35/36 found, fields 118/136, extra 3. Rules from its misses (tests/sources/test_heldout60_feeds.py:
    # labelled ISO start and end; a bracketed title day restated with its clock; an ISO deadline): seen 36/36, fields
    # 138/141, extra 1. No floor: none of the five repositories states a licence, so manifest-heldout60.json lists all
    # eight under "removed" and commits no case.
    # The sixty-first held-out batch, feeds (helper feeds61: eight feeds four projects read in their tests -- a
    # family-events finder's CivicPlus parks calendar and BiblioCommons library feed, a family-weekends app's
    # BiblioCommons fragments with undeclared prefixes and CivicPlus city calendars, a student portal's Localist
    # academic calendar, a feed reader's Dutch news feed as the hard negative), measured once at aa19a41e before any
    # rule: 16/17 found, fields 57/57, extra 1 (re-scored with the called-off item as cancelled: 17/18, 61/62).
    # Rules from its misses (tests/sources/test_heldout61_feeds.py: a date element's midnight beside a time element
    # is the day; an item's own cancelled flag): seen 18/18, fields 67/67, extra 0. No floor: none of the four
    # repositories states a licence, so manifest-heldout61.json lists all eight under "removed" and commits no case.
    # The sixty-second held-out batch, feeds (helper feeds62: five feeds three projects keep with their tests -- a
    # Seattle events aggregator's recorded Modern Events Calendar feeds of an adaptive-recreation charity and a dance
    # nonprofit and its Wild Apricot yacht-club calendar, a Lisbon culture app's and a live-music finder's inline
    # ev:startdate feeds with a news post beside the event, the hard negatives), measured once at 9533a989 before any
    # rule: 33/33 found, fields 85/133, extra 0. Rules from its misses (tests/sources/test_heldout62_feeds.py: an hour
    # element beside a date element; a title's day at a scheduled pubDate's clock): seen 33/33, fields 123/133, extra
    # 0. No floor: none of the three repositories states a licence, so manifest-heldout62.json lists all five under
    # "removed" and commits no case.
    # The sixtieth held-out batch, apis (helper apis60: JSON answers kept in JavaScript and mobile projects -- a Stanza
    # calendar's GraphQL answer with JavaScript Date text, hellotata/stanza, MIT; a Facebook page answer with its
    # events under "events", coding-puli/community, ISC; a GitHub release, the hard negative,
    # rotabull/rotabull-release-helper, ISC; a Meetup list in an iOS app and a GitHub GraphQL answer of pull requests,
    # measured only), measured once at 709a6ae1 before any rule: 27/44 found, fields 81/81, 15 extra (commits);
    # committed 24/41, fields 72/72. After the rules (tests/sources/test_heldout60_apis.py: JavaScript Date text;
    # an event listing no occurrences is its own; version-control stamps): committed 41/41, fields 123/123, 1 extra,
    # the release refused: the floor.
    ("apis", "manifest-heldout60.json"): (1.0, 1.0),
    # The sixty-second held-out batch, apis (helper apis62: Microsoft Graph calendar answers -- the calendar-event
    # sample of Zapier's example Exchange app and its mocked created-contact answer (the hard negative),
    # zapier/zapier-platform-example-app-microsoft-exchange, MIT; two Graph events a Perl Office 365 backup client's
    # tests pair with their VEVENTs, measured only), measured once at 16b8fc8f before anything was written: 3/3
    # found, fields 11/11, the contact refused; committed 1/1, fields 3/3. No rule written (nothing missed): the floor.
    ("apis", "manifest-heldout62.json"): (1.0, 1.0),
    # The sixty-third held-out batch, apis (helper apis63: the European Parliament's meetings answer cut down by a
    # vote tracker, volters-cell/We-Volt, MIT; as hard negatives a power utility's outage-map "events",
    # stephenyeargin/hubot-nashville-electric, MIT, and a UiTdatabank JSON-LD Place with opening hours,
    # cultuurnet/calendar-summary-v3, Apache-2.0; a Google Calendar excerpt and a software roadmap measured only),
    # measured once at ca37b74c before any rule: 6/6 found, fields 8/8, 5 extra (the outages, the roadmap's
    # changes); committed 4/4, fields 4/4, 3 extra. After the rules (_json_incidents, _json_roadmap): committed
    # 4/4, fields 4/4, 0 extra, the outages and the Place refused: the floor.
    ("apis", "manifest-heldout63.json"): (1.0, 1.0),
    # The sixty-fourth held-out batch, APIs (helper apis64, manifest-heldout64.json: an NHL schedule answer in a game
    # tracker's test samples, jtenhave/Snapshot, ISC; as a hard negative a tech community site's WordPress posts,
    # ProvidenceGeeks/website-frontend, MIT; an exercise's events, a conference list and a weather forecast measured
    # only), measured once at aa19a41e before any rule: 20/20 found, fields 14/14, 3 extra (the posts); committed
    # 2/2, fields 2/2, 3 extra. After the rule (_json_posts): committed 2/2, fields 2/2, 0 extra: the floor.
    ("apis", "manifest-heldout64.json"): (1.0, 1.0),
    # The sixty-fifth held-out batch, APIs (helper apis65: a training company's course schedule in a Scala project's
    # test resources, gitlevich/ScheduleBuilder; a jazz-gig API's getgigs answer as its README documents it and, the
    # hard negative, its API Gateway request sample, zootytooty/ZootAPI), measured once at ac4d8532 before any rule:
    # 7/7 found, fields 10/10, extra 0, the request refused. No rule (nothing missed). No floor: neither repository
    # states a licence, so manifest-heldout65.json lists all three under "removed" and commits no case.
    # The sixty-sixth held-out batch, APIs (helper apis66: the Finnish ice-hockey league's games in a fantasy game's
    # vitest fixture, jarihaaparanta-cyber/liiga; a UK ticketing API's event search, one event's detail and, a hard
    # negative, an artist's detail in a React app's mocks, jenniredfield/events-app; a Meetup event in a Go test,
    # skillitzimberg/SlackPostItApp; South Tyrol's open-data hub tourism event and, a hard negative, its traffic
    # message, PonzaMatteo/router-open-data-hub), measured once at 9533a989 before any rule: 11/11 found, fields
    # 10/10, 1 extra (the traffic message, titled by its geometry's "EPSG:4326"). After the rules (_json_geo_names;
    # licence words in NOT_URL): 11/11, 0 extra. No floor: no repository states a licence, so
    # manifest-heldout66.json lists all seven under "removed" and commits no case.
    # The sixty-seventh held-out batch, APIs (helper apis67: a town-events collector's Localist answer and The Events
    # Calendar page and, a hard negative, a Google-Maps places list, Tmpalori/thevic361; TheSportsDB's schedule with
    # one match named by its teams and, a hard negative, API-Football's team statistics, wqrsam-Cooperwang/PRISM),
    # measured once at e6506297 before any rule: 7/7 found, fields 13/13, extra 0, both negatives refused. The rule
    # (_json_discounts) came from a probe of the same family (a shop's GraphQL discount codes). No floor: neither
    # repository states a licence, so manifest-heldout67.json lists all five under "removed" and commits no case.
}
