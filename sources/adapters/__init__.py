"""Source adapters: one module per source type, each registering its class (see registry.py).

Importing this package imports every module in it, so a new adapter needs no list edited anywhere.
"""

import importlib
import pkgutil

from sources.adapters import registry

_INFRASTRUCTURE = {"base", "registry", "common"}

for _module in pkgutil.iter_modules(__path__):
    if _module.name not in _INFRASTRUCTURE and not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ("registry",)
