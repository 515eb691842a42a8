"""The `html` adapter's rules learnt from the held-out real pages (bench/corpus/pages/manifest-heldout.json),
each tested on a minimal page of its own so the rule, not one site, is what is tested: weekday letters and
day spans beside a date, news lists that are not schedules, durations, dotted dates. A fixed window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._page_dates import find_dates
from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://agency.example/meetings"
TODAY = dt.date(2027, 1, 1)


def parse(body: str, *, base: str | None = BASE, start: dt.datetime = START) -> list:
    return parse_page(body, zone=ZONE, base=base, start=start)


def page(body: str, title: str = "Meetings | Agency") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def at(month: int, day: int, hour: int, minute: int = 0, year: int = 2027) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZONE)


# --- dates --------------------------------------------------------------------------------------------------
def test_weekday_letters_in_brackets_after_the_day_keep_the_year_written_after_them():
    (hit,) = find_dates("November 3(TH), 2022", year_hint=None, today=TODAY)
    assert hit.date == dt.date(2022, 11, 3)
    assert hit.year_written
    (hit,) = find_dates("February 24th(F), 2023 -", year_hint=None, today=TODAY)
    assert hit.date == dt.date(2023, 2, 24)


def test_a_span_of_days_in_one_month_takes_the_year_written_after_its_last_day():
    (hit,) = find_dates("Meeting: September 16(T) - 17(W), 2019 - Stevenson", year_hint=2027, today=TODAY)
    assert hit.date == dt.date(2019, 9, 16)
    assert find_dates("October 12 - 13, 2022", year_hint=None, today=TODAY)[0].date == dt.date(2022, 10, 12)


def test_a_day_then_a_time_is_not_a_span_of_days():
    (hit,) = find_dates("March 3 - 19:00", year_hint=2027, today=TODAY)
    assert "19" not in "March 3 - 19:00"[hit.start : hit.end]
    (hit,) = find_dates("Feb 6 - 7 pm, 2027 season", year_hint=2027, today=TODAY)
    assert hit.date == dt.date(2027, 2, 6)


# --- news is not a schedule ---------------------------------------------------------------------------------
HELD = 0.5  # Policy.extraction_confidence_hold_below: under it a record waits for a moderator


def test_a_dated_news_list_is_held_even_when_a_headline_names_a_meeting():
    records = parse(
        page(
            "<h2>Latest News</h2><ul>"
            '<li><a href="/news/council-approves-budget">Council approves budget at meeting</a> March 3, 2027</li>'
            '<li><a href="/news/library-hours">Library extends summer hours</a> February 20, 2027</li>'
            '<li><a href="/news/new-director">Board names new director after special meeting</a> February 2, 2027</li>'
            "</ul>"
        )
    )
    assert [record.title for record in records][0] == "Council approves budget at meeting"
    assert all(record.confidence < HELD for record in records)
    assert all("reads as news" in " ".join(record.evidence) for record in records)


def test_a_headline_among_meetings_is_held_and_the_meetings_are_not():
    records = parse(
        page(
            "<ul><li>Council approves budget at meeting - March 3, 2027</li>"
            "<li>Planning Commission meeting - March 10, 2027</li>"
            "<li>Parks Board hearing - March 17, 2027</li></ul>"
        )
    )
    confidence = {record.title: record.confidence for record in records}
    assert confidence["Council approves budget at meeting"] < HELD
    assert confidence["Planning Commission meeting"] >= HELD
    assert confidence["Parks Board hearing"] >= HELD


def test_a_line_with_an_hour_is_a_meeting_even_when_it_reads_like_a_headline():
    records = parse(
        page(
            "<ul><li>Council votes on the budget - March 3, 2027, 6:00 PM</li>"
            "<li>Council votes on the levy - March 10, 2027, 6:00 PM</li></ul>"
        )
    )
    assert records
    assert all(record.confidence >= HELD for record in records)


def test_news_and_events_heading_and_event_pages_are_not_news():
    records = parse(
        page(
            "<h2>News &amp; Events</h2><ul>"
            '<li><a href="/events/open-house">Open house</a> March 3, 2027</li>'
            '<li><a href="/events/budget-hearing">Budget hearing</a> March 10, 2027</li></ul>'
        )
    )
    assert records
    assert all("reads as news" not in " ".join(record.evidence) for record in records)


def test_news_cards_are_held():
    records = parse(
        page(
            "<h2>News</h2>"
            '<article><h3><a href="/news/budget">Council approves budget at meeting</a></h3>'
            '<time datetime="2027-03-03">March 3, 2027</time><p>The council voted 5-2.</p></article>'
            '<article><h3><a href="/news/director">Board names new director</a></h3>'
            '<time datetime="2027-02-02">February 2, 2027</time><p>After a search.</p></article>'
        )
    )
    assert len(records) == 2
    assert all(record.confidence < HELD for record in records)


# --- what a reader sees -------------------------------------------------------------------------------------
def test_a_hidden_sort_key_glued_to_a_date_is_not_read():
    records = parse(
        page(
            "<h3>Upcoming Events</h3><table><thead><tr><th>Name</th><th>Date</th></tr></thead><tbody>"
            '<tr><td>City Council Meeting</td><td><span style="display:none;">1671588000</span>'
            "December&nbsp;20,&nbsp;2027 - 06:00&nbsp;PM</td></tr></tbody></table>"
            "<h3>Archived Videos</h3><table><tr><th>Name</th><th>Date</th></tr>"
            '<tr><td>City Council Meeting</td><td><span style="display:none;">1670400000</span>Dec  7, 2027</td></tr>'
            '<tr><td>Special Meeting</td><td><span style="display:none;">1668758400</span>Nov 18, 2027</td></tr></table>'
        )
    )
    assert [(record.title, record.start) for record in records][0] == ("City Council Meeting", at(12, 20, 18))
    assert [record.start for record in records][1:] == [dt.date(2027, 12, 7), dt.date(2027, 11, 18)]


def test_a_hidden_link_is_kept_and_a_hidden_heading_still_names_the_page():
    records = parse(
        page(
            '<h2 style="display: none;">Audit Committee Meeting</h2><table><tr><th>Meeting</th><th>Date</th></tr>'
            "<tr><td>Audit Committee</td><td>March 3, 2027</td>"
            '<td><a style="display:none" href="/asx?clip=7">Video only</a></td></tr>'
            "<tr><td>Audit Committee</td><td>April 7, 2027</td><td></td></tr></table>"
        )
    )
    assert records[0].links == [{"label": "Video only", "url": "https://agency.example/asx?clip=7"}]


def test_a_table_with_one_meeting_under_a_date_header_is_part_of_the_schedule():
    records = parse(
        page(
            "<table><tr><th>Meeting</th><th>Date</th></tr><tr><td>Board of Directors</td><td>May 4, 2027</td></tr>"
            "</table><table><tr><th>Meeting</th><th>Date</th></tr><tr><td>Finance Committee</td><td>April 6, 2027</td>"
            "</tr><tr><td>Finance Committee</td><td>March 2, 2027</td></tr></table>"
        )
    )
    assert [record.title for record in records][0] == "Board of Directors"


# --- cards --------------------------------------------------------------------------------------------------
def card(title: str, day: str, start: str, end: str, place: str) -> str:
    google = (
        "http://www.google.com/calendar/event?action=TEMPLATE&text="
        + title.replace(" ", "%20")
        + f"&dates={start}/{end}&location={place.replace(' ', '%20')}"
    )
    return (
        f'<article class="eventlist-event"><h1 class="eventlist-title"><a href="/e/{title[:4]}">{title}</a></h1>'
        f'<time class="event-date" datetime="{day}">{day}</time> 9:00 AM'
        f'<a href="{google}">Google Calendar</a></article>'
    )


def test_a_cards_own_calendar_link_gives_its_end_and_place():
    records = parse(
        page(
            card("Water Board", "2027-10-04", "20271004T160000Z", "20271004T170000Z", "2975 Farm Road, Farmersville")
            + card("Pixley ID", "2027-10-06", "20271006T160000Z", "20271006T173000Z", "357 East Olive Avenue")
        )
    )
    assert [(record.start, record.end) for record in records] == [
        (at(10, 4, 9), at(10, 4, 10)),
        (at(10, 6, 9), at(10, 6, 10, 30)),
    ]
    assert [record.venue_name for record in records] == ["2975 Farm Road, Farmersville", "357 East Olive Avenue"]


def test_a_calendar_link_for_another_time_says_nothing_about_the_card():
    (record, _) = parse(
        page(
            card("Water Board", "2027-10-04", "20271005T160000Z", "20271005T170000Z", "Elsewhere")
            + card("Pixley ID", "2027-10-06", "20271006T160000Z", "20271006T173000Z", "357 East Olive Avenue")
        )
    )
    assert record.end is None
    assert record.venue_name is None


# --- tables -------------------------------------------------------------------------------------------------
def test_a_duration_column_gives_the_end():
    records = parse(
        page(
            "<table><tr><th>Meeting</th><th>Date</th><th>Duration</th></tr>"
            "<tr><td>City Council Meeting</td><td>December&nbsp;12,&nbsp;2027 - 05:32&nbsp;PM</td><td>01h&nbsp;45m</td></tr>"
            "<tr><td>Special Meeting</td><td>November 30, 2027 - 05:39 PM</td><td>1:36</td></tr>"
            "<tr><td>Study Session</td><td>November 3, 2027 - 05:00 PM</td><td>00h 00m</td></tr>"
            "<tr><td>Late Session</td><td>October 3, 2027 - 11:00 PM</td><td>2 hours</td></tr></table>"
        )
    )
    assert [record.end for record in records] == [at(12, 12, 19, 17), at(11, 30, 19, 15), None, None]


# --- a date heading and the lines under it ------------------------------------------------------------------
def test_the_lines_under_a_date_heading_give_the_name_hours_place_and_documents():
    records = parse(
        page(
            "<h1>Joint Meetings</h1>"
            "<h2>November 3(TH), 2027</h2><h4>Joint CTC/CARB Meeting - Riverside</h4><h4>9:00am-2:30pm</h4>"
            "<h4>Air Resources Board Auditorium</h4><p>4001 Iowa Avenue<br />Riverside, CA 92507</p>"
            '<ul><li><a href="https://arb.example/ma110327">11/3: Agenda</a></li></ul><hr />'
            "<h2>April 6(TH), 2028</h2><h4>Joint CTC/CARB Meeting - TBD</h4>"
        )
    )
    first = records[0]
    assert (first.title, first.start, first.end) == (
        "Joint CTC/CARB Meeting - Riverside",
        at(11, 3, 9),
        at(11, 3, 14, 30),
    )
    assert "4001 Iowa Avenue" in first.venue_name
    assert first.links == [{"label": "Agenda", "url": "https://arb.example/ma110327"}]
    assert records[1].title == "Joint CTC/CARB Meeting - TBD"
    assert records[1].links == []


def test_a_line_with_another_date_ends_what_a_date_heading_reads():
    records = parse(
        page(
            "<h3>February 25, 2027</h3><h4>Road Charge Committee</h4><h4>9:30AM - Via Webinar</h4>"
            "<h3>April 22, 2027</h3><p>Planning Workshop</p><p>10:00am</p>"
        )
    )
    assert [(record.title, record.start) for record in records] == [
        ("Road Charge Committee", at(2, 25, 9, 30)),
        ("Planning Workshop", at(4, 22, 10)),
    ]


def test_how_to_attend_after_a_date_is_the_place_not_the_title():
    records = parse(
        page(
            "<h4>Equity Roundtable Meeting #5</h4><p>February 3rd, 2027 - Via Webinar</p>"
            "<h4>Equity Roundtable Meeting #6</h4><p>Tuesday April 27, 2027 - Sacramento and via Webinar</p>"
        )
    )
    # "Via Webinar" names only an online room: the meeting is online with no venue, as a feed's such place is
    # (_page_remote_meetings, _online_place); a hall beside the webinar keeps the place.
    assert [(record.title, record.venue_name, record.online) for record in records] == [
        ("Equity Roundtable Meeting #5", None, True),
        ("Equity Roundtable Meeting #6", "Sacramento and via Webinar", False),
    ]


def test_a_name_before_the_date_and_a_place_after_its_dash():
    records = parse(
        page(
            "<h3>Transportation Commission Meeting: October 12(W) - 13(TH), 2027 - Santa Barbara - Cabrillo Pavilion</h3>"
            '<p><a href="/meetings/10-12-13-27">View/Download October 12th - 13th Meeting Materials</a></p>'
            "<h3>Transportation Commission Meeting: December 7(W) - 8(TH), 2027 - Riverside County Administration"
            " Center - Supervisors' Chambers</h3>"
        )
    )
    assert [(record.title, record.venue_name, record.start) for record in records] == [
        ("Transportation Commission Meeting", "Santa Barbara - Cabrillo Pavilion", dt.date(2027, 10, 12)),
        (
            "Transportation Commission Meeting",
            "Riverside County Administration Center - Supervisors' Chambers",
            dt.date(2027, 12, 7),
        ),
    ]
    assert [link["url"] for link in records[0].links] == ["https://agency.example/meetings/10-12-13-27"]


def test_dotted_numeric_dates_month_first():
    assert [hit.date for hit in find_dates("9.16.2027 SPECIAL AGENDA", year_hint=None, today=TODAY)] == [
        dt.date(2027, 9, 16)
    ]
    assert [hit.date for hit in find_dates("7.21.27 Regular Agenda", year_hint=None, today=TODAY)] == [
        dt.date(2027, 7, 21)
    ]
    assert find_dates("v1.2.22 and 1.2.3.4 and Price 3.50", year_hint=None, today=TODAY) == []


def test_a_list_of_dotted_agenda_links_is_a_schedule():
    records = parse(
        page(
            "<h2>Agendas</h2>"
            '<p><a href="/uploads/9.16.2027-SPECIAL-AGENDA.pdf">9.16.2027 SPECIAL AGENDA</a></p>'
            '<p><a href="/uploads/9.15.2027-REGULAR-AGENDA.pdf">9.15.2027 REGULAR AGENDA</a></p>'
        )
    )
    assert [record.start for record in records] == [dt.date(2027, 9, 16), dt.date(2027, 9, 15)]
    assert records[0].links[0]["url"] == "https://agency.example/uploads/9.16.2027-SPECIAL-AGENDA.pdf"


def test_one_dated_item_in_each_of_a_templates_lists_is_a_schedule():
    records = parse(
        page(
            "<h5>JANUARY 2027</h5><ul class='listitems'><li>January 25, 2027 Board Meeting <a href='/p/0125.pdf'>View</a></li></ul>"
            "<h5>FEBRUARY 2027</h5><ul class='listitems'><li>Regular Board Meeting – February 22, 2027 "
            "<a href='/p/0222.pdf'>View</a></li></ul>"
        )
    )
    assert [record.start for record in records] == [dt.date(2027, 1, 25), dt.date(2027, 2, 22)]


def test_a_schedule_of_dates_beside_one_card_like_block_is_the_pages_list():
    records = parse(
        page(
            "<h1>Board Meeting Schedule</h1><p>Meetings of the Board are held in Sacramento, CA and begin at 10:00 a.m."
            " unless the agenda reflects otherwise.</p><h2>2027 Board Meeting Schedule</h2><ul>"
            "<li>Thursday, May 20, 2027 (CANCELED)</li><li>Thursday, June 17, 2027</li>"
            "<li>Thursday, October 21, 2027</li></ul>"
            '<div class="toggle"><h2>June 17, 2027 Board Meeting</h2><ul><li><a href="/a.pdf">Agenda</a></li></ul></div>'
        )
    )
    assert [(record.start, record.status) for record in records] == [
        (at(5, 20, 10), "cancelled"),
        (at(6, 17, 10), "scheduled"),
        (at(10, 21, 10), "scheduled"),
    ]
    assert {record.venue_name for record in records} == {"Sacramento, CA"}
    assert "CANCEL" not in records[0].title.upper()


def test_one_card_alone_is_still_the_pages_event():
    records = parse(
        page('<article><h2>Spring Concert</h2><time datetime="2027-05-02T19:00">May 2, 7 pm</time></article>')
    )
    assert [record.title for record in records] == ["Spring Concert"]


def test_a_titled_date_heading_takes_the_documents_under_it():
    records = parse(
        page(
            "<h2>Calendar for 2027</h2>"
            "<p><strong>February 2- Board Meeting</strong></p>"
            '<p><strong><a href="/up/feb-agenda.pdf">Revised Agenda</a>/<a href="/up/feb-packet.pdf">Packet</a></strong></p>'
            '<p><a href="/up/feb-slides.pdf">PowerPoint for Meeting</a></p>'
            "<p><strong>April 6- Board Meeting</strong></p>"
            '<p><a href="/up/apr-agenda.pdf">Agenda</a></p>'
        )
    )
    assert [[link["url"].rsplit("/", 1)[1] for link in record.links] for record in records] == [
        ["feb-agenda.pdf", "feb-packet.pdf", "feb-slides.pdf"],
        ["apr-agenda.pdf"],
    ]


def test_a_title_cut_out_of_a_dated_line_keeps_the_line_as_the_sources_wording():
    records = parse(
        page("<h2>Calendar for 2027</h2><ul><li>February 2- Board Meeting</li><li>April 6- Board Meeting</li></ul>")
    )
    assert [(record.title, record.source_title) for record in records] == [
        ("Board Meeting", "February 2- Board Meeting"),
        ("Board Meeting", "April 6- Board Meeting"),
    ]


def test_a_numeric_day_range_is_not_a_date_with_a_two_digit_year():
    assert find_dates("1/26-27: Meeting Agenda (PDF)", year_hint=2027, today=TODAY) == []
    assert [hit.date for hit in find_dates("01-23-19 and 1/23/2019", year_hint=None, today=TODAY)] == [
        dt.date(2019, 1, 23),
        dt.date(2019, 1, 23),
    ]


def test_a_paragraph_says_when_in_one_sentence_and_where_in_another():
    records = parse(
        page(
            "<address>The meetings commence at 10:00 a.m. Scheduled meetings are subject to change. Most meetings are"
            " held at the Flood Control District Board Room, located at 5469 E. Olive Ave., Fresno, CA 93727.</address>"
            "<h3>Board Meetings</h3><p>Board meetings will start at 10:00 a.m. except during the foggy season.</p>"
            "<p><strong>February 2- Board Meeting</strong></p><p><strong>April 6- Board Meeting</strong></p>"
        )
    )
    assert [(record.start, record.venue_name) for record in records] == [
        (at(2, 2, 10), "the Flood Control District Board Room"),
        (at(4, 6, 10), "the Flood Control District Board Room"),
    ]


def test_a_time_for_each_season_of_the_year():
    records = parse(
        page(
            "<p>The meetings commence at 10:00 a.m. during the months of March through October, and at 10:30 a.m."
            " from November through February.</p>"
            "<ul><li>February 2- Board Meeting</li><li>April 6- Board Meeting</li><li>November 2- Board Meeting</li></ul>"
        )
    )
    assert [record.start for record in records] == [at(2, 2, 10, 30), at(4, 6, 10), at(11, 2, 10, 30)]


def test_one_time_with_a_month_span_is_not_a_season():
    records = parse(
        page(
            "<p>The board meets at 7:00 p.m. from September through June.</p>"
            "<ul><li>January 12 - Board Meeting</li><li>July 13 - Board Meeting</li></ul>"
        )
    )
    assert [record.start.hour for record in records] == [19, 19]


def test_a_time_after_a_posting_note_is_not_the_meetings():
    records = parse(
        page(
            "<table><tr><th>Agenda</th><th>Minutes</th></tr>"
            "<tr><td>Aug 11, 2027 — Posted Aug 8, 2027 4:53 PM</td><td>Minutes</td></tr>"
            "<tr><td>Sep 8, 2027 at 6:00 PM — Updated Sep 1, 2027 9:12 AM</td><td>Minutes</td></tr></table>"
        )
    )
    assert [record.start for record in records] == [dt.date(2027, 8, 11), at(9, 8, 18)]
    lines = parse(
        page(
            "<ul><li>Board Meeting, March 3, 2027 - posted on March 1, 2027 at 10:15 AM</li>"
            "<li>Board Meeting, April 7, 2027 - posted on April 5, 2027 at 9:30 AM</li></ul>"
        )
    )
    assert [record.start for record in lines] == [dt.date(2027, 3, 3), dt.date(2027, 4, 7)]


def test_a_link_beside_the_date_that_names_the_meeting_is_its_title_up_to_how_to_attend():
    records = parse(
        page(
            "<h2>City Council</h2><table><tr><th>Agenda</th><th>Minutes</th></tr>"
            "<tr><td><h4>Aug 11, 2027</h4><p><a href='/ViewFile/Agenda/_08112027-385'>Regular Joint Meeting of the"
            " City Council: VIA ZOOM Web Link bit.ly/Council Or by calling +1 669 900 6833</a></p></td><td></td></tr>"
            "<tr><td><h4>Sep 8, 2027</h4><p><a href='/ViewFile/Agenda/_09082027-386'>Agenda</a></p></td><td></td></tr>"
            "</table>"
        )
    )
    assert [record.title for record in records] == ["Regular Joint Meeting of the City Council", "City Council meeting"]
    assert [link["url"] for link in records[0].links] == ["https://agency.example/ViewFile/Agenda/_08112027-385"]


def test_the_word_that_led_into_a_time_goes_with_it():
    records = parse(
        page(
            "<ul><li>January 13, 2027, at Noon — Board Working Session</li>"
            "<li>January 13, 2027, at 1:30 p.m — Board Meeting</li>"
            "<li>Thursday, June 7th 2027 @ 6:30 pm (Closed Meeting)</li></ul>"
        )
    )
    assert [(record.title, record.start) for record in records] == [
        ("Board Working Session", at(1, 13, 12)),
        ("Board Meeting", at(1, 13, 13, 30)),
        ("Closed Meeting", at(6, 7, 18, 30)),
    ]


def test_a_row_whose_date_line_is_alone_takes_its_name_from_the_rows_line_below():
    row = (
        "<div class='Row'><div class='RowLink'><a href='/Detail_Meeting.aspx?ID={id}'>{date}</a></div>"
        "<div><a href='' class='Hidden'>Agenda</a></div><div><a href='#'>Video</a></div>"
        "<div class='RowDetails'>{name}</div></div>"
    )
    records = parse(
        page(
            "<h2>Upcoming Meetings</h2>"
            + row.format(id=1, date="Sep 6, 2027 6:30 PM", name="Mayor and Council - Regular Meeting")
            + row.format(id=2, date="Sep 7, 2027 6:00 PM", name="Tree Preservation Board")
        )
    )
    assert [(record.title, record.start, record.url, record.links) for record in records] == [
        (
            "Mayor and Council - Regular Meeting",
            at(9, 6, 18, 30),
            "https://agency.example/Detail_Meeting.aspx?ID=1",
            [],
        ),
        ("Tree Preservation Board", at(9, 7, 18), "https://agency.example/Detail_Meeting.aspx?ID=2", []),
    ]
    # a list of dates is not a row: the line after the list is no meeting's name
    dates = parse(
        page(
            "<h2>Committee</h2><ul><li>January 27, 2027</li><li>February 24, 2027</li></ul><p>Contact the City Clerk</p>"
        )
    )
    assert [record.title for record in dates] == ["Committee meeting", "Committee meeting"]


def test_table_rows_without_a_year_are_in_the_year_their_heading_names():
    rows = "".join(
        f"<tr><td>{day}</td><td><a href='/{n}.pdf'>PDF</a></td></tr>"
        for n, day in enumerate(["January 14 10:00 AM EST", "March 30 12:00 PM EST"])
    )
    table = f"<table><tr><th>Meeting Date &amp; Time</th><th>Agenda</th></tr>{rows}</table>"
    records = parse(page(f"<h1>2026</h1>{table}"), start=dt.datetime(2026, 1, 1, tzinfo=ZONE))
    assert [record.start for record in records] == [at(1, 14, 10, year=2026), at(3, 30, 12, year=2026)]
    # without a year above, a row without one is the next such day, as before
    later = parse(page(f"<h1>Meetings</h1>{table}"), start=dt.datetime(2026, 9, 9, tzinfo=ZONE))
    assert [record.start.year for record in later] == [2027, 2027]


def test_a_list_headings_year_is_not_part_of_the_meetings_name():
    records = parse(
        page("<h2>2027 JDAMA Meetings</h2><ul><li>January 11, 2027 at 11:30 AM</li><li>April 12, 2027</li></ul>")
    )
    assert [record.title for record in records] == ["JDAMA Meeting", "JDAMA Meeting"]
