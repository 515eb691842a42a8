"""Keyword rules for a council's and its committees' meetings in Norwegian, Swedish, Danish, Finnish, Polish and
Portuguese (rules_languages.py appends them to its table), as municipalities title them in their calendars:
"Kommunestyremøte", "Kommunfullmäktige", "Byrådsmøde", "Kaupunginvaltuusto", "Sesja Rady Miejskiej", "Assembleia
Municipal", "Reunião de Câmara".

German, French, Spanish, Italian and Dutch councils had rules; these languages had none, and the model, which learned
its words from English listings, read every such meeting as a concert. A meeting's word decides where the title uses
it (mode "title"); a council's name decides only where it ends the title's name (mode "head", as rules.py's bodies do:
"Kommunestyret" is the council's meeting, "Konsert i kommunestyresalen" a concert in its hall). Left out on purpose:
Portuguese "câmara municipal" (also the town hall, where concerts and exhibitions are held), Swedish "nämnd" and
Danish "udvalg" alone (also a jury's and a club's committee), Polish "komisja" alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
COUNCIL_LANGUAGE_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    # Norwegian: the municipal council, the city council, the executive committee and their meetings.
    ("city-council", "community_civic/government-boards", "title", ("kommunestyremøte", "bystyremøte",
                                                                    "formannskapsmøte", "fylkestingsmøte")),
    ("public-body", "community_civic/government-boards", "head", ("kommunestyret", "kommunestyre", "bystyret",
                                                                  "formannskapet", "fylkestinget")),
    # Swedish: the municipal assembly, the executive board and the regional assembly (their names are the meeting's).
    ("city-council", "community_civic/government-boards", "title", ("kommunfullmäktige", "regionfullmäktige",
                                                                    "fullmäktigesammanträde",
                                                                    "kommunstyrelsens sammanträde")),
    ("public-body", "community_civic/government-boards", "head", ("kommunstyrelsen", "kommunstyrelse")),
    # Danish: the city council's and the municipal board's meetings.
    ("city-council", "community_civic/government-boards", "title", ("byrådsmøde", "kommunalbestyrelsesmøde",
                                                                    "regionsrådsmøde")),
    ("public-body", "community_civic/government-boards", "head", ("byrådet", "kommunalbestyrelsen")),
    # Finnish: the city and municipal councils, their boards and a council's meeting.
    ("city-council", "community_civic/government-boards", "title", ("valtuuston kokous", "hallituksen kokous")),
    ("public-body", "community_civic/government-boards", "head", ("kaupunginvaltuusto", "kunnanvaltuusto",
                                                                  "kaupunginhallitus", "kunnanhallitus")),
    # Polish: a council's session (of a city, a commune, a county) and a committee's sitting.
    ("city-council", "community_civic/government-boards", "title", ("sesja rady", "sesji rady",
                                                                    "posiedzenie komisji", "posiedzenie rady")),
    # Portuguese: the municipal assembly, the council's meeting and a parish assembly.
    ("city-council", "community_civic/government-boards", "title", ("assembleia municipal", "reunião de câmara",
                                                                    "reunião da câmara", "reunião de executivo",
                                                                    "assembleia de freguesia")),
)  # fmt: skip
