"""Records that say what they are, and what they say is not an event (batch 36, APIs).

Many APIs write each record's kind in the record: OParl, the German council-information standard, as a schema URL
(``"type": "https://schema.oparl.org/1.1/Organization"``), JSON:API and GraphQL as a bare name (``"type":
"people"``, ``"__typename": "Person"``), others as ``"kind"`` or ``"@type"``. A committee with the day it was set up
(``"startDate": "2012-07-17"``), an electoral term from 2010-12-03 to 2013-12-03, a council paper dated 2014-04-04
have a name and a date, as an event has: their declared kind (an organization, a term, a paper) says they are not
one. Items whose own type field, in nearly every item and the same in all, names such a record are not read as
events, whether they are a list's items or the one object of the document; a meeting, a session, a concert, or a
kind this module does not know, is read as before.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sources.adapters._json_commerce import COMMERCE_RECORDS, fold
from sources.adapters._json_shapes import words

if TYPE_CHECKING:
    from sources.adapters._json_fields import Sample

__all__ = ["declared_kind", "declares_event", "declares_other_kind"]

# "@type" and "__typename" split to these words; "typ", "tipo", "soort", "tyyppi" as other languages name it;
# "object" as Stripe and the APIs modelled on it do ("object": "invoice").
TYPE_KEYS = frozenset({"type", "kind", "typename", "typ", "tipo", "soort", "tyyppi", "object"})
# Records that carry a name and dates but are not things one goes to: bodies and the people in them, their terms
# and memberships, documents and files, places, and a shop's or a site's records.
NOT_EVENT_KINDS = frozenset({"organization", "organisation", "organizations", "organisations", "body", "bodies",
                             "person", "people", "persons", "user", "users", "member", "members", "membership",
                             "memberships", "term", "terms", "paper", "papers", "document", "documents", "file",
                             "files", "consultation", "consultations", "location", "locations", "place", "places",
                             "venue", "venues", "order", "orders", "invoice", "invoices", "payment", "payments",
                             "product", "products", "account", "accounts", "article", "articles", "comment",
                             "comments", "system"})  # fmt: skip
# The same in the languages our cities' councils and shops write them (accents folded): a council's bodies, its
# people and members, its papers and files, places, and a shop's records (_json_commerce).
OTHER_NOT_EVENT_KINDS = frozenset({
    "korperschaft", "gremium", "gremien", "organisationen", "personen", "mitglied", "mitglieder", "mitgliedschaft",
    "wahlperiode", "dokument", "dokumente", "datei", "dateien", "drucksache", "drucksachen", "vorlage", "vorlagen",
    "ort", "orte", "produkt", "produkte", "konto", "benutzer", "organisme", "personne", "personnes", "membre",
    "membres", "fichier", "fichiers", "lieu", "lieux", "produit", "produits", "compte", "utilisateur",
    "organizacion", "organizaciones", "organizacao", "organizzazione", "persona", "personas", "pessoa", "pessoas",
    "miembro", "miembros", "membro", "membri", "documento", "documentos", "archivo", "archivos", "arquivo",
    "lugar", "lugares", "luogo", "producto", "productos", "prodotto", "produto", "cuenta", "conta", "conto",
    "usuario", "utente", "organisatie", "persoon", "lid", "leden", "bestand", "bestanden", "locatie", "plaats",
    "rekening", "gebruiker", *COMMERCE_RECORDS,
})  # fmt: skip
# The kinds that name an event, as the records' own type says it ("kind": "event", "type": "events").
EVENT_KINDS = frozenset({"event", "events", "veranstaltung", "veranstaltungen", "evenement", "evenements", "evento",
                         "eventos", "eventi", "evenementen"})  # fmt: skip
# Not "post" nor "page": WordPress writes "type": "post" on whatever a site keeps as posts, its events too.
# The head noun, the last word, decides: "MeetingDocument" is a document, "OrganizationMeeting" a meeting.
MIN_SHARE = 0.9  # nearly every item says it
MAX_KIND_WORDS = 3  # a kind is a name ("LegislativeTerm", "agenda_item"), not a sentence
# What separates the segments of a URL, URN or namespaced name: ".../1.1/Organization", "schema:Person",
# "app.models.Order" (split, not searched for the last run: linear on any text).
SEPARATORS = re.compile(r"[/#:.]")


def declared_kind(value: str) -> list[str]:
    """The words of the kind a type value names: the value itself, or the last segment of a URL or a namespaced
    name, its accents folded ("Körperschaft"); [] when it is not a short name (a sentence is none)."""
    named = words(fold(SEPARATORS.split(value.strip().rstrip("/#"))[-1]))
    return named if 0 < len(named) <= MAX_KIND_WORDS else []


def _own_kinds(sample: Sample) -> list[list[str]]:
    """The words of each kind the sampled items declare (a top-level key that is only "type", "kind", "@type" or
    "__typename", in nearly every item, one value in all)."""
    kinds = []
    for column in sample.columns.values():
        key = set(words(column.path))  # the key is the type itself: "locationType", "scope_type" qualify another
        if column.depth or not key or not key <= TYPE_KEYS or column.share < MIN_SHARE:
            continue
        strings = column.strings()
        if not strings or len(strings) != len(column.present) or len({text.casefold() for text in strings}) != 1:
            continue
        named = declared_kind(strings[0])
        if named:
            kinds.append(named)
    return kinds


def declares_event(sample: Sample) -> bool:
    """Whether the sampled items' own type field names them events (its head noun is one of EVENT_KINDS)."""
    return any(named[-1] in EVENT_KINDS for named in _own_kinds(sample))


def declares_other_kind(sample: Sample) -> bool:
    """Whether the sampled items' own type field (a top-level key that is only "type", "kind", "@type" or
    "__typename", in nearly every item, one value in all) names a record that is not an event: its head noun (the
    last word) is one of NOT_EVENT_KINDS. A qualified type ("locationType": "In-Person", "scope_type":
    "Organization") is a property's kind, not the record's."""
    return any(named[-1] in NOT_EVENT_KINDS or named[-1] in OTHER_NOT_EVENT_KINDS for named in _own_kinds(sample))
