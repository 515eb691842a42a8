"""Review29: ordinary documents that the rules merged on 2026-11-28 (helpers pages89, pages90, apis63, feeds60,
left29) read wrong, each fixed with its hard negative (the document the rule was written for).

- a club's calendar list holding one event among its empty days' notices ("No events for Saturday, June 14, 2031"
  over "Quiz night – Sunday, June 15, 2031, 20:00") lost the quiz: the notice is no row since pages89
  (``_page_no_events.notice_line``), so the list held one dated row, a lone date, and the page's one event was the
  notice's day, which the notice refuses. The notice still gives no event but counts as a row of its list
  (``_page_no_events.notice_day``), and a list of one row on no event's page is read as tables of one row are
  (``_page_tables.ONE_ROW``). The notice "There are no events scheduled for Saturday, June 14, 2031" was no notice
  at all (its "for" stood between the notice and its day, where only a weekday may): "for" and "on" may now;
- a listing's titles ending in English's "I Am" before their date ("Who I Am 14 June 2031, 19:30", "Yes I am …") lost
  the word (left29's German "am" before a removed date, ``_page_words.LEADS_INTO``): "am" after "I" is English's verb
  and stays; "Sommerfest am 14. Juni 2031" still loses its "am";
- a live blog's posts under their day's heading ("<h2>Thursday 12/06/2031</h2>", "<h3>Polls close</h3>",
  "<span>22:00</span>", a paragraph) and a news list's stamped headlines under each day were read as films' showings,
  one event a post (pages90's ``_page_day_showtimes``): a film shows more than once a day, so one heading at least
  holds two times or more; headings of one time each are left to the readers before it (the page's one event).
"""

from __future__ import annotations

import pytest

from tests.sources.test_review28_misfires import page, read, starts  # the same London page, fetched 2031-05-20

# --- a calendar's one event among its empty days ----------------------------------------------------------------


def test_one_event_among_empty_days_notices_is_read() -> None:
    body = (
        "<h1>Events</h1><ul><li>No events for Saturday, June 14, 2031</li>"
        "<li>Quiz night – Sunday, June 15, 2031, 20:00</li></ul>"
    )
    assert starts(read(page("Events", body))) == [("Quiz night", "2031-06-15T20:00")]


def test_empty_days_notices_alone_are_still_no_events() -> None:
    body = (
        "<h1>Events</h1><ul><li>No events for Saturday, June 14, 2031</li>"
        "<li>No events for Sunday, June 15, 2031</li><li>No events for Monday, June 16, 2031</li></ul>"
    )
    assert read(page("Events", body)) == []


@pytest.mark.parametrize(
    "notice",
    [
        "<li>No events for Saturday, June 14, 2031</li>",
        "<li>There are no events scheduled for Saturday, June 14, 2031</li>",  # its "for" after "scheduled"
    ],
)
def test_a_calendar_of_several_events_and_empty_days_reads_the_events(notice: str) -> None:
    body = (
        f"<h1>Events</h1><ul>{notice}<li>Quiz night – Sunday, June 15, 2031, 20:00</li>"
        "<li>No events for Monday, June 16, 2031</li><li>Open mic – Tuesday, June 17, 2031, 19:30</li></ul>"
    )
    assert starts(read(page("Events", body))) == [
        ("Quiz night", "2031-06-15T20:00"),
        ("Open mic", "2031-06-17T19:30"),
    ]


def test_an_events_title_opening_like_a_notice_is_still_read() -> None:
    body = (
        "<h1>Events</h1><ul><li>No Events For Old Men – film night, June 14, 2031, 20:00</li>"
        "<li>Quiz night – Sunday, June 15, 2031, 20:00</li></ul>"
    )
    assert [day for _, day in starts(read(page("Events", body)))] == ["2031-06-14T20:00", "2031-06-15T20:00"]


# --- English's "I am" before a date -------------------------------------------------------------------------------


def test_a_titles_i_am_before_its_date_stays() -> None:
    body = (
        "<h1>Shows</h1><ul><li>Who I Am 14 June 2031, 19:30</li><li>I Am Kloot tribute – 21 June 2031, 20:00</li>"
        "<li>Yes I am 28 June 2031, 20:00</li></ul>"
    )
    assert [title for title, _ in starts(read(page("Shows", body)))] == ["Who I Am", "I Am Kloot tribute", "Yes I am"]


def test_germans_am_before_a_removed_date_still_goes() -> None:
    body = "<h1>Termine</h1><ul><li>Sommerfest am 14. Juni 2031, 15:00</li><li>Lesung am 21. Juni 2031, 19:00</li></ul>"
    assert [title for title, _ in starts(read(page("Termine", body)))] == ["Sommerfest", "Lesung"]


# --- a day's posts under their date heading, each stamped with one time --------------------------------------------

POSTS = (("Polls close", "22:00"), ("First result declared", "23:10"), ("Recount in Ward 3", "23:40"))


def test_a_live_blogs_posts_under_their_day_are_no_showings() -> None:
    posts = "".join(
        f"<h3>{title}</h3><span class='time'>{time}</span><p>Counting goes on.</p>" for title, time in POSTS
    )
    titles = [
        title
        for title, _ in starts(read(page("Election night", f"<h1>Election night</h1><h2>Thu 12 June 2031</h2>{posts}")))
    ]
    assert not set(titles) & {title for title, _ in POSTS}


def test_a_cinemas_day_of_films_is_still_its_showings() -> None:
    films = "".join(
        f"<h3>{film}</h3><p>Drama, 120 min</p><div><a class='btn'>17:45</a><a class='btn'>20:15</a></div>"
        for film in ("Dune", "Heat")
    )
    read_ = starts(read(page("Today", f"<h1>Cinema Roma</h1><h2>Saturday 14/06/2031</h2>{films}")))
    assert read_ == [
        ("Dune", "2031-06-14T17:45"),
        ("Dune", "2031-06-14T20:15"),
        ("Heat", "2031-06-14T17:45"),
        ("Heat", "2031-06-14T20:15"),
    ]
