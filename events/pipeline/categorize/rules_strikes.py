"""Keyword rules for a climate strike and a strike's day of action (rules_tables.py gathers the table): community_civic
activism, in English, German and French.

The seen pages corpus holds a Leipzig movement's calendar whose "Globaler Klimastreik" at the Augustusplatz the model
read as a rock concert (a German word it never learned), and the model read "Global Climate Strike" at a city hall's
plaza as a government board's meeting. A strike called for the climate, and a union's strike day, are protests:
rules.py's "rally", "protest" and "vigil" decide so. German compounds are read by their head ("-streik": Klimastreik,
Warnstreik, Generalstreik; rules.COMPOUND; no English word ends with it), French and English as phrases.

Left out: "strike" alone (bowling: "Strike Out Hunger Bowling Night", "Lucky Strike Lanes"; a baseball clinic's
"strike zone"), "march" alone (the month), "demo" and German "-demo" as a head (a product's or a band's demo: "Demo
Day", "Produktdemo"), French "grève" alone in a title ("La Grève", a film's or a play's name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
STRIKE_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("activism", "community_civic/activism", "title", ("climate strike", "climate strikes", "school strike",
                                                       "school strikes", "fridays for future", "climate march",
                                                       "march for climate", "march for the climate", "-streik",
                                                       "klimademo", "grève pour le climat", "grève climatique",
                                                       "grève du climat", "marche pour le climat")),
)  # fmt: skip
