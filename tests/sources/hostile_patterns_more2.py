"""A third home for the patterns tests/sources/hostile_patterns.py registers (merged into its PATTERNS through
hostile_patterns_more.py, which neared 600 lines). A new pattern is registered here, with a comment saying which batch
or review brought it; the hostile-text test times each on adversarial input."""

from __future__ import annotations

from events.pipeline.categorize import age_limits, rules_stack_talks
from sources.adapters import (
    _feed_agenda_end,
    _feed_closing_place,
    _feed_day_heads,
    _feed_dc_clock,
    _feed_directions_place,
    _feed_end_line,
    _feed_kicker_town,
    _feed_label_range,
    _feed_link_day,
    _feed_media_release,
    _feed_midnight_days,
    _feed_page_suffix,
    _feed_past_report_intl,
    _feed_pipe_fields,
    _feed_place_label,
    _feed_relative_links,
    _feed_report_titles,
    _feed_restated,
    _feed_showtimes,
    _feed_state_town,
    _feed_tail_clock,
    _feed_tail_day,
    _feed_title_place,
    _feed_utc_days,
    _given_names,
    _json_clock_spans,
    _json_dated_offers,
    _json_day_runs,
    _json_display_moments,
    _json_month_name_days,
    _json_property_labels,
    _json_weekday_runs,
    _json_written_hints,
    _page_abbreviations,
    _page_bem_cards,
    _page_broken_headings,
    _page_cards,
    _page_clock_icons,
    _page_clock_places,
    _page_clock_word_lines,
    _page_coming_card,
    _page_dashed_days,
    _page_date_clocks,
    _page_deadline_clocks,
    _page_empty_grid,
    _page_end_breaks,
    _page_every_weekday,
    _page_ground_column,
    _page_more_dates,
    _page_named_place,
    _page_pair_hits,
    _page_past_cards,
    _page_place_streets,
    _page_priced_places,
    _page_stamped_rows,
    _page_street_lines,
    _page_subheading_place,
    _page_table_notices,
    _page_template_entries,
    _page_time_lines,
    _page_weekly_runs,
    _page_written_months,
    _page_year_headed_lines,
)
from tests.hostile import module_patterns

# Register as the other modules do: **module_patterns(module, "module.") (tests.hostile.module_patterns) or
# "module.NAME": module.NAME for one pattern.
MORE2_PATTERNS: dict = {
    # pages124: a clock's zero seconds ("10:00:00"); two letters in a row beside a card's label element
    "_page_date_clocks.ZERO_SECONDS": _page_date_clocks.ZERO_SECONDS,
    "_page_cards.WORD": _page_cards.WORD,
    # pages120: a fixture table's "Ground" column and a place's number column; a place before what entry costs
    **module_patterns(_page_ground_column, "_page_ground_column."),
    **module_patterns(_page_priced_places, "_page_priced_places."),
    # pages119: a time after the clock word on a labelled line, and the lines that are no start; "every" and a
    # weekday alone; an English month's date (a page that writes one is not read in another language by its months)
    **module_patterns(_page_clock_word_lines, "_page_clock_word_lines."),
    **module_patterns(_page_every_weekday, "_page_every_weekday."),
    **module_patterns(_page_written_months, "_page_written_months."),
    **module_patterns(_page_weekly_runs, "_page_weekly_runs."),  # a run's recurring weekday ("keskiviikkoisin")
    # pages118: "</br>" as a break; a clock icon's time line; a broken date heading's hours line and its place's
    # leading "im"; an events table's closing and opening notices.
    **module_patterns(_page_end_breaks, "_page_end_breaks."),
    **module_patterns(_page_clock_icons, "_page_clock_icons."),
    **module_patterns(_page_broken_headings, "_page_broken_headings."),
    **module_patterns(_page_table_notices, "_page_table_notices."),
    # feeds76 (held-out batch 76): a pubDate's clock (a bare day has none); a pubDate at midnight UTC (a day stamp)
    **module_patterns(_feed_dc_clock, "_feed_dc_clock."),
    **module_patterns(_feed_utc_days, "_feed_utc_days."),
    # feeds75 (held-out batch 75): a run on listed weekdays as its rule, a dated offer's name
    **module_patterns(_json_weekday_runs, "_json_weekday_runs."),
    **module_patterns(_json_dated_offers, "_json_dated_offers."),
    # feeds78 (held-out batch 78): a site-relative item link; a hyphenated named-month day, a numeric run of days, a
    # clock range in a record's fields
    **module_patterns(_feed_relative_links, "_feed_relative_links."),
    **module_patterns(_json_month_name_days, "_json_month_name_days."),
    **module_patterns(_json_day_runs, "_json_day_runs."),
    **module_patterns(_json_clock_spans, "_json_clock_spans."),
    **module_patterns(_json_written_hints, "_json_written_hints."),  # mend59c: a clock in a document's time fields
    # held-out batch apis80: a marked-up body beside a title is no property's value
    **module_patterns(_json_property_labels, "_json_property_labels."),
    **module_patterns(_given_names, "_given_names."),  # left43: a person's or a group's name where a town would be
    **module_patterns(_page_pair_hits, "_page_pair_hits."),  # left43: a pair of days on a schedule line
    **module_patterns(_page_bem_cards, "_page_bem_cards."),  # left43: a BEM card's parts
    **module_patterns(_page_place_streets, "_page_place_streets."),  # left43: a venue's street after its name
    # feeds75 (held-out batch 75): a run on listed weekdays as its rule, a dated offer's name
    **module_patterns(_json_weekday_runs, "_json_weekday_runs."),
    **module_patterns(_json_dated_offers, "_json_dated_offers."),
    # feeds77 (held-out batch 77): a title's year-less day after a dash and its tags; a kicker's town; a closing
    # sentence's venue and town
    **module_patterns(_feed_tail_day, "_feed_tail_day."),
    **module_patterns(_feed_kicker_town, "_feed_kicker_town."),
    **module_patterns(_feed_closing_place, "_feed_closing_place."),
    # mend58b (read-through 58): a title's words, for a public talk on a subject developers meet over too
    **module_patterns(rules_stack_talks, "rules_stack_talks."),
    **module_patterns(_page_abbreviations, "_page_abbreviations."),  # left44: an abbreviation's dot ends no sentence
    **module_patterns(_page_deadline_clocks, "_page_deadline_clocks."),  # left44: a deadline's clock is no start
    "_page_time_lines.LASTS": _page_time_lines.LASTS,  # review59: a Nordic "time" label before a duration ("Tid: 2 h")
    # feeds79 (held-out batch 79): a running order's end line; a place under a directions heading
    **module_patterns(_feed_end_line, "_feed_end_line."),
    **module_patterns(_feed_directions_place, "_feed_directions_place."),
    # feeds81 (held-out batch 81): the item's own day written numeric with its four-digit year
    "_feed_restated.FULL_NUMERIC_DAY": _feed_restated.FULL_NUMERIC_DAY,
    **module_patterns(_feed_tail_clock, "_feed_tail_clock."),  # left45: a tail day's one clock
    # read-through 60 (mend60b): DOORS_BEFORE (a box office's or the doors' words before a clock), in the line above
    # pages121 (held-out batch 121): a listing's coming label; dashed dates' order; a grid's day lead (the
    # front matter's new TITLE_KEY and OWN_HEADING are registered with their module in hostile_patterns_more.py)
    **module_patterns(_page_coming_card, "_page_coming_card."),
    **module_patterns(_page_dashed_days, "_page_dashed_days."),
    **module_patterns(_page_empty_grid, "_page_empty_grid."),
    **module_patterns(_page_street_lines, "_page_street_lines."),  # a name, a street then number, a town
    # pages122 (held-out batch 122): a name then a place's label on one line; a card's sub-heading place; a past
    # section's label (more words) and a card's "Terminé" badge; a template's placeholder titles
    **module_patterns(_page_named_place, "_page_named_place."),
    **module_patterns(_page_subheading_place, "_page_subheading_place."),
    **module_patterns(_page_more_dates, "_page_more_dates."),
    **module_patterns(_page_past_cards, "_page_past_cards."),
    **module_patterns(_page_template_entries, "_page_template_entries."),
    # pages123 (held-out batch 123): rows stamped with a day and a clock; a fixture's side before its ground; a
    # theme's demo titles (_page_template_entries, above); a day under a past year's heading
    **module_patterns(_page_stamped_rows, "_page_stamped_rows."),
    "_page_clock_places.SIDE_LEAD": _page_clock_places.SIDE_LEAD,
    **module_patterns(_page_year_headed_lines, "_page_year_headed_lines."),
    # apis82 (held-out batch 82): the tokens of a date written for a listing's readers
    **module_patterns(_json_display_moments, "_json_display_moments."),
    # apis83 (held-out batch 83): a race's distance as its events' name (_json_part_titles.DISTANCE_LABEL) is timed
    # with its module's patterns, module_patterns(_json_part_titles) in hostile_patterns.py
    # cats41: an age limit in a description ("Ages 12+", "Children under 3 not admitted", "all ages") is one word
    **module_patterns(age_limits, "age_limits."),
    # feeds80 (held-out batch 80): fields between bars, a labelled time's range end, a place between a name and its
    # date, a town with its state's code, a dated report's headline
    **module_patterns(_feed_pipe_fields, "_feed_pipe_fields."),
    **module_patterns(_feed_label_range, "_feed_label_range."),
    **module_patterns(_feed_title_place, "_feed_title_place."),
    **module_patterns(_feed_state_town, "_feed_state_town."),
    **module_patterns(_feed_report_titles, "_feed_report_titles."),
    # feeds82 (held-out batch 82): a feed of events' midnight stamps in any one offset; a day reported over in another
    # language or by a verb after it; a heading's lone permalink mark
    **module_patterns(_feed_midnight_days, "_feed_midnight_days."),
    **module_patterns(_feed_past_report_intl, "_feed_past_report_intl."),
    **module_patterns(_feed_place_label, "_feed_place_label."),
    # feeds83 (held-out batch 83): a whole day in an event page's path; a days-long agenda's "… ends" row and its day
    # headings
    **module_patterns(_feed_link_day, "_feed_link_day."),
    **module_patterns(_feed_agenda_end, "_feed_agenda_end."),
    # feeds84 (held-out batch 84): a web page's suffix on a path segment ("events.html")
    **module_patterns(_feed_page_suffix, "_feed_page_suffix."),
    # feeds85 (held-out batch 85): a labelled line of showings; a film's or a record's release
    **module_patterns(_feed_showtimes, "_feed_showtimes."),
    **module_patterns(_feed_media_release, "_feed_media_release."),
    # feeds86 (held-out batch 86): a text that opens with its weekday and month/day before a bar
    **module_patterns(_feed_day_heads, "_feed_day_heads."),
}
