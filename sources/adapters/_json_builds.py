"""Build stamps are no events: a list whose items record a software build, each with a build's or a commit's key
(issue #13, left36, APIs).

A CI's or an app's build log answers ``[{"name": "build 0", "version": "1.0.0", "built": "2031-05-10-0930",
"commit": "a1b2c3"}, …]``: a name, a date, nothing else an event lacks. Each build was read as an event at the
moment it was built (apis70 left it: "built" is no record-keeping word of the date readers). A build is made, not
gone to: its keys say so, a commit's ("commit", "commit_sha", "sha", "changeset") or the build's own ("build",
"buildNumber", "built", "builtAt", "compiled").

A list is one of build stamps when nearly all its items (``_json_news.nearly_all``) hold such a key (their words,
``_json_shapes.words``). Not: events that carry a "version" (a record's edit count, a programme's edition: the word
is no build's), a list where a few items are builds among events, a list whose items state happenings (a timed
start's or a venue's key: ``_json_not_events``' guard), "revision" (a CMS's record revision beside real events).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["build_items"]

# A key's words that only a build's record holds: its commit, its number, when it was built.
BUILD_WORDS = frozenset({"commit", "commits", "sha", "changeset", "build", "builds", "built", "buildnumber",
                         "compiled", "compile",
                         "deploy", "deployed", "deployment", "deployments", "deploys"})  # fmt: skip


def build_items(items: list[Any]) -> bool:
    """Whether the list's items are build stamps (see the module's docstring)."""
    return nearly_all(items, _build)


def _build(item: Mapping[Any, Any]) -> bool:
    return any(said & BUILD_WORDS for said, _value in said_keys(item))
