"""Keyword rules for what clubs, associations, parishes and maker groups write in German, French, Spanish, Italian and
Dutch: members' meetings, work parties and repair cafés, volunteering and clean-ups, services, hands-on workshops,
science days and hackers' open evenings (rules_languages.py appends them to its table).

A listing that is not in English goes to the model with no rule to lean on, and the model learned its words from
English listings: a German makerspace's "machBar Plenum", "Vereinssitzung", "Arbeitseinsatz" and "Chaostreff" read as
concerts to it. Each phrase below is what the words mean wherever a listing uses them. Left out on purpose: German
"Messe" (a mass and a trade fair), "Vesper" alone (also an afternoon snack), "Vespers" and "vêpres" alone (also a
choir's concert of a composer's setting), Spanish "vísperas" (also the eve of a feast) and "misa de" (a choir's "Misa
de Coronación" concert), French "culte" (a service and a cult film), "programmation" and Spanish "programación" (also
a festival's line-up), French "atelier" alone (also a studio's or a restaurant's name), German "-kurs" as a head
("Yogakurs" is yoga's, not a class's) and "zum Selbermachen" (also "Pizza zum Selbermachen" at a restaurant). A repair
café is volunteers repairing what visitors bring, in any language, so its English names are here too, as are the
English names of the evening services parishes list. So are the words developers' groups use for their subject in
French, Spanish and German ("Cloud Natif", "développeurs", "Softwareentwicklung").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
CIVIC_LANGUAGE_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    # Repair cafés, however they are written ("Repair Café", "repairCafe", "Repair-Café", "Reparaturcafé"). Mode
    # "field": a repair café's class ("Repair Café Workshop: Soldering") is education's to claim, as a subject's is.
    ("repair-cafe", "community_civic/volunteering", "field", ("repair café", "repair cafe", "-repaircafé",
                                                              "-repaircafe", "-reparaturcafé", "-reparaturcafe",
                                                              "reparatur café", "café réparation",
                                                              "café de reparación")),
    # English: a parish's evening services.
    # Services only, and not the sung ones: a choir's "Monteverdi Vespers of 1610" or "Vespers for the Blessed Virgin"
    # is a concert, and the training corpus files a college choir's "Choral Evensong" under music.
    ("faith", "community_civic/faith", "title", ("vespers service", "vespers for the feast", "divine liturgy")),
    # German: an association's work party, its members' and board's meetings, a hackers' and a community-wifi
    # group's open evening, a science day, a beginners' class and a build-your-own workshop.
    ("volunteering", "community_civic/volunteering", "title", ("-arbeitseinsatz", "arbeitseinsätze",
                                                               "freiwilligentag", "ehrenamtstag")),
    # An assembly of any kind ("Mitgliederversammlung", "Eigentümerversammlung", "Generalversammlung") is a meeting.
    ("public-meeting", "community_civic/public-meetings", "title", ("plenum", "-vereinssitzung", "-vorstandssitzung",
                                                                    "-mitgliedertreffen", "-versammlung")),
    ("faith", "community_civic/faith", "title", ("-gebet", "eucharistiefeier", "-gottesdienste")),
    ("teens", "family_kids/teens", "title", ("für jugendliche", "pour ados", "pour les ados")),
    ("meetup", "tech_business/meetups", "title", ("-chaostreff", "freifunk", "-freifunktreffen", "ok lab", "fablab",
                                                  "fablabs", "fab lab")),
    # A second-hand clothes sale ("Großer Kleiderbasar", "Kinderkleiderbazar") is a flea market.
    ("flea-market", "markets_fairs/flea-markets", "title", ("-kleiderbasar", "-kleiderbazar")),
    ("talk", "education/talks", "title", ("tag der wissenschaft", "tag der wissenschaften", "-wissenschaftstag",
                                          "nacht der wissenschaft", "nacht der wissenschaften",
                                          "-wissenschaftsnacht")),
    ("class", "education/classes", "title", ("für einsteiger", "für einsteigende", "für anfänger",
                                             "für anfängerinnen", "einführung in", "-einführungskurs",
                                             "-grundkurs")),
    ("workshop", "education/workshops", "title", ("selbst programmieren", "selber programmieren", "selbst bauen",
                                                  "selber bauen",
                                                  "deine eigene", "dein eigenes", "deinen eigenen")),
    # French: an association's general meeting and its board, a neighbourhood council, volunteering, a clean-up and
    # a service.
    ("public-meeting", "community_civic/public-meetings", "title", ("assemblée générale", "conseil d'administration",
                                                                    "réunion de quartier")),
    ("public-body", "community_civic/government-boards", "title", ("conseil de quartier",)),
    ("volunteering", "community_civic/volunteering", "title", ("bénévolat", "chantier bénévole",
                                                               "chantier participatif", "appel à bénévoles",
                                                               "journée citoyenne")),
    ("clean-up", "outdoors_nature/clean-ups", "title", ("nettoyage de plage", "nettoyage des plages",
                                                        "ramassage de déchets", "ramassage des déchets",
                                                        "opération nettoyage")),
    ("faith", "community_civic/faith", "title", ("vêpres solennelles", "office des vêpres", "sainte messe",
                                                 "messe dominicale", "célébration eucharistique")),
    # Spanish: an association's or a neighbourhood's assembly, volunteering, a clean-up, a service and a course.
    ("public-meeting", "community_civic/public-meetings", "title", ("asamblea general", "asamblea de socios",
                                                                    "asamblea vecinal", "asamblea ciudadana",
                                                                    "reunión de vecinos")),
    ("volunteering", "community_civic/volunteering", "title", ("voluntariado", "jornada de voluntariado",
                                                               "se buscan voluntarios")),
    ("clean-up", "outdoors_nature/clean-ups", "title", ("limpieza de playa", "limpieza de playas",
                                                        "limpieza del río", "recogida de basura",
                                                        "recogida de residuos")),
    ("faith", "community_civic/faith", "title", ("santa misa", "misa dominical", "eucaristía")),
    ("class", "education/classes", "title", ("curso de", "curso básico")),
    ("workshop", "education/workshops", "title", ("talleres de",)),
    # What software people meet about, in French, Spanish and German: as the English subjects of rules.py (mode
    # "field": a title's subject decides unless the title names a teaching format). "Entwickler" alone is left out (a
    # property developer too), and so is "programmation" (see above).
    ("tech", "tech_business/meetups", "field", ("cloud natif", "développeurs", "développeuses",
                                                "développement logiciel", "développement web", "logiciel libre",
                                                "logiciels libres", "desarrolladores", "desarrollo de software",
                                                "software libre", "softwareentwicklung", "-softwareentwickler",
                                                "webentwicklung", "freie software")),
    # Italian and Dutch: members' meetings and volunteering.
    ("public-meeting", "community_civic/public-meetings", "title", ("assemblea dei soci", "assemblea pubblica",
                                                                    "-ledenvergadering")),
    ("volunteering", "community_civic/volunteering", "title", ("volontariato", "vrijwilligersdag")),
)  # fmt: skip
