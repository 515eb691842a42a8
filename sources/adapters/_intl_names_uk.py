"""Ukrainian month and weekday names, merged into the shared tables of ``_intl_names`` (held-out batch 99: a
community calendar in Ukrainian, "нд, 11 груд. | Trier"). Pure data.

A date takes the month's genitive ("11 грудня"), listings cut it ("11 груд."); a heading names the month in the
nominative ("Грудень 2022"). Two cut forms are words too ("лист": a letter, "лип": lime trees): they are read
only as the other languages' word-like abbreviations are (with a year, a weekday or a closing dot).
"""

from __future__ import annotations

UKRAINIAN_MONTHS = {
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "січ": 1, "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "вер": 9, "жовт": 10,
    "лист": 11, "груд": 12,
}  # fmt: skip
UKRAINIAN_WEEKDAYS = {
    "понеділок": 0, "вівторок": 1, "середа": 2, "четвер": 3, "пʼятниця": 4, "п'ятниця": 4, "субота": 5,
    "неділя": 6, "нд": 6,  # "пн", "вт", "ср", "чт", "пт", "сб" are Russian's short forms too
    "середу": 2, "пʼятницю": 4, "п'ятницю": 4, "суботу": 5, "неділю": 6,
    "п’ятниця": 4, "п’ятницю": 4,  # the typographic apostrophe (review38)
}  # fmt: skip
UKRAINIAN_HEADING_MONTHS = {
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7, "серпень": 8,
    "вересень": 9, "жовтень": 10, "грудень": 12,  # "листопад" is Polish's above, the same month
}  # fmt: skip
UKRAINIAN_WORD_ABBREVIATIONS = frozenset({"лист", "лип"})
