"""The wrapper keys a web framework puts around a page's own data: Next.js serialises a page's props as
``{"props": {"pageProps": {...}}}``, and a page's loader often nests its answer once more ("initialData",
"initialProps", "dehydratedState"). An event page's one event sits under them ("props.pageProps.initialData.data.
event", a Luma event page), deeper than the few item-naming keys the one-event reading walks (``_json_one_event``);
these keys are followed as wrappers without counting towards that depth.

Only these names: a record's own "props" of settings under other keys is never walked into, and an object holding a
list of items stays that list's (``_json_one_event._not_an_event``). Pure.
"""

from __future__ import annotations

# The keys, as written, that only wrap a page's data (case kept: a JSON key "Props" is someone's field).
FRAMEWORK_WRAPPERS = frozenset({"props", "pageProps", "initialProps", "initialData", "initialState",
                                "dehydratedState", "serverData", "pageData"})  # fmt: skip
MAX_WRAPPERS = 4  # framework keys followed on one path


def framework_wrapper(key: object) -> bool:
    """Whether ``key`` is a framework's wrapper around a page's data ("pageProps")."""
    return isinstance(key, str) and key in FRAMEWORK_WRAPPERS
