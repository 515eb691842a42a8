"""The figures the admin index opens with (moderation/selectors.py reads them, cached for 30 s)."""

from __future__ import annotations

from typing import Any

from django import template

from moderation import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def moderation_dashboard(context: template.Context) -> dict[str, Any] | None:
    """The dashboard for staff who may see events; None for anyone else (their index shows the app list only)."""
    request = context.get("request")
    if request is None or not request.user.has_perm("events.view_event"):
        return None
    return selectors.dashboard()
