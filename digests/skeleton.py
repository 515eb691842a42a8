"""A template rendered once per shape and filled in per subscriber by joining strings.

Thousands of digests in a batch differ only in a few values (the address, the manage and unsubscribe links, the
events by day); the rest of the context (the city, the filter's wording, the cadence) is shared by many. A
``SkeletonTemplate`` renders its template once per distinct rest-of-context with a mark in place of each
per-subscriber value (a "slot"), splits the output at the marks, and builds each digest by joining the pieces
with that subscriber's values: no template engine per digest.

The marks carry an "&", so each occurrence says whether the template escaped it (autoescape on: "&amp;") and
the value is escaped the same way, by the same ``conditional_escape`` Django uses (an already safe value, such
as the joined event fragments, stays as it is). A template that transforms a slot (a filter: ``|upper``,
``|truncatechars``) would damage its mark: the skeleton is then refused and the template rendered as usual.
A transformation that leaves no trace (``{{ email|length }}``, ``{% if count > 1 %}``) is caught by comparing
the first fill of each template with a full render; on a difference the template is rendered as usual from then
on. Control characters never reach the rendered values (``rendering.one_line``), so a mark cannot be forged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

logger = logging.getLogger(__name__)

MARK = "\x00{name}&\x00"
FOUND = re.compile("\x00([a-z_]+)(&amp;|&)\x00")
MISMATCH = "Template %s renders differently filled in than in full; rendering it in full."


class Skeleton:
    """One template's output for one rest-of-context: fixed pieces and (slot, escaped) between them."""

    def __init__(self, pieces: list[str], slots: list[tuple[str, bool]]) -> None:
        self.pieces = pieces
        self.slots = slots

    @classmethod
    def build(cls, template: Any, context: Mapping[str, Any], slots: Sequence[str]) -> Skeleton | None:
        """The skeleton, or None when a mark did not come out whole (the template transformed a slot)."""
        marked = {**context, **{name: MARK.format(name=name) for name in slots}}
        split = FOUND.split(template.render(marked))
        pieces, names, escapes = split[0::3], split[1::3], split[2::3]
        if any("\x00" in piece for piece in pieces) or not set(names) <= set(slots):
            return None
        return cls(pieces, [(name, amp == "&amp;") for name, amp in zip(names, escapes, strict=True)])

    def fill(self, values: Mapping[str, Any]) -> SafeString:
        out = [self.pieces[0]]
        for (name, escaped), piece in zip(self.slots, self.pieces[1:], strict=True):
            value = values[name]
            out.append(conditional_escape(value) if escaped else str(value))
            out.append(piece)
        return mark_safe("".join(out))  # noqa: S308 - the template's own output, values escaped as it escaped them


class SkeletonTemplate:
    """``render(context)`` like the template's, through one skeleton per distinct rest-of-context."""

    def __init__(self, template: Any, slots: Sequence[str]) -> None:
        self.template = template
        self.slots = tuple(slots)
        self.skeletons: dict[tuple[tuple[str, Any], ...], Skeleton] = {}
        self.checked = False
        self.usable = True

    def render(self, context: Mapping[str, Any]) -> SafeString:
        if not self.usable:
            return self.template.render(context)
        key = tuple((name, value) for name, value in context.items() if name not in self.slots)
        try:
            skeleton = self.skeletons.get(key)
        except TypeError:  # a value that cannot be a key (a list): this context renders in full
            return self.template.render(context)
        if skeleton is None:
            skeleton = Skeleton.build(self.template, context, self.slots)
            if skeleton is None:
                self.usable = False
                logger.warning(MISMATCH, getattr(self.template, "origin", self.template))
                return self.template.render(context)
            self.skeletons[key] = skeleton
        filled = skeleton.fill(context)
        if not self.checked:
            self.checked = True
            full = self.template.render(context)
            if filled != full:
                self.usable = False
                logger.warning(MISMATCH, getattr(self.template, "origin", self.template))
                return full
        return filled
