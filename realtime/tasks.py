"""Beat jobs for live state (installed by sources.schedules): place-status predictions and the weather.

Tasks load and call one service each; the services live in realtime.places and realtime.weather.
"""

from __future__ import annotations

from typing import Any

from celery import shared_task


@shared_task(name="realtime.tasks.refresh_place_statuses", ignore_result=True, soft_time_limit=240, time_limit=300)
def refresh_place_statuses() -> Any:
    """Every 15 minutes: predictions from opening hours for venues without a fresher status; stale ones expire."""
    from realtime.places import place_statuses_refresh

    return place_statuses_refresh()


@shared_task(name="realtime.tasks.refresh_weather", ignore_result=True, soft_time_limit=240, time_limit=300)
def refresh_weather() -> Any:
    """Every 30 minutes: current conditions and forecast for every active city with coordinates."""
    from realtime.weather import weather_refresh_all

    return weather_refresh_all()


@shared_task(name="realtime.tasks.publish_moderation_counts", ignore_result=True, soft_time_limit=30, time_limit=60)
def publish_moderation_counts() -> Any:
    """The moderation queue's counts after changes that found them just published (realtime.services)."""
    from realtime.services import moderation_counts_flush

    return moderation_counts_flush()
