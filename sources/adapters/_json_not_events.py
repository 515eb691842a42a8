"""The lists whose items are records of another kind than events, each told by its own module, in one call for
the inference (``_json_infer.infer_list``): news articles (``_json_news``), incidents a service reports
(``_json_incidents``, batch 63), a software roadmap's planned changes (``_json_roadmap``, batch 63) and a blog's
posts (``_json_posts``, batch 64).

Each decides on the items alone and refuses the whole list; what each reads and refuses is in its own docstring.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_incidents import incident_items
from sources.adapters._json_news import news_items
from sources.adapters._json_posts import post_items
from sources.adapters._json_roadmap import roadmap_items

__all__ = ["other_records"]


def other_records(items: list[Any]) -> bool:
    """Whether the list's items are news, incidents, roadmap changes or posts, not events."""
    return news_items(items) or incident_items(items) or roadmap_items(items) or post_items(items)
