"""Job ads are no events: a list whose items are vacancies, each with a pay or an employer's key, or a company's
beside a closing date or interviews (helper review30, APIs).

A jobs board answers ``{"jobs": [{"title": "Library Assistant", "company": "Riverside Council", "location":
"Central Library", "posted_at": "2031-06-09", "closing_date": "2031-06-30T12:00:00", "start_date": "2031-09-01",
"salary": "£24,000"}]}``: a title, a place and dates, as an event has. The closing date was read as each job's start
(confidence 0.9). But a job is applied for, not gone to: its keys say what it pays ("salary", "wage", "pay_range"),
who employs ("employer", "hiring_organization"), the contract ("employment_type", "contract_type", "job_type"), or
name a company beside the day applications close or interviews are held ("closing_date", "apply_by",
"interview_date").

A list is one of vacancies when nearly all its items (``_json_news.nearly_all``) hold such keys (their words,
``_json_shapes.words``). Not: an event with an "organizer_company" and no closing day; a careers fair's events (a
"company" key alone); a list where a few items are jobs among events.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["vacancy_items"]

# A key's words that only a job ad holds: its pay, its employer, its contract.
JOB_WORDS = frozenset({
    "salary", "salaries", "wage", "wages", "employer", "employment", "hiring", "vacancy", "vacancies", "gehalt",
    "salaire", "salario", "stipendio", "salaris", "arbeitgeber", "employeur", "empleador",
})  # fmt: skip
COMPANY_WORDS = frozenset({"company", "firm", "firma", "entreprise", "empresa", "azienda", "bedrijf", "unternehmen"})
# The day applications close, or interviews: a company's beside one is hiring.
APPLY_WORDS = frozenset({"closing", "apply", "application", "applications", "interview", "interviews", "bewerbung"})


def vacancy_items(items: list[Any]) -> bool:
    """Whether the list's items are job ads (see the module's docstring)."""
    return nearly_all(items, _vacancy)


def _vacancy(item: Mapping[Any, Any]) -> bool:
    company = apply = False
    for said, _value in said_keys(item):
        if said & JOB_WORDS:
            return True
        company = company or bool(said & COMPANY_WORDS)
        apply = apply or bool(said & APPLY_WORDS)
    return company and apply
