"""The per-part floors of the newest JSON APIs' and feeds' held-out batches (from the eighty-second feeds batch on),
merged into tests/corpus_floors_data_later.py's DATA_FLOORS_LATER: that module reached 600 lines. Each with the
figures it was measured at and why its floor is where it is. New floors go at the end of this one."""

from __future__ import annotations

DATA_FLOORS_LATEST: dict[tuple[str, str], tuple[float, float | None]] = {
    # The eighty-second held-out batch, feeds (helper feeds82: Hugo section feeds of events in four languages, a
    # Bavarian concert series' "Konzerte", schaeftlarnerkonzerte/schaeftlarnerkonzerte.github.io, MIT, committed; a
    # nature association's "Termine", rainerth/naturaktiv; a French musician's "Concerts" stamped at midnight UTC+8,
    # Aymeion/moulin-madeuc; a Russian song club's "Концерты", Aleksandr205/phystech-song; a Japanese forest lab's
    # events, huzitat/huzitalab; hard negative, a French robotics club's news reporting past days, TMCapela/7robot.fr),
    # measured once at e05ac326 before any rule: 5/8 found, fields 17/17, 2 extra. After the rules (a feed of events'
    # midnight stamps in one offset not its zone's are days, _feed_midnight_days; a day stamp gives no clock; CJK dates
    # in feed items; "開催場所" a place label, a heading's "#" no line; days reported over in other languages or by a
    # verb after them, _feed_past_report_intl; tests/sources/test_heldout82_feeds.py): 8/8, fields 30/30, 0 extra.
    # Committed: the Schäftlarn RSS, 3/3, fields 9/9 (the floor).
    ("feeds", "manifest-heldout82.json"): (1.0, 1.0),
    # The eighty-third held-out batch, feeds (helper feeds83: event feeds WordPress and Jekyll sites write, saved in
    # static copies: a staff network's Jekyll events Atom dated only by its links, civilservicelgbt/
    # civilservicelgbt.github.io; a demo site's The Events Calendar RSS, NickPax/memphis-events; a hackathon's WordPress
    # "event" RSS dated by its agenda tables, tackaberry/rhok.ca; a university group's Jekyll events RSS,
    # FOSSRIT/fossrit.github.io; hard negative, a choir's WordPress "event" RSS with no day at all,
    # bromleycomchoir/bromleycomchoir), measured once at 4231b347 before any rule: 10/12 found, fields 22/23, 1 extra.
    # After the rules (a day only in an event page's address, _feed_link_day; a weekday written with a year-less date
    # picks its year even soon after the post, _feed_when.year_less; a days-long agenda's "Hackathon ends" row,
    # _feed_agenda_end; tests/sources/test_heldout83_feeds.py): 12/12, fields 27/27, 1 extra (a past hackathon, now on
    # its right day). No floor: no repository states a licence, so manifest-heldout83.json commits no case.
    # The eighty-fourth held-out batch, APIs (helper apis84: Bandsintown artist events, sdrios/gigs, ISC; a JSON:API
    # document of Confetti events, confetti/confetti-api-docs, ISC; hard negatives, the same API's JSON:API webhooks
    # (ISC) and one Outlook mail message, JensAstrup/pyOutlook, MIT; those four committed; API-Football's live fixtures,
    # TheSportsDB's league events, a Graph meeting beside its people and room, Google Calendar events under a
    # "payload" envelope, measure-only), measured once at 4231b347 before any rule: 10/10 found, fields 33/35, 0 extra.
    # After the rule (a list of acts by name under "lineup" names a concert with no title, joined, before a tagline
    # under "description", _json_kinds.bill_column; tests/sources/test_heldout84_apis.py): 10/10, fields 35/35, 0
    # extra. Committed: 3/3, fields 12/12, 0 extra (the floor).
    ("apis", "manifest-heldout84.json"): (1.0, 1.0),
    # The eighty-fourth held-out batch, feeds (helper feeds84: event feeds of groups that meet: a Bristol computer-
    # science society's Jekyll events Atom, cssbristol/cssbristol.co.uk, MIT, committed; a pro-housing group's hand-
    # built RSS whose page is "events.html", Asheville-For-All/asheville-for-all; a Munich podcast meetup's Hugo
    # "Termine" with two date polls, podcast-muc/podcast-muc.github.io; two user groups' Zola events Atoms,
    # WiresmithTech/cslug and clojure-berlin/clojure-berlin.github.io; hard negative, the podcast meetup's blog of
    # meetings held), measured once at baf8ee5c before any rule: 18/19 found, fields 56/56, 4 extra. After the rules
    # (a path segment without a web page's suffix, _feed_page_suffix; a feed stamped at odd seconds gives posts' times,
    # not starts, _feed_post_stamps; tests/sources/test_heldout84_feeds.py): 19/19, fields 59/59, 2 extra (two past
    # meetings). Committed: the Bristol Atom, 10/10, fields 31/31 (the floor).
    ("feeds", "manifest-heldout84.json"): (1.0, 1.0),
    # The eighty-fifth held-out batch, APIs (helper apis85: one New York City Council meeting as a Legistar MCP
    # server's fixture re-serves it, keys without their "Event" prefix, WillHsiaoNYC/legistar-mcp, MIT, committed; a
    # GraphQL Relay event with its occurrences as nested edges, tuomas777/kukkuu; API-Football v2 fixtures, one
    # postponed, tungqnguyen/all-about-football; hard negative, the same GraphQL API's children with birthdates,
    # measure-only), measured once at 40746e32 before any rule: 4/4 found, fields 13/13, 3 extra (the postponed
    # fixture; both children on their birthdates). Committed: the Legistar meeting, 1/1, fields 4/4 (the floor).
    ("apis", "manifest-heldout85.json"): (1.0, 1.0),
}
