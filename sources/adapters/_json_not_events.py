"""The lists whose items are records of another kind than events, each told by its own module, in one call for
the inference (``_json_infer.infer_list``): news articles (``_json_news``), incidents a service reports
(``_json_incidents``, batch 63), a software roadmap's planned changes (``_json_roadmap``, batch 63), a blog's
posts (``_json_posts``, batch 64), job ads (``_json_vacancies``, review30), telemetry (``_json_telemetry``, review30),
public holidays and flights (``_json_calendar_records``, review30), a shop's discount codes and coupons
(``_json_discounts``, batch 67).

Each decides on the items alone and refuses the whole list; what each reads and refuses is in its own docstring.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_calendar_records import flight_items, holiday_items
from sources.adapters._json_discounts import discount_items
from sources.adapters._json_incidents import incident_items
from sources.adapters._json_news import news_items
from sources.adapters._json_posts import post_items
from sources.adapters._json_roadmap import roadmap_items
from sources.adapters._json_telemetry import telemetry_items
from sources.adapters._json_vacancies import vacancy_items

__all__ = ["other_records"]


def other_records(items: list[Any]) -> bool:
    """Whether the list's items are news, incidents, roadmap changes, posts, job ads, telemetry, holidays, flights
    or discounts, not events."""
    kinds = (
        news_items, incident_items, roadmap_items, post_items, vacancy_items, telemetry_items, holiday_items,
        flight_items, discount_items,
    )  # fmt: skip
    return any(kind(items) for kind in kinds)
