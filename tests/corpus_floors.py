"""The per-part floors of tests/test_corpus.py: each held-out batch and corpus part, with the figures it was
measured at and why its floor is where it is. Pages and calendars here; JSON APIs and feeds in
tests/corpus_floors_data.py (one module grew past 600 lines)."""

from __future__ import annotations

from tests.corpus_floors_data import DATA_FLOORS

# By manifest part: ``manifest.json`` (what the rules were written on) and ``manifest-heldout.json`` (files
# measured before any rule was written for them; each case's notes give its first figure). Held-out apis: 16/16
# found, fields 91.9% (a DataTables response of HTML rows is still misread); feeds 10/10, fields 100%; calendars
# 2/2 scored then (two RFC 5545 examples of 1996/1997 set apart as expected_unreadable), 4/4 since helper feedfix
# (a document read as of a clock before 2000 keeps that clock's years).
# A floor of None: the part's tests spell out no field to compare (their events are counted only).
PART_FLOORS: dict[tuple[str, str], tuple[float, float | None]] = {
    ("calendars", "manifest.json"): (1.0, 1.0),
    ("calendars", "manifest-heldout.json"): (1.0, 1.0),
    # pages: held-out first figure 69.0% found / 50.8% accurate (session 8), before any rule was written for them;
    # 100% / 96.5% with the rules they taught (each tested on its own minimal page, tests/sources/
    # test_pages_heldout_rules.py). A second batch, measured with those rules first: 4/6, fields 7/9; now all
    # 35 pages 35/35, 97.0%: a seen figure (each page taught a rule); the held-out result is the first measures.
    ("pages", "manifest-heldout.json"): (1.0, 0.95),
    # second held-out batch (session 9: prestomation/calendar-ripper's venue, museum, library and ticketing files).
    # First measure, before any rule was written for it: pages 24/41 found, fields 18/43; apis 13/17, fields 22/25.
    # apis after the rules they taught (tests/sources/test_json_heldout2.py): 17/17, 25/25, a seen figure.
    ("pages", "manifest-heldout2.json"): (0.58, 0.41),
    # fourth held-out batch (session 10: 8 projects never used before, kept outside the repository until the rules
    # of the session were written, measured once): pages 3/24 found, fields 7/8; apis 8/9, fields 9/9. Floors at
    # that first measure: a rule written from these files raises them, a regression fails.
    # Session 11's readers of other languages' dates and times, written from these files (a seen figure): pages
    # 22/24 found, fields 42/44.
    ("pages", "manifest-heldout4-h6.json"): (0.91, 0.95),
    # fifth held-out batch (session 11: 9 projects never used before — denkmal.org's Basel/Graz scrapers,
    # simonrw/whatson, City Bureau's template, the-blue-alliance, mono0x/my-scraper, nova-labs/meetup2apricot,
    # songkickr, ticketpy — kept outside the repository while the session's rules were written and measured at
    # bb1e96b, before them: pages 80/88 found, fields 20/32, 33 extra; apis 3/7, 6/12, 2 unreadable; feeds 14/34,
    # 6/8). With the session's other rules, none written from them (still held out): pages 84/88, fields 24/33.
    # Then rules were written from their misses (seen figures, the floors): pages 87/88, fields 40/44; apis 7/7,
    # 18/18, none unreadable; feeds 34/34, 12/14.
    ("pages", "manifest-heldout5.json"): (0.98, 0.90),
    # sixth held-out batch (session 12: 13 files from 9 projects never used before, kept outside the repository and
    # measured once at 0d87f28, before any rule for them: pages 14/20 found, fields 11/20, 8 extra; apis 66/67,
    # fields 30/38). Committed: the 5 files with a permissive licence (lasertag-cal, VLCTechHub, City Bureau's
    # Columbus); their first measure: pages 3/6 found, fields 3/9; apis 8/8, 6/6. Then rules were written from the
    # whole batch's misses (seen figures, the floors): committed pages 5/6, fields 10/14; apis 8/8, 6/6.
    ("pages", "manifest-heldout6.json"): (0.83, 0.71),
    # seventh held-out batch (helper BATCH7: 10 files from 8 projects never used before, kept outside the repository
    # and measured once at bb38305, before any rule for them: pages 4/11 found, fields 7/7; apis 7/14, fields 8/9;
    # feeds 0/2). Committed: the 4 files with a permissive licence (tpwo/event-scrapper-srt, stas12312/
    # my-ticket-bot), all unread at that first measure (Polish and Russian dates): pages 0/7, apis 0/2, no field
    # compared. Then (lead, session 12) Polish, Czech and Russian month and weekday names, field labels asked as
    # questions ("Kiedy?") and a few hours in brackets read as a duration (seen figures, the floors): committed pages
    # 3/7 found, fields 9/12 (the Russian playbill's year-less day headings still give nothing).
    ("pages", "manifest-heldout7.json"): (0.42, 0.75),
    # eighth held-out batch, second part (helper BATCH8: BabakBar/BoringHannover, MIT, kept outside the repository
    # and measured once at 0b19322, after the first part's rules, before any rule for these files: pages 1/4 found,
    # no field compared; apis 3/3, fields 6/6). Then German info-row labels ("Am", "Einlass", "Beginn") and
    # "hide_from_listings" (seen figures, the floors): pages 4/4, fields 7/7; apis 3/3, fields 6/6. (The first
    # part's 12 files have no licence to redistribute: manifest-heldout8.json lists them under "removed".)
    ("pages", "manifest-heldout8b.json"): (1.0, 1.0),
    # ninth held-out batch (helper BATCH9: 10 files from 5 projects never used before, kept outside the repository
    # and measured once at 493d703, before any rule for them: pages 3/6 found, fields 6/10; apis 3/7, fields 12/12,
    # 2 unreadable). Committed: the 4 files with a permissive licence (ilev-sergey/theater-scraper, ElixirTeSS/TeSS);
    # their first measure: pages 0/1 (a Russian programme's month-less day headings); apis 2/4, fields 9/9 (The
    # Carpentries' feed unreadable). Then rules were written from the batch's misses (tests/sources/
    # test_heldout9.py; seen figures, the floors): committed pages 1/1, fields 2/2; apis 4/4, fields 13/13.
    ("pages", "manifest-heldout9.json"): (1.0, 1.0),
    # eleventh held-out batch, pages (helper pages11: 10 files from 6 projects never used before, kept outside the
    # repository and measured once at 377f789, before any rule for them: 17/30 found, fields 32/44, one unreadable).
    # Committed: the 2 files with a permissive licence (steveandroulakis/around-the-grounds, MIT); their first
    # measure: 0/10 found (year-less "Thursday, 7/3" lines; items as JSON in a data attribute), no field compared.
    # Then rules were written from the batch's misses (tests/sources/test_heldout11_pages.py; seen figures, the
    # floors): committed 10/10 found, fields 15/15; the whole batch 30/30, fields 64/66.
    ("pages", "manifest-heldout11.json"): (1.0, 1.0),
    # twelfth held-out batch, pages (helper pages12: 10 files from 8 projects never used before, kept outside the
    # repository and measured once at aa62780, before any rule for them: 75/84 found, fields 86/127, 1 extra).
    # Committed: the 5 files with a permissive licence (CB3_Gcal_sync, omelette-du-fromage, svenskalag-cli,
    # toshin-chieria-calender-api, all MIT); their first measure: 20/22 found, fields 7/13. Then rules were written
    # from the batch's misses (tests/sources/test_heldout12_pages.py; seen figures, the floors): committed 22/22
    # found, fields 15/15; the whole batch 84/84, fields 148/149.
    ("pages", "manifest-heldout12.json"): (1.0, 1.0),
    # fourteenth held-out batch, pages (helper pages14: 10 files from 5 projects never used before, kept outside the
    # repository and measured once at fb560df, before any rule for them: 7/21 found, fields 10/15). Committed: the 3
    # files with a permissive licence (chrischall/etix-mcp's venue and performance pages, AskalotCQA/askalot's sli.do
    # wall, MIT); their first measure: 3/4 found, fields 7/8. Then rules were written from the batch's misses
    # (tests/sources/test_heldout14_pages.py; seen figures, the floors): committed 4/4 found, fields 11/11; the whole
    # batch 21/21, fields 32/32. Merged beside batch 14's JSON rule "midnight to a later local midnight is a day",
    # the sli.do wall's event (00:00 to 00:00 the next day, in its own zone Europe/Dublin) reads as a whole day,
    # where the project's test wants 01:00 in Bratislava: 9/11 fields. Both readings are defensible; ours is kept.
    ("pages", "manifest-heldout14.json"): (1.0, 0.81),
    # The sixteenth held-out batch (helper pages16: 12 pages from 5 projects never used before, kept outside the
    # repository and measured once at 7107636 before any rule for them: 18/29 found, fields 13/17, 2 extra).
    # Committed: starkcoffee/langeNacht's hCalendar programme (MIT), 1/1 found, fields 2/2 at its first measure. Then
    # rules were written from the batch's misses (tests/sources/test_heldout16_pages.py; seen figures): the whole
    # batch 29/29, fields 26/26; the committed file, the floor, unchanged at 1/1, 2/2.
    ("pages", "manifest-heldout16.json"): (1.0, 1.0),
    # The seventeenth held-out batch, pages (helper pages17: 11 pages from 4 projects never used before, kept outside
    # the repository and measured once at bbb428f before any rule for them: 12/126 found, 108 of the 126 one
    # exhibition's daily occurrences; spelled out 9/15; fields 18/19). Committed: microformats/php-mf2's four
    # h-events of its date-time tests (CC0); their first measure 3/4, fields 4/5. Then rules were written from the
    # batch's misses (tests/sources/test_heldout17_pages.py; seen figures, the floor): committed 4/4, fields 7/7.
    ("pages", "manifest-heldout17.json"): (1.0, 1.0),
    # The twenty-first held-out batch, pages (helper pages21: 9 venue, museum, observatory and Japanese and Finnish
    # documents from 4 projects never used before, kept outside the repository and measured once at 951e8ed before
    # any rule for them: 13/18 found, fields 17/24, 2 unreadable; after the rules written from its misses,
    # tests/sources/test_heldout21_pages.py, seen: 18/18, fields 34/35). No floor: none of its files has a licence
    # to redistribute, so manifest-heldout21.json lists all nine under "removed" and commits no case.
    # The twenty-fourth held-out batch, pages (helper pages24: 8 school-calendar and CMS-event-plugin documents from 4
    # projects never used before, kept outside the repository and measured once at a722f07 before any rule for them:
    # 25/36 found, fields 33/39; after the rules written from its misses, tests/sources/test_heldout24_pages.py,
    # seen: 36/36, fields 88/89). No floor: none of its files has a licence to redistribute, so
    # manifest-heldout24.json lists all eight under "removed" and commits no case.
    # The thirty-first held-out batch, pages (helper pages31: 5 Dutch venue, museum and cinema pages from 3 projects never
    # used before, kept outside the repository and measured once at a691d9d before any rule for them: 8/10 found,
    # spelled out 2/4, fields 2/2; after the rule written from its misses, tests/sources/test_heldout31_pages.py, seen:
    # 10/10, fields 4/4). No floor: none of its files has a licence to redistribute, so
    # manifest-heldout31.json lists all five under "removed" and commits no case.
    # The twenty-fifth held-out batch, pages (helper pages25: 8 community and nonprofit documents from 3 projects never
    # used before, kept outside the repository and measured once at 7e6922c before any rule for them: 6/11 found,
    # spelled out 2/7, fields 5/5; after the rules written from its misses, tests/sources/test_heldout25_pages.py,
    # seen: 9/11, fields 11/12). Committed: hsmanninen/mpk-cli's four course-calendar files (0BSD); their first
    # measure 5/7, fields 2/2; seen (the floor) 7/7, fields 6/6.
    ("pages", "manifest-heldout25.json"): (1.0, 1.0),
    # The twenty-seventh held-out batch, pages (helper pages27: 6 venue, club, festival and sports-club documents from 3
    # projects never used before, kept outside the repository and measured once at 087b613 before any rule for them:
    # 7/26 found, spelled out 4/13, fields 5/13; after the rules written from its misses,
    # tests/sources/test_heldout27_pages.py, seen: 16/26, fields 30/33). Committed: debug-ito/app-scrape-ical's two
    # Japanese event-blog excerpts (BSD-3-Clause); their first measure 2/2, fields 2/7; seen (the floor) 2/2, fields 7/7.
    ("pages", "manifest-heldout27.json"): (1.0, 1.0),
    # The twenty-sixth held-out batch, pages (helper pages26: 9 outdoor-club, library, park, venue and council
    # documents from 3 projects never used before, kept outside the repository and measured once at 087b613 before any
    # rule for them: 19/21 found, spelled out 9/11, fields 29/33; after the rules written from its misses,
    # tests/sources/test_heldout26_pages.py, seen: 21/21, fields 38/38). Committed: dreamiurg/mountaineers-mcp's five
    # files (MIT); their first measure 7/7, fields 19/23; seen (the floor) 7/7, fields 23/23.
    ("pages", "manifest-heldout26.json"): (1.0, 1.0),
    # The twenty-eighth held-out batch, pages (helper pages28: 5 seminar, Meetup and music-venue documents from 3
    # projects never used before, measured once at b4f679d before any rule for them: 6/6 found, fields 14/15; after
    # the rule written from its miss, tests/sources/test_heldout28_pages.py, seen: 6/6, fields 15/15). Committed:
    # uqcsbot-slack's two ITEE seminar pages and meetup-notifier's two Meetup events (MIT); their first measure 5/5,
    # fields 13/13; seen (the floor) 5/5, fields 13/13.
    ("pages", "manifest-heldout28.json"): (1.0, 1.0),
    # The thirtieth held-out batch, pages (helper pages30: 4 council, school-board, city-calendar and club documents
    # from 4 projects never used before, measured once at a691d9d before any rule for them: 9/17 found, spelled out
    # 5/6, fields 6/10; after the rules written from its misses, tests/sources/test_heldout30_pages.py, seen: 16/17,
    # fields 9/10). Committed: foxdb/bridge-lights's Trumba page (ISC); its first measure 4/10, fields 1/3; seen (the
    # floor) 10/10, fields 3/3.
    ("pages", "manifest-heldout30.json"): (1.0, 1.0),
    # The thirty-second held-out batch, pages (helper pages32: 5 fencing and amateur golf competition calendars from 2
    # projects never used before, measured once at 80c00a0 before any rule for them: 26/27 found, fields 5/10; after
    # the rules written from its misses, tests/sources/test_heldout32_pages.py, seen: 27/27, fields 11/12). Committed:
    # bartlewbl/fenceapi's four tournament pages (MIT); their first measure 5/6, fields 5/10; seen (the floor) 6/6,
    # fields 11/12.
    ("pages", "manifest-heldout32.json"): (1.0, 0.9),
    # The thirty-third held-out batch, pages (helper pages33: five Chicago agency pages, all MIT and committed; first
    # measure 54/65, fields 50/54; seen after its rules and helper leftpages4's: 65/65, fields 75/75, the floor).
    ("pages", "manifest-heldout33.json"): (1.0, 1.0),
    # The thirty-fourth held-out batch, pages (helper pages34: 4 Australian and German council meeting pages from 2
    # projects never used before, measured once at a98bc77 before any rule for them: 12/12 found, fields 24/37; after
    # the rules written from its misses, tests/sources/test_heldout34_pages.py, seen: 12/12, fields 35/37). Committed:
    # all four (MIT); seen (the floor) 12/12, fields 35/37.
    ("pages", "manifest-heldout34.json"): (1.0, 0.94),
    # The thirty-fifth held-out batch, pages (helper pages35: a music hall's What's On and two Madrid cinemas' listings
    # from 2 projects never used before, measured once at a98bc77 before any rule for them: 5/12 found, fields 13/15;
    # after the rules written from its misses, tests/sources/test_heldout35_pages.py, seen: 9/12, fields 31/31).
    # Committed: MuayChaiLatte/Cold-Lead-Generator's Wilton's Music Hall page (MIT); its first measure 3/7, fields
    # 9/10; seen (the floor) 7/7, fields 26/26.
    ("pages", "manifest-heldout35.json"): (1.0, 1.0),
    # The thirty-sixth held-out batch, pages (helper pages36: Creve Coeur's IQM2 meeting page committed, MIT; three
    # files measure-only). Committed part first 1/1, fields 2/4; seen now 1/1, fields 3/4 (the place, helper
    # leftpages4; the title is still the page's "Arts Committee Committee Meeting"): the floor.
    ("pages", "manifest-heldout36.json"): (1.0, 0.75),
    # The thirty-eighth held-out batch, pages (helper pages38: 4 community pages, a dance programme's weekly timetable,
    # a volunteer clean-up's and a trivia night's Eventbrite pages and a food-market organiser's SPA shell, from 1
    # project never used before, measured once at 4eea79d before any rule for them: 2/30 found, spelled out 2/7,
    # fields 6/6; after the rule written from its misses, tests/sources/test_heldout38_pages.py, seen: 30/30, fields
    # 16/16). No floor: none of its files has a licence to redistribute, so manifest-heldout38.json lists all four
    # under "removed" and commits no case.
    # The thirty-ninth held-out batch, pages (helper pages39: 3 pages of Munich's council information system, a meeting
    # list and two meeting pages, from 1 project never used before, measured once at 909109c before any rule for
    # them: 21/22 found, fields 21/43; after the rule written from its misses, tests/sources/test_heldout39_pages.py,
    # seen: 21/22, fields 41/43). No floor: the project shows no licence, so manifest-heldout39.json lists all three
    # under "removed" and commits no case.
    # The fortieth held-out batch, pages (helper pages40: 2 Ibiza nightclubs' 2012 pages and 2 London cinemas' film
    # pages from 2 projects never used before, measured once at 53a59e9 before any rule for them: 16/23 found, fields
    # 5/8; after the rules written from its misses, tests/sources/test_heldout40_pages.py, seen: 23/23, fields 13/13).
    # Committed: all four (club-parser MIT; agents-uk MIT by its package.json); seen (the floor) 23/23, fields 13/13.
    ("pages", "manifest-heldout40.json"): (1.0, 1.0),
    # The forty-first held-out batch, pages (helper pages41: 9 pages of two Brazilian universities, a Mexican arts
    # council and a museum, and the Swedish orienteering federation's Eventor, from 3 projects never used before,
    # measured once at 53a59e9 before any rule for them: 29/30 found, spelled out 26/27, fields 64/71; after the rules
    # written from its misses, tests/sources/test_heldout41_pages.py, seen: 30/30, fields 68/72). No floor: none of
    # the three projects shows a licence, so manifest-heldout41.json lists all nine under "removed" and commits no case.
    # The forty-second held-out batch, pages (helper pages42: 13 single-event and ticketing pages from 5 projects
    # never used before, measured once at 53941c1 before any rule for them: 19/25 found, spelled out 7/13, fields
    # 20/21, 1 unreadable; after the rules written from its misses, tests/sources/test_heldout42_pages.py, seen:
    # 21/25, fields 23/24). Committed: the six cases of vibhorgupta96/EventFinder (MIT) and matus1989/eventim (MIT in
    # pyproject.toml); first 12/12 found, fields 11/11, and the same after: the floor.
    ("pages", "manifest-heldout42.json"): (1.0, 1.0),
    # The forty-seventh held-out batch, pages (helper pages47: 11 venue and culture pages, a cinema's booking pages,
    # a comedy theatre's calendar, an arts centre's What's On, a school's month view, Tokyo listings, from 5 projects
    # never used before, measured once at 138e00f before any rule for them: 25/29 found, spelled out 14/17, fields
    # 26/30; after the rules written from its misses, tests/sources/test_heldout47_pages.py, seen: 26/29, fields
    # 32/33). Committed: the three BFI IMAX pages (electather/bfi-imax-watcher, MIT by its package.json) and the
    # Schwarzman Centre's What's On (Calebagoha123/oii-lunch-events-bot, MIT); their first measure 12/13 found, fields
    # 11/13 (the Sigur Rós showing read as its run's first day; its hall lost to the centre), the floor.
    ("pages", "manifest-heldout47.json"): (0.92, 0.84),
    # The fiftieth held-out batch, pages (helper pages50: event listing and detail pages, a Brno museum's programme
    # listing from bexelbie/cal-scraper and a Budapest programme page's JSON-LD graph and a crawled detail page from
    # Cloudhunter77/PriceTracker, never used before, measured once at 6abfad6 before any rule for them: 5/6 found,
    # spelled out 4/5, fields 12/13, extra 2; after the rules written from its misses, tests/sources/
    # test_heldout50_pages.py, seen: 6/6, fields 16/16). Committed: the museum's listing (bexelbie/cal-scraper, MIT);
    # its first measure 2/3 found, fields 4/5 (the camp's "7/7 – 11/7/2026" read as its last day; the place line under
    # the date unread), the floor.
    ("pages", "manifest-heldout50.json"): (0.66, 0.8),
    # The forty-sixth held-out batch, pages (helper pages46: five public bodies' meeting pages saved by three City
    # Bureau scraper forks never used before, msrezaie/city-scrapers-losca, DoinaFitchevici/city-scrapers-indianapolis
    # and akhhanna20/city-scrapers-indianapolis, measured once at 138e00f before any rule for them: 58/64 found,
    # spelled out 4/10, fields 12/14, extra 1; after the rules written from its misses,
    # tests/sources/test_heldout46_pages.py, seen: 64/64, spelled out 10/10, fields 24/26, extra 0). No floor: none
    # of the three forks shows a licence, so manifest-heldout46.json lists all five under "removed" and commits no case.
    # The forty-ninth held-out batch, pages (helper pages49: non-English pages, a Flemish football league's club page and
    # one-day calendar from arthurpepermans/steca-competitie and a French climbing club's session calendar from
    # Eric-D/ha-escalade-veauche, never used before, measured once at fa794f8 before any rule for them: 39/43 found,
    # spelled out 2/6, fields 2/4; after the rules written from its misses, tests/sources/test_heldout49_pages.py,
    # seen: 43/43, fields 11/11). No floor: neither project shows a licence, so manifest-heldout49.json lists all
    # three under "removed" and commits no case.
    # The fifty-first held-out batch, pages (helper pages51: ten Paris venues' programme fixtures a concert calendar,
    # AyamGoonce/electric-eye-concert-calendar, never used before, wrote after each venue's markup, measured once at
    # 6abfad6 before any rule for them: 11/20 found, spelled out 11/20, fields 27/27; after the rules written from its
    # misses, tests/sources/test_heldout51_pages.py, seen: 20/20, fields 44/45). No floor: the project shows no
    # licence, so manifest-heldout51.json lists all ten under "removed" and commits no case.
    # The fifty-second held-out batch, pages (helper pages52: community-group event pages, a Meetup search's and an
    # empty Meetup group's Next.js data, MLH's, ETHGlobal's and CASSINI's hackathon listings, and a saved Meetup group
    # page's JSON-LD, from chirataandrei/Eu-Hack-Scout, AndyGitLucky/munich-radar and jobbsy-dev/jobbsy, never used
    # before, measured once at e43721b before any rule for them: 2/3 found, spelled out 2/2, fields 5/6; after the
    # rules written from its misses, tests/sources/test_heldout52_pages.py, seen: 3/3, fields 6/6). No floor: two
    # projects show no licence and jobbsy is GPL-3.0, so manifest-heldout52.json lists all six under "removed".
    # The forty-fifth held-out batch, pages (helper pages45: two Berlin cabaret theatres' programmes, the
    # Mehringhof-Theater's October table and DISTEL's February calendar, from enorm-labs/event-junkie, never used
    # before, measured once at d6d3467 before any rule for them: 24/24 found, spelled out 2/2, fields 5/5, extra 9 (the
    # dark days, "keine Vorstellung"); after the rule written from that miss, tests/sources/test_page_dark_days.py,
    # seen: 24/24, fields 5/5, extra 0). No floor: the project is under the Business Source License 1.1, so
    # manifest-heldout45.json lists both under "removed" and commits no case.
    # The forty-fourth held-out batch, pages (helper pages44: 6 council, board and commission pages saved by 4 City
    # Bureau scraper forks never used before, measured once at d6d3467 before any rule for them: 31/32 found, spelled
    # out 8/9, fields 14/25; after the rules written from its misses, tests/sources/test_heldout44_pages.py, seen:
    # 32/32, fields 25/28). No floor: none of the four forks shows a licence, so manifest-heldout44.json lists all six
    # under "removed" and commits no case.
    # The forty-eighth held-out batch, pages (helper pages48: 6 single-event detail pages saved by 4 projects never
    # used before, measured once at 8db3334 before any rule for them: 5/6 found, spelled out 5/6, fields 11/14; after
    # the rules written from its misses, tests/sources/test_heldout48_pages.py, seen: 6/6, fields 16/16). No floor:
    # none of the four projects shows a licence, so manifest-heldout48.json lists all six under "removed" and commits
    # no case.
    # The fifty-sixth held-out batch, pages (helper pages56: Eventbrite, Luma and Meetup pages, a German pitch
    # calendar's JSON-LD, event-card lists, a football league's fixtures table and a stadium's season and event pages,
    # from timmrkz/speakertrail, rbutils/fetch_util and jordansimsmith/jordansimsmith-com, never used before, measured
    # once at 4797ca42 before any rule for them: 26/33 found, spelled out 26/33, fields 76/84, extra 1; after: see
    # manifest-heldout56.json). Committed: fetch_util's two fixtures (MIT), an Eventbrite-like page without
    # structured data and a JSON-LD conference page; their first measure 2/2 found, fields 7/7, the floor.
    ("pages", "manifest-heldout56.json"): (1.0, 1.0),
    # The fifty-fifth held-out batch, pages (helper pages55: a climbing club's trip list, Espoo council pages, a
    # Bavarian town's event cards, a laser-tag arena's booking week, a nightclub's calendar and a community
    # calendar's event page, from 6 projects never used before, measured once at e73ad7a3 before any rule for them:
    # 11/68 found, spelled out 7/64, fields 20/23). Committed: raine/mz-cal's booking week (MIT by its package.json),
    # whose 57 open-game slots were all missed at the first measure (0/57, no field compared). Helper pagegrid's week
    # and booking grids (_page_week_grid, tests/sources/test_pages_week_grid.py; a seen figure): 57/57, start 57/57.
    ("pages", "manifest-heldout55.json"): (1.0, 1.0),
    # The twentieth held-out batch, pages (helper pages20: 9 meeting pages and calendar fragments from 4 projects never
    # used before, kept outside the repository and measured once at 951e8ed before any rule for them: 11/19 found,
    # spelled out 6/14, fields 9/18). Committed: biglocalnews/civic-scraper's CivicPlus Agenda Center excerpt
    # (Apache-2.0); its first measure 2/2 found, fields 1/3. Then rules were written from the batch's misses
    # (tests/sources/test_heldout20_pages.py; seen figures, the floor): committed 2/2, fields 2/3 (its agenda link
    # kept; its title is still the department's heading); the whole batch 18/19, fields 27/32.
    ("pages", "manifest-heldout20.json"): (1.0, 0.66),
    # The twenty-second held-out batch, pages (helper pages22: 7 English venue pages without structured data from 6
    # projects never used before, kept outside the repository and measured once at ddae5e2 before any rule for them:
    # 35/39 found, spelled out 9/11, fields 14/19; after the rules written from its misses, tests/sources/
    # test_heldout22_pages.py, seen: 39/39, fields 24/26). Committed: the two WeGotTickets files whose projects
    # declare a licence (BenRoss92/we-got-tickets-scraper's 2018 results page, MIT; harrygfox/Scrapey-McScrape's result
    # card, ISC); their first measure 10/11 found, no field compared (the card unread); seen 11/11, fields 4/4.
    ("pages", "manifest-heldout22.json"): (1.0, 1.0),
    # The sixty-fourth held-out batch, pages (helper pages64, manifest-heldout64.json), measured once at 1bc0f351
    # before any rule for it: 21/29 found, fields 11/16, extra 15. Committed: a Japanese mahjong league's game
    # schedule (suzuryo/m-league-ical, MIT; first 0/7, its cards a "9/23（火）" and four team logos) and the hard
    # negative of a Swedish vocational-education search (lanavirsen/yh-monitor, MIT; 0 printed); the seven others
    # show no licence and are under "removed". Rules from its misses (tests/sources/test_heldout64_pages.py: a
    # month/day with a bracketed CJK weekday is a date, a card of a date and logos is named by their alt texts, a
    # table of articles stamped newest first is a log): seen 7/7, fields 14/14 (the floor).
    ("pages", "manifest-heldout64.json"): (1.0, 1.0),
    # The sixty-sixth held-out batch, pages (helper pages66, manifest-heldout66.json), measured once at 1b6bd809
    # before any rule for it: 32/32 found, fields 11/11, extra 20. Committed: a Melbourne street press gig guide's
    # cards (aringeri/gig-guide, BSD-3-Clause; 3/3, fields 8/8, its fourth card printed); Confreaks' events list
    # and a talk's video page (subosito/confreaks) show no licence and are under "removed". Rules from its misses
    # (tests/sources/test_heldout66_pages.py: a card's count is no day, a span over a month's end): seen 32/32,
    # extra 1.
    ("pages", "manifest-heldout66.json"): (1.0, 1.0),
    # The sixty-fifth held-out batch, pages (helper pages65, manifest-heldout65.json), measured once at 1b6bd809
    # before any rule for it: 28/43 found, fields 7/18, extra 6. Committed: a Dutch football pool's Women's Euro 2022
    # match list (Carbonique/voetbalpoules, MIT; first 24/31, fields 3/6: its "Gisteren"/"Vandaag"/"Morgen" rows
    # lost, each match titled by its home team); the four others show no licence and are under "removed". Rules from
    # its misses (tests/sources/test_heldout65_pages.py: relative days in other languages beside their time, a
    # header's home and away columns, day dividers among their cards, news lists by class or dated permalink): seen
    # 31/31, fields 20/20 (the floor).
    ("pages", "manifest-heldout65.json"): (1.0, 1.0),
    # The sixty-seventh held-out batch, pages (helper pages67, manifest-heldout67.json), measured once at f4c5732a
    # before any rule for it: 12/13 found, fields 9/15, extra 0. Committed: four one-conference fixtures of a
    # call-for-papers aggregator (mercedesb/cfp-organizer, MIT: PaperCall, confs.tech, SoftwareMill's list, CFP Land;
    # first 3/4, fields 9/15, CFP Land's conference read on its call's deadline); VIT's student-portal events panel
    # and a court-booking calendar (the hard negative) are under "removed". Rules from its misses
    # (tests/sources/test_heldout67_pages.py: a card's deadline <time> beside its own day, a field's label is no
    # title, a "City, Country" column, a web address as a heading): seen 4/4, fields 13/19 (the floor).
    ("pages", "manifest-heldout67.json"): (1.0, 0.68),
    # The sixty-ninth held-out batch, pages (helper pages69, manifest-heldout69.json), measured once at 5d915a9a
    # before any rule for it: 35/51 found, fields 18/20, extra 4. Committed: the Federal Reserve's FOMC meeting calendar
    # (rohithchad/pmeval, MIT; first 0/2: its month and days in two cells, its release notes read as events); the six
    # others show no licence file and are under "removed". Rules from its misses (tests/sources/test_heldout69_pages.py:
    # a month's cell beside its days' cell, release notes and sale dates, zebra rows, a row's files, sessions by time
    # slot, a neutral site's line, Russian column headers, a match in one cell, a log stamped to the second): seen 2/2,
    # fields 5/5 (the floor).
    ("pages", "manifest-heldout69.json"): (1.0, 1.0),
    # The seventieth held-out batch, pages (helper pages70, manifest-heldout70.json), measured once at 5306c616
    # before any rule for it: 4/11 found, fields 11/14, extra 3. Committed: a Gloucester, MA city meeting's CivicPlus
    # event page (publick-org/publick-engine, MIT; first 1/1, fields 2/5: titled with its "6:00 PM", its url the Zoom
    # link, the agenda link not kept); the six others are measure-only (five show no licence file; the USCCB page's
    # fixtures are declared the USCCB's copyright). Rules from its misses (tests/sources/test_heldout70_pages.py: a
    # single-event page's meeting link for url, a title's opening own hour, the page's one agenda link): seen 1/1,
    # fields 5/5 (the floor).
    ("pages", "manifest-heldout70.json"): (1.0, 1.0),
    # The seventy-first held-out batch, pages (helper pages71, manifest-heldout71.json), measured once at dc34ad84
    # before any rule for it: 13/13 found, fields 13/17, extra 3. Committed: a North German billiards association's
    # snooker league schedule, matchdays 1-3 (GernotUllrich/carambus, MIT; first 9/9, fields 9/9; its host-note row
    # no tenth match); a theatre's tour page, two Liquipedia match cards and a campaign-finance table (the hard
    # negative) show no licence file and are under "removed". Rules from its misses (tests/sources/
    # test_heldout71_pages.py: a production's labelled dates, a ledger's date column): seen 9/9, fields 9/9 (the floor).
    ("pages", "manifest-heldout71.json"): (1.0, 1.0),
    # The seventy-second held-out batch, pages (helper pages72, manifest-heldout72.json), measured once at dc34ad84
    # before any rule for it: 14/30 found, fields 61/61, extra 0. Committed: two years of Austin's boards and
    # commissions archive (crccheck/atx-bandc, BSD-3-Clause; first 0/16: the list in a column classed "sidebar" with
    # role=main, each meeting a flat run of sibling divs named by the line above its date); Oakland's and San
    # Francisco's planning commission pages show no licence file and are under "removed". Rules from its misses
    # (tests/sources/test_heldout72_pages.py: role=main is content, a flat run's name, room and documents): seen 16/16,
    # fields 59/60 (the floor).
    ("pages", "manifest-heldout72.json"): (1.0, 0.98),
    # The seventy-third held-out batch, pages (helper pages73, manifest-heldout73.json), measured once at 1bd338bf
    # before any rule for it: 3/5 found, fields 3/5, extra 1. Committed: a course's schedule table (Lomzem/chronatello,
    # MIT; first 2/2, fields 2/4: titled "Meeting - <topic>") and a hard negative, a university's "academic calendar"
    # page of regulations (Mitchelll-38/course-calendar-rag, MIT; nothing read); the three others are measure-only (no
    # licence file). Rules from its misses (tests/sources/test_heldout73_pages.py: a topic column titles the rows, the
    # one zoned hour under a day): seen 2/2, fields 4/4 (the floor).
    ("pages", "manifest-heldout73.json"): (1.0, 1.0),
    # The seventy-fifth held-out batch, pages (helper pages75, manifest-heldout75.json), measured once at 16b6e2c6
    # before any rule for it: 7/8 found, fields 19/24, extra 0. All committed: three Cambridge event pages cut down by
    # an innovation-events aggregator (cie-hub/cambridge-innovation-events, Apache-2.0: a seminar series' dated
    # paragraphs, a programme's year-less cards, an institute's detail page with no <h1>) and an esports site's events
    # list with its news list as the hard negative (Optionalnickel4/vlr-api, MIT). Rules from its misses (tests/sources/
    # test_heldout75_pages.py: a lone heading whose series starts the date line below, a room after a leading date):
    # seen 8/8, fields 24/28 (the floor).
    ("pages", "manifest-heldout75.json"): (1.0, 0.85),
    # The seventy-eighth held-out batch, pages (helper pages78, manifest-heldout78.json), measured once at cdcfd7f2
    # before any rule for it: 9/19 found, fields 36/37, extra 0. Committed: a football club's fixtures page twice and
    # its 404 page of match news as the hard negative (romanodesouza/galendario, MIT; first 0/8: "22/05 às 19:00", a
    # year-less slashed day, was no date); a tourist office's year calendar and event page show no licence file and
    # are under "removed". Rules from its misses (tests/sources/test_heldout78_pages.py: a slashed day before its
    # time, a word for "at" in other languages, a day label at a run's end, a page's own address under a root
    # <base href>): seen 5/8, fields 5/10 (start 5/5, the places left), the floor.
    ("pages", "manifest-heldout78.json"): (0.6, 0.5),
    # The eightieth held-out batch, pages (helper pages80, manifest-heldout80.json), measured once at 444c33e2 before
    # any rule for it: 7/8 found, fields 22/26, extra 0. Committed: three Czech Maker Faire city pages (a timed day, a
    # two-day run, a day whose time slot says "vstup zdarma"), the Scrapy spider's fixtures of juniorguru/plucker
    # (MIT; first 3/4, fields 9/13: no place); a concert hall's season list and Google's home page (the hard
    # negative) show no licence file and are under "removed". Rule from its misses (tests/sources/
    # test_heldout80_pages.py: a map link by the date names the place): seen 3/4, fields 12/13 (the floor).
    ("pages", "manifest-heldout80.json"): (0.75, 0.92),
    # The eighty-first held-out batch, pages (helper pages81, manifest-heldout81.json), measured once at 444c33e2
    # before any rule for it: 10/13 found, fields 10/16, extra 3. Committed: KDE's calendar formatter's renderings of
    # a timed meeting, a multi-day event and an e-mailed invitation, with a journal entry as the hard negative
    # (KDE/kcalutils autotests/data, CC0-1.0; first 1/3, fields 1/3); a band's schedule e-mail shows no licence file
    # and is under "removed". Rules from its misses (tests/sources/test_heldout81_pages.py: a lone heading or a bold
    # line over a labelled day and hour, zero seconds in a 24-hour range, bare evening ranges, a mailbox title, a
    # duration field's end): seen 3/3, fields 9/10 (the floor).
    ("pages", "manifest-heldout81.json"): (1.0, 0.9),
    # The eighty-second held-out batch's committed part, pages (helper pages82, manifest-heldout82.json): BBC Radio
    # 1's day schedule (JSON-LD RadioEpisode items whose time is their publication, a BroadcastEvent) and the
    # station list (the hard negative), StevenMaude/bbc-radio-schedules, MIT; first 0/9 (broadcasts were left by
    # design). Helper left27 decided broadcasts once (a schedule of airings is read as XMLTV's programmes are,
    # _jsonld_broadcasts; tests/sources/test_left27_misreads.py): 9/9, fields 27/27 (the floor); the list still 0.
    ("pages", "manifest-heldout82.json"): (1.0, 1.0),
    # The eighty-third held-out batch, pages (helper pages83, manifest-heldout83.json), measured once at f19784f7
    # before any rule for it: 0/6 found, no field compared, extra 0. Committed: VLR.gg's match list of an esports
    # event (liujianuo/vctpredictor, MIT; first 0/6); a bar's page with opening hours (the hard negative) shows no
    # licence file and is under "removed". Rule from its misses (tests/sources/test_heldout83_pages.py: a match card
    # of a time and two sides with their scores under a day head): seen 6/6, fields 18/18 (the floor).
    ("pages", "manifest-heldout83.json"): (1.0, 1.0),
    # The eighty-fourth held-out batch, pages (helper pages84, manifest-heldout84.json), measured once at 709a6ae1
    # before any rule for it: 8/8 found, fields 27/27, extra 1. Committed: two hCalendar snippets of the microformats
    # test suite and BBC News Scotland's index page as the hard negative (apache/any23, Apache-2.0; first 2/2, fields
    # 6/6, extra 0); three pages of JMB-Technology-Limited/HTMLIsAnEvent (its test pages "copyright their original
    # owners") are under "removed". Rules from its misses (tests/sources/test_heldout84_pages.py: one start whatever
    # its offset, two ends' days on one clock, an e-description's text): seen 2/2, fields 6/6 (the floor).
    ("pages", "manifest-heldout84.json"): (1.0, 1.0),
    # The eighty-fifth held-out batch, pages (helper pages85, manifest-heldout85.json), measured once at 709a6ae1
    # before any rule for it: 14/14 found, fields 35/43, extra 0. Committed: the Madrid athletics federation's
    # calendar table (Zarritas/fam_scape_bot, MIT; first 5/5, fields 11/16: each row titled by its "Inscribirse"
    # link) and a Stockholm restaurant's lunch menu as the hard negative (simon-ingelsson-sr/rhlunch, MIT); two Dutch
    # venues' programme pages show no licence and are under "removed". Rules from its misses (tests/sources/
    # test_heldout85_pages.py: a sign-up call in another language is no name, a superscript country code is no word
    # of one): seen 5/5, fields 16/16 (the floor).
    ("pages", "manifest-heldout85.json"): (1.0, 1.0),
    # The eighty-seventh held-out batch, pages (helper pages87, manifest-heldout87.json), measured once at bb9596b4
    # before any rule for it: 0/1 found, no field compared, extra 3. All four committed (adbar/trafilatura and
    # adbar/htmldate, Apache-2.0): a blog post announcing a conference (its byline's date read as the event's) and
    # three hard negatives (a club's history, two news items reporting a day just past). Rules from its misses
    # (tests/sources/test_heldout87_pages.py: a byline's date is no event's, a sentence with weekday, date and clock
    # announces one, a history's long-past sentence is none): seen 1/1, fields 2/4, extra 2 (the floor).
    ("pages", "manifest-heldout87.json"): (1.0, 0.5),
    # The eighty-sixth held-out batch, pages (helper pages86, manifest-heldout86.json), measured once at 180a7128
    # before any rule for it: 11/11 found, fields 17/19, extra 0. Committed: a user group's Hugo-built list of meetup
    # dates and a charity's index of undated events as the hard negative (GlasgowAzureUG/Websitev2 and
    # Farnham-Round-Table/frt-website, MIT; first 6/6, fields 6/7, extra 0); a festival committee's notice board, a
    # radio club's field day and a hackerspace's workshop catalogue show no licence file and are under "removed".
    # Rules from its misses (tests/sources/test_heldout86_pages.py: the one heading over a date's label names the
    # event on a page titled "Events"; a date that is wholly a link to a page has that page): seen 6/6, fields 7/7.
    ("pages", "manifest-heldout86.json"): (1.0, 1.0),
    # The eighty-eighth held-out batch, pages (helper pages88, manifest-heldout88.json), measured once at 16b8fc8f
    # before any rule for it: 1/19 found, fields 2/3, extra 4. Committed: a PHP conference's two-day schedule (rows
    # of div cells under day headings: each day read as one event titled by its heading, 0/17) and its undated
    # workshop catalogue as the hard negative (php-usergroup-dresden/phpdd.org, MIT, excerpts); the group's events
    # page and a workshop page show no licence file and are under "removed". One rule from its misses (tests/sources/
    # test_heldout88_pages.py: the heading repeating the breadcrumb's current item names the page over a site-wide
    # h1): seen 2/19, fields 3/7; the committed part is unchanged (0/17), so the floor is the first measure. Then
    # (helper left29, tests/sources/test_left29_pages.py: a programme of several days' headings over time and session
    # rows is its sessions): the schedule's 17 sessions found, fields 50/50 (the floor); all four files 19/19, 57/57.
    ("pages", "manifest-heldout88.json"): (1.0, 1.0),
    # The ninetieth held-out batch, pages (helper pages90, manifest-heldout90.json), measured once at ca37b74c before
    # any rule for it: 3/22 found (counted only), no field compared, extra 0. Committed: a cinema chain's rendered
    # one-day repertoire (0/13: the day heading read as one event titled by the page) and its home page as a
    # negative (kodzonko/cinema-repertoire-analyzer, MIT, excerpts); three DOK Leipzig film pages show no licence file
    # and are under "removed". Rules from its misses (tests/sources/test_heldout90_pages.py: a separator line between
    # a date and its time, a film page's screenings titled by its heading at their halls, a day heading over films'
    # time buttons): seen 13/13, fields 26/26 (the floor).
    ("pages", "manifest-heldout90.json"): (1.0, 1.0),
    # The ninety-second held-out batch, pages (helper pages92, manifest-heldout92.json), measured once at aa19a41e
    # before any rule for it: 15/16 found, fields 8/16, extra 4. Committed: a culture organiser's calendar, two
    # parishes' service lists and a village's events page (trsdn/wendeburg-calendar, MIT): their tests assert titles
    # and counts, no start, so the part is counted only (6/6, no field compared: no accuracy floor). An art space's
    # and a university's pages show no licence file and are under "removed". Rules from its misses (tests/sources/
    # test_heldout92_pages.py): seen 16/16, fields 14/18, extra 1.
    ("pages", "manifest-heldout92.json"): (1.0, None),
    # The ninety-fourth held-out batch, pages (helper pages94, manifest-heldout94.json), measured once at 9533a989
    # before any rule for it: 50/84 found, fields 105/106, extra 2. All seven files committed (MIT): three Finnish
    # council boards' meeting indexes (6aika/Paatos-Scraper) and three Berlin venues' programmes (fguillen/
    # WebToCalendarApi). Rules from its misses (tests/sources/test_heldout94_pages.py: "11.08 (Sa)" a day, a row's
    # "Infos, Trailer, Tickets" its page, "09. bis 12.08." a run, a table of row blocks between rules): seen 73/84,
    # fields 174/175 (the floors); the Spielplan's nightly shows of a run are left (one event a run).
    ("pages", "manifest-heldout94.json"): (0.869, 0.994),
    # The ninety-sixth held-out batch, pages (helper pages96, manifest-heldout96.json), measured once at e6506297
    # before any rule for it: 6/7 found, fields 19/19, extra 1. All three files committed (MIT, LeipeLeon/bwh-ical):
    # a Deventer skatepark's agenda (a one-card cut and the whole page, 51 undated past cards) and a youth venue's
    # upcoming list. Rule from its miss (tests/sources/test_heldout96_pages.py: a start-less hCalendar vevent's one
    # date in words is its start, _mf_text_start): seen 7/7, fields 22/22 (the floors); one extra (an old exhibition).
    ("pages", "manifest-heldout96.json"): (1.0, 1.0),
    # The ninety-seventh held-out batch, pages (helper pages97, manifest-heldout97.json), measured once at 00c89eee
    # before any rule for it: 6/11 found, fields 12/18, extra 2; seen after its rules 11/11, fields 38/38, extra 1. No
    # floor: nothing committed (karolakvido has no licence, kino is AGPL-3.0-only); its rules are held by
    # tests/sources/test_heldout97_pages.py on documents of our own.
    # The ninety-eighth held-out batch, pages (helper pages98, manifest-heldout98.json), measured once at 319bf72e
    # before any rule for it: 13/16 found, fields 35/41, extra 0; seen after its rules 16/16, fields 51/52, extra 0. No
    # floor: nothing committed (Econcar/kulturkalender has no licence); its rules are held by
    # tests/sources/test_heldout98_pages.py on documents of our own.
    # The ninety-ninth held-out batch, pages (helper pages99, manifest-heldout99.json), measured once at 103fb010
    # before any rule for it: 1/13 found, fields 1/2, extra 1; seen after its rules 10/13, fields 27/27, extra 0 (three
    # February concerts the page spells "frévrier" stay unread). No floor: nothing committed (none of the four
    # repositories has a licence); its rules are held by tests/sources/test_heldout99_pages.py on documents of our own.
    # The hundredth held-out batch, pages (helper pages100, manifest-heldout100.json), measured once at 9326a411 before
    # any rule for it: 11/44 found, fields 13/28, extra 7; seen after its rules 44/44, fields 129/129, extra 0. No floor:
    # nothing committed (none of the five repositories has a licence); its rules are held by
    # tests/sources/test_heldout100_pages.py on documents of our own.
    # The hundred-and-first held-out batch, pages (helper pages101, manifest-heldout101.json), measured once at 9326a411
    # before any rule for it: 12/37 found, fields 12/25, extra 0; seen after its rules 36/37, fields 75/76, extra 0.
    # Committed: a village library's Book Day programme and its summer opening hours (a hard negative), carlosvin/
    # biblioln.es, CC BY 4.0 by the site's footer: first 1/4, fields 1/2; seen 4/4, fields 11/12 (the floors; one
    # activity's name is only quoted in its sentence). A science night's programme, a handball club's fixtures and a
    # club's commented-out fixture list show no licence (under "removed"); tests/sources/test_heldout101_pages.py.
    ("pages", "manifest-heldout101.json"): (1.0, 0.916),
    # The hundred-and-second held-out batch, pages (helper pages102, manifest-heldout102.json), measured once at
    # 418de0d5 before any rule for it: 21/39 found, fields 31/49, extra 2; seen after its rules 37/39, fields 80/109,
    # extra 0 (a scout diary's places written into its names stay there). No floor: nothing committed (none of the four
    # repositories has a licence); its rules are held by tests/sources/test_heldout102_pages.py on documents of our own.
    # The hundred-and-third held-out batch, pages (helper pages103, manifest-heldout103.json), measured once at 418de0d5
    # before any rule for it: 21/33 found, fields 29/70, extra 16; seen after its rules 33/33, fields 104/114, extra 2.
    # No floor: nothing committed (none of the four repositories has a licence); its rules are held by
    # tests/sources/test_heldout103_pages.py on documents of our own.
    # The hundred-and-fourth held-out batch, pages (helper pages104, manifest-heldout104.json), measured once at 2e414056
    # before any rule for it: 10/36 found, fields 10/10, extra 35; seen after its rules 36/36, fields 86/87, extra 0.
    # No floor: nothing committed (none of the three repositories has a licence ALLOWED_LICENCES allows); its rules
    # are held by tests/sources/test_heldout104_pages.py on documents of our own.
    # The hundred-and-fifth held-out batch, pages (helper pages105, manifest-heldout105.json), measured once at ba9f96c5
    # before any rule for it: 2/40 found, fields 2/6, extra 9; seen after its rules 40/40, fields 88/88, extra 0. No
    # floor: nothing committed (none of the three repositories has a licence); its rules are held by
    # tests/sources/test_heldout105_pages.py on documents of our own.
    # The hundred-and-sixth held-out batch, pages (helper pages106, manifest-heldout106.json), measured once at b571fca8
    # before any rule for it: 6/30 found, fields 10/18, extra 5; seen after its rules 26/30, fields 78/78, extra 0 (a
    # band's past shows beside its upcoming ones are left out by design). No floor: nothing committed (none of the four
    # repositories has a licence); its rules are held by tests/sources/test_heldout106_pages.py on documents of our own.
    # The hundred-and-seventh held-out batch, pages (helper pages107, manifest-heldout107.json), measured once at
    # b571fca8 before any rule for it: 32/38 found, fields 62/64, extra 0; seen after its rules 38/38, fields 78/78,
    # extra 0. No floor: nothing committed (none of the three repositories has a licence); its rules are held by
    # tests/sources/test_heldout107_pages.py on documents of our own.
    **DATA_FLOORS,
}
