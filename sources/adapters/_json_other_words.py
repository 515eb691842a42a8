"""The words of an event record's keys in other languages, for the inference (issue #13): German, French, Spanish,
Italian, Portuguese, Dutch, the Nordic languages and Polish, as the English words of ``_json_fields`` and
``_json_field_scores`` are. Those tables take these in; this module only holds them, folds a key's accents
(``fold_key``: "título" → "titulo", "Straße" → "Strasse", "arrangør" → "arrangor") and splits the date keys those
languages glue into one word (``compound_words``: "Startdatum" → start, datum; "Geburtsdatum" → geburt, datum).

Ambiguity is decided by the value, never by the key alone: "data" is a date in Portuguese, Italian and Polish and a
wrapper in English, and a key only ever names a start when its values read as dates (``_json_fields.Sample``);
"nome" or "naam" names a person as readily as an event, and a staff list or a shop's catalogue is told apart by
its dates, which such records name as what they are ("data_admissao", "fecha_publicacion", "Erscheinungsdatum":
NOT_DATE), never as a start.

Pure: no database, no network. Imports nothing of the adapters, so that ``_json_shapes`` can use it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

__all__ = ["compound_title", "compound_words", "fold_key", "glued_to_body", "part_words"]

# Letters NFKD does not take apart, written as the ASCII the key words are.
_LETTERS = str.maketrans({"ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                          "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i"})  # fmt: skip


def fold_key(text: str) -> str:
    """A key with its accents dropped and its letters written in ASCII ("Título" → "Titulo"); ASCII as it is."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# --- titles -------------------------------------------------------------------------------------------------

# "titel", "titre", "título" as "title"; a name ("nome", "naam", "Bezeichnung") and a subject ("Betreff") as
# "name" and "subject".
OTHER_TITLE_WORDS = {
    **dict.fromkeys(("titel", "titre", "titulo", "titolo", "tytul", "tittel", "otsikko", "intitule"), 3.0),
    **dict.fromkeys(("nome", "nombre", "naam", "nazwa", "navn", "namn", "nimi", "nom", "bezeichnung", "benaming",
                     "denominazione", "denominacion", "denominacao"), 2.0),
    # a subject ("Betreff", "asunto"): a meeting's, as "subject" is; below a name beside it
    **dict.fromkeys(("betreff", "onderwerp", "asunto", "assunto", "sujet", "emne", "amne", "aihe", "temat"), 1.5),
    **dict.fromkeys(("oggetto", "libelle", "uberschrift", "ueberschrift", "overskrift"), 1.0),
}  # fmt: skip
# The events, sessions and courses whose name a key names ("Veranstaltungsname", "nome_evento").
OTHER_EVENT_WORDS = frozenset({
    "veranstaltung", "termin", "sitzung", "kurs", "evenement", "seance", "cours", "evento", "eventos", "sesion",
    "sessione", "sessao", "curso", "corso", "evenementen", "vergadering", "cursus", "evenemang", "arrangement",
    "tapahtuma", "wydarzenie", "spotkanie", "reunion", "riunione", "reuniao", "manifestation", "manifestazione",
})  # fmt: skip
# Keys whose name is someone else's or something else's: the place, the category, who organises or performs, the
# city, the address, the price, the tickets, an image or a file, a subtitle ("sous_titre", "sotto_titolo").
OTHER_NOT_TITLE = frozenset({
    "ort", "veranstaltungsort", "spielort", "lieu", "lugar", "luogo", "locatie", "sede", "sala", "salle", "raum",
    "zaal", "sted", "miejsce", "lokal", "lokale", "kategorie", "categorie", "categoria", "kategoria", "kategori",
    "rubrik", "rubrique", "typ", "tipo", "soort", "veranstalter", "organisateur", "organisatrice", "organizador",
    "organizadora", "organizzatore", "organizzazione", "organisator", "organizator", "arrangor", "jarjestaja",
    "autor", "auteur", "autore", "autora", "kunstler", "artiste", "artista", "kunstenaar", "referent", "intervenant",
    "ponente", "relatore", "palestrante", "spreker", "sprecher", "kontakt", "contacto", "contatto", "contato",
    "stadt", "ville", "ciudad", "citta", "cidade", "stad", "miasto", "adresse", "direccion", "indirizzo", "endereco",
    "adres", "preis", "prix", "precio", "prezzo", "preco", "prijs", "pris", "cena", "tarif", "tarifa", "karten",
    "billet", "billets", "entradas", "biglietti", "ingressos", "bilety", "bild", "datei", "imagen", "immagine",
    "imagem", "afbeelding", "foto", "dokument", "documento", "sous", "sotto", "gruppe", "groupe", "grupo", "gruppo",
    "groep", "benutzer", "ersteller", "usuario", "utente", "gebruiker",
    # who holds the event names no event ("ausrichter": {"name": "OTK Schwarz-Weiss 1922"}, a host club): batch 79
    "ausrichter", "organizzatrice", "organizacion", "organizacao", "organisatie", "organizacja",
})  # fmt: skip

# --- starts and ends ----------------------------------------------------------------------------------------

# The date, the day and "when" as other languages name them: neither a start nor an end by themselves ("fecha",
# "data", "datum", "dato"; "wann", "quand").
OTHER_DAY_WORDS = {
    **dict.fromkeys(("datum", "fecha", "data", "dato", "paivamaara", "wann", "quand", "cuando", "quando",
                     "wanneer", "kiedy"), 2.0),
    **dict.fromkeys(("tag", "jour", "dia", "giorno", "dag", "dzien", "paiva"), 1.0),
}  # fmt: skip
OTHER_CLOCK_WORDS = frozenset({"zeit", "uhrzeit", "heure", "hora", "tijd", "ora", "orario", "horario", "horaire",
                               "godzina", "tid", "klokkeslett", "klockslag", "aika", "kellonaika", "zeitpunkt",
                               "tidspunkt"})  # fmt: skip
OTHER_START_WORDS = {
    **dict.fromkeys(("beginn", "anfang", "debut", "inicio", "comienzo", "inizio", "aanvang", "poczatek",
                     "rozpoczecie", "alkaa", "alkamis", "borjar", "starttid"), 3.0),
    **dict.fromkeys(("von", "desde", "vanaf"), 1.0),
}  # fmt: skip
OTHER_END_WORDS = {
    **dict.fromkeys(("ende", "fin", "fine", "einde", "eind", "fim", "koniec", "zakonczenie", "slut", "slutt",
                     "loppu", "paattyy", "paattymis"), 3.0),
    **dict.fromkeys(("termino", "bis", "hasta"), 2.0),
    "final": 1.0,
}  # fmt: skip
# A record's own dates, and a person's, a product's or a post's: made, changed, published, born, hired, delivered,
# expiring, a deadline to sign up by. Never an event's start or end, whatever date word is beside them.
OTHER_NOT_DATE = frozenset({
    # German (umlauts folded or written out)
    "erstellt", "erstellung", "erstell", "angelegt", "geandert", "geaendert", "anderung", "aenderung",
    "aktualisiert", "aktualisierung", "veroffentlicht", "veroeffentlicht", "veroffentlichung", "veroeffentlichung",
    "publiziert", "geburt", "anmeldeschluss", "anmeldung", "frist", "einsendeschluss", "eintritt", "einstellung",
    "lieferung", "liefer", "lieferbar", "erscheinung", "erscheinungs", "ablauf", "gultig", "gueltig", "bestellt",
    "verfugbar", "verfuegbar", "import",
    "mime",  # a file's media type ("mime_type"), where a CMS has written a stamp by mistake (batch apis80)
    # a product's warranty and a contract's term, in every language ("Garantiebeginn", "fin_garantia")
    "garantie", "gewahrleistung", "vertrag", "garantia", "garanzia", "garanti", "gwarancja", "gwarancji", "takuu",
    "contrat", "contrato", "contratto", "contract", "warranty", "guarantee",
    # French
    "cree", "creee", "modification", "modifie", "modifiee", "mise", "maj", "publication", "publie", "publiee",
    "parution", "naissance", "inscription", "embauche", "echeance", "expiration", "limite", "livraison", "cloture",
    # Spanish
    "creacion", "creado", "creada", "modificacion", "modificado", "actualizacion", "actualizado", "publicacion",
    "publicado", "publicada", "nacimiento", "inscripcion", "alta", "baja", "contratacion", "ingreso", "vencimiento",
    "entrega", "registro",
    "elaborado", "elaborada", "elaboracion",  # when a report was prepared (AEMET's forecast "elaborado", batch 54)
    # Italian
    "creazione", "creato", "modifica", "modificato", "aggiornamento", "aggiornato", "pubblicazione", "pubblicato",
    "nascita", "iscrizione", "assunzione", "scadenza", "consegna", "inserimento", "registrazione",
    # Portuguese
    "criacao", "criado", "criada", "modificacao", "alteracao", "alterado", "atualizacao", "atualizado",
    "publicacao", "nascimento", "inscricao", "admissao", "contratacao", "cadastro", "validade",
    # Dutch
    "aangemaakt", "aanmaak", "gewijzigd", "wijziging", "bijgewerkt", "gepubliceerd", "publicatie", "geboorte",
    "inschrijving", "aanmelding", "indiensttreding", "levering", "verval",
    # Nordic
    "skapad", "andrad", "uppdaterad", "publicerad", "publiceret", "publisert", "opprettet", "oprettet", "endret",
    "aendret", "fodelse", "fodsel", "paivitetty", "luotu", "julkaistu", "syntyma",
    # Polish
    "utworzenia", "utworzono", "modyfikacji", "aktualizacji", "publikacji", "opublikowano", "urodzenia",
    "zatrudnienia", "dodania", "rejestracji", "wygasniecia",
})  # fmt: skip
# A time key's word and its date's beside it ("hora_inicio" and "fecha_inicio", "Uhrzeit" and "Datum").
OTHER_TWIN_WORDS = (("uhrzeit", "datum"), ("Uhrzeit", "Datum"), ("zeit", "datum"), ("Zeit", "Datum"),
                    ("hora", "fecha"), ("Hora", "Fecha"), ("hora", "data"), ("Hora", "Data"), ("heure", "date"),
                    ("Heure", "Date"), ("ora", "data"), ("Ora", "Data"), ("tijd", "datum"), ("Tijd", "Datum"),
                    ("godzina", "data"), ("Godzina", "Data"), ("tid", "dato"), ("tid", "datum"))  # fmt: skip
# A start key's word and its end's ("fecha_inicio" and "fecha_fin", "Beginn" and "Ende").
OTHER_PARTNER_WORDS = (("inicio", "fin"), ("Inicio", "Fin"), ("inicio", "fim"), ("Inicio", "Fim"), ("início", "fim"),
                       ("debut", "fin"), ("Debut", "Fin"), ("début", "fin"), ("inizio", "fine"), ("Inizio", "Fine"),
                       ("beginn", "ende"), ("Beginn", "Ende"), ("anfang", "ende"), ("Anfang", "Ende"),
                       ("aanvang", "einde"), ("Aanvang", "Einde"), ("begin", "eind"), ("Begin", "Eind"),
                       ("von", "bis"), ("Von", "Bis"), ("desde", "hasta"), ("start", "slut"), ("Start", "Slut"),
                       ("start", "slutt"), ("Start", "Slutt"))  # fmt: skip

# --- keys glued into one word -------------------------------------------------------------------------------

# The date and time words German, Dutch and the Nordic languages glue a key's first word to ("Startdatum",
# "Endzeit", "aanvangstijd", "sluttdato"), longest first.
COMPOUND_TAILS = ("zeitpunkt", "tidspunkt", "uhrzeit", "datetime", "datum", "dato", "zeit", "tijd", "tid", "paiva",
                  "aika", "date", "time")  # fmt: skip
# The first words that may stand before them: a start, an end, or a date of the record's own (NOT_DATE).
COMPOUND_HEADS = frozenset({
    "start", "begin", "beginn", "anfang", "aanvang", "end", "ende", "eind", "slut", "slutt", "alkamis", "paattymis",
    "veranstaltungs", "termin", "event",
}) | OTHER_NOT_DATE  # fmt: skip
# The event words of such a key ("Veranstaltungsdatum": the event's date): no start by themselves.
COMPOUND_EVENT_HEADS = frozenset({"veranstaltungs", "veranstaltung", "termin", "event", "evenement", "evenements"})
LINKING = ("s", "es", "e", "n", "en")  # "Anfangszeit", "Geburtsdatum", "Endedatum"
# A start's or an end's word glued after a record's own word ("Garantiebeginn", "Vertragsende"): read only with such
# a first word (OTHER_NOT_DATE), which rules the key out; an event's "Veranstaltungsbeginn" is left as it was.
COMPOUND_MOMENT_TAILS = ("beginn", "anfang", "start", "ende", "slut", "slutt")


def compound_words(name: str) -> list[str]:
    """The words of one glued lower-case key whose last part is a date or time word and whose first is a known
    start, end or record's own date ("startdatum" → start, datum; "geburtsdatum" → geburt, datum;
    "aanvangstijd" → aanvang, tijd), or a record's own date glued to a start or an end ("garantiebeginn" →
    garantie, beginn); none for any other word (a name glued to "datum" says nothing sure)."""
    for tail in COMPOUND_TAILS:
        head = name[: -len(tail)]
        if not name.endswith(tail) or len(head) < 3:
            continue
        for candidate in _unlinked(head):
            if candidate in COMPOUND_HEADS:
                word = "event" if candidate in COMPOUND_EVENT_HEADS else candidate
                return [word, "datum" if tail not in ("time", "date", "datetime") else tail]
        return []
    for tail in COMPOUND_MOMENT_TAILS:
        head = name[: -len(tail)]
        if name.endswith(tail) and len(head) >= 3:
            return next(([each, tail] for each in _unlinked(head) if each in OTHER_NOT_DATE), [])
    return []


def _unlinked(head: str) -> tuple[str, ...]:
    """A glued key's first word as written and without each linking letter it may end in ("anfangs" → anfang)."""
    return (head, *(head[: -len(link)] for link in LINKING if head.endswith(link)))


# --- the other fields ---------------------------------------------------------------------------------------

OTHER_URL_WORDS = {
    **dict.fromkeys(("lien", "enlace", "collegamento", "lenke", "lank", "linkki", "odnosnik", "detalle",
                     "dettaglio", "detalhe", "detalles", "dettagli", "detalhes"), 2.0),
    **dict.fromkeys(("webseite", "pagina", "seite", "sitio", "webside", "webbplats"), 1.0),
}  # fmt: skip
OTHER_IMAGE_WORDS = frozenset({"bild", "bilder", "imagen", "imagenes", "immagine", "immagini", "imagem", "imagens",
                               "afbeelding", "foto", "fotos", "bilde", "kuva", "zdjecie", "obraz", "obrazek",
                               "vignette", "miniatura"})  # fmt: skip
OTHER_TICKET_WORDS = frozenset({
    "karten", "eintrittskarten", "billet", "billets", "billetterie", "entradas", "biglietti", "biglietto",
    "biglietteria", "ingressos", "ingresso", "boletos", "kaartjes", "kaarten", "biljetter", "billetter", "liput",
    "bilety", "anmeldung", "inscription", "inscripcion", "iscrizione", "inscricao", "aanmelden", "aanmelding",
    "inschrijving", "reservierung", "reservation", "reserva", "reservas", "prenotazione", "prenotazioni",
    "reservering", "buchung", "buchen", "reserver", "reservar", "prenota",
})  # fmt: skip
# Addresses that are not the event's page: a place's, an organiser's, a map, a calendar file, a document, a source.
OTHER_NOT_URL = frozenset({
    "ort", "lieu", "lugar", "luogo", "locatie", "veranstalter", "organisateur", "organizador", "organizzatore",
    "organisator", "karte", "carte", "mapa", "mappa", "kaart", "kalender", "calendrier", "calendario", "dokument",
    "documento", "datei", "fichier", "archivo", "arquivo", "bestand", "quelle", "fuente", "fonte", "bron",
}) | OTHER_IMAGE_WORDS | OTHER_TICKET_WORDS  # fmt: skip
OTHER_DESCRIPTION_WORDS = {
    **dict.fromkeys(("beschreibung", "descripcion", "descrizione", "descricao", "omschrijving", "beschrijving",
                     "opis", "beskrivning", "beskrivelse", "kuvaus"), 3.0),
    **dict.fromkeys(("inhalt", "contenu", "contenido", "contenuto", "conteudo", "inhoud", "dettagli", "detalles",
                     "detalhes"), 2.0),
    **dict.fromkeys(("zusammenfassung", "resume", "resumen", "riassunto", "resumo", "samenvatting"), 1.5),
    **dict.fromkeys(("texte", "texto", "testo", "tekst", "informationen", "informations", "informacion"), 1.0),
}  # fmt: skip
OTHER_ORGANIZER_WORDS = frozenset({
    "veranstalter", "organisateur", "organisatrice", "organizador", "organizadora", "organizzatore",
    "organizzatrice", "organisator", "organizator", "arrangor", "jarjestaja", "ausrichter", "organizacion",
    "organizzazione", "organizacao", "organisatie", "organizacja",
})  # fmt: skip
OTHER_PRICE_WORDS = frozenset({
    "preis", "preise", "prix", "precio", "precios", "prezzo", "prezzi", "preco", "precos", "prijs", "prijzen",
    "pris", "priser", "hinta", "cena", "kosten", "cout", "coste", "costo", "custo", "tarif", "tarifs", "tarifa",
    "tarifas", "tariffa", "eintritt", "entree",
})  # fmt: skip
# A cancelled flag's key as the status words' languages write it with accents folded ("entfällt" → "entfallt"),
# and the Nordic and Polish words.
OTHER_CANCELLED_FLAG_WORDS = frozenset({"entfallt", "installd", "installt", "aflyst", "avlyst", "peruttu",
                                        "peruutettu", "odwolane", "odwolany", "odwolana", "annulato", "cancelada",
                                        "afgelast", "annule", "annulee"})  # fmt: skip
OTHER_ONLINE_WORDS = frozenset({"virtuell", "virtuel", "virtuelle", "virtuale", "virtueel", "remoto", "distanciel",
                                "webinaire"})  # fmt: skip
OTHER_STATUS_WORDS = frozenset({"estado", "estatus", "stato", "statut", "tila"})
OTHER_ALL_DAY_WORDS = (("ganztagig",), ("ganztaegig",), ("ganztags",), ("toute", "journee"), ("journee", "entiere"),
                       ("todo", "dia"), ("dia", "inteiro"), ("tutto", "giorno"), ("giornata", "intera"),
                       ("hele", "dag"), ("heldag",), ("koko", "paiva"), ("caly", "dzien"))  # fmt: skip
# German names of a venue glued into one word with "-stätte" (a place where something is held): "Spielstätte",
# "Sportstätte", "Turnierstätte" (held-out batch 79's "turnierstaette": {"name", "anschrift", "plz", "ort"}), the
# umlaut folded or written out. A venue as "venue" is: its name is the place's, never the event's.
VENUE_COMPOUNDS = frozenset(
    head + tail
    for head in ("spiel", "sport", "turnier", "wettkampf", "veranstaltungs", "kultur", "begegnungs", "auffuhrungs",
                 "auffuehrungs", "tagungs", "statte", "staette")
    for tail in ("statte", "staette")
    if head not in ("statte", "staette")
) | {"statte", "staette"}  # fmt: skip
OTHER_PLACE_NAME_WORDS = frozenset({"nome", "nombre", "naam", "nazwa", "navn", "namn", "nimi", "nom", "bezeichnung"})
OTHER_CITY_WORDS = frozenset({"stadt", "ville", "ciudad", "citta", "cidade", "stad", "miasto", "kaupunki", "gemeinde",
                              "comune", "localidad", "localidade", "localita", "woonplaats"})  # fmt: skip
OTHER_STREET_WORDS = frozenset({"strasse", "adresse", "direccion", "indirizzo", "endereco", "adres", "adress",
                                "osoite", "ulica", "rue", "calle", "rua", "straat", "anschrift"})  # fmt: skip
OTHER_POSTAL_WORDS = frozenset({"plz", "postleitzahl", "cep", "postnummer", "postinumero"})
OTHER_COUNTRY_WORDS = frozenset({"land", "pays", "pais", "paese", "kraj"})


# A title glued to the event it names ("Veranstaltungsname", "Kurstitel", "evenementnaam", "eventtitle").
COMPOUND_TITLE_TAILS = ("bezeichnung", "titel", "tittel", "title", "name", "naam", "namn", "navn", "nimi")
# English words a title is glued to in one lower-case key, as XML elements and old APIs write them: the event's own
# ("eventtitle", "meetingname", "sessiontitle"), or the body a meeting is named by ("committeetitle", as ModernGov's
# meetings list names each meeting: "Plenary", "Planning Committee"; batch 51). Not a place's, a person's or a
# file's name ("venuename", "firstname", "username", "filename").
GLUED_TITLE_HEADS = frozenset({"event", "meeting", "session", "activity", "program", "programme", "occurrence",
                               "committee", "council", "commission"})  # fmt: skip
# Of those, the heads that name what the event belongs to, not the event: a body ("committeetitle": the meeting's only
# name in ModernGov's list), a programme or an activity many events share ("programmename": "Summer Festival" beside
# each one's "eventname"; "activitytitle": "Swimming" beside each class's "name"). Such a glued title names the
# event only where nothing else does: it weighs below a plain "name" (review24).
GLUED_BODY_HEADS = frozenset({"activity", "program", "programme", "committee", "council", "commission"})
GLUED_BODY_WEIGHT = 1.0


def compound_title(names: list[str]) -> list[str]:
    """The title word of a key's one glued word that names an event's title ("veranstaltungsname" → name); none
    for a glued name of anything else ("ortsname", "kuenstlername")."""
    if len(names) != 1:
        return []
    (name,) = names
    for tail in COMPOUND_TITLE_TAILS:
        head = name[: -len(tail)]
        if name.endswith(tail) and len(head) >= 3:
            titled = any(each in OTHER_EVENT_WORDS or each in GLUED_TITLE_HEADS for each in _unlinked(head))
            return [tail] if titled else []
    return []


def glued_to_body(names: list[str]) -> bool:
    """Whether a key's one glued word is a title glued only to a body, a programme or an activity the event belongs to
    ("committeetitle", "programmename"; not "eventname", nor "committeeeventtitle")."""
    if not compound_title(names):
        return False
    tail = next(tail for tail in COMPOUND_TITLE_TAILS if names[0].endswith(tail))
    heads = set(_unlinked(names[0][: -len(tail)]))
    return bool(heads & GLUED_BODY_HEADS) and not heads & (OTHER_EVENT_WORDS | (GLUED_TITLE_HEADS - GLUED_BODY_HEADS))


# Keys that name the place only as a whole key: Portuguese and Spanish "local" ("local": "Praça Central", "local":
# {"nome": …}); with other words it is English's local time or name ("start_local", "tz_local", "local_name").
WHOLE_KEY_WORDS = {"local": ["lugar"]}


def part_words(part: str, split: Callable[[str], list[str]]) -> list[str]:
    """The words of one key of a path: ``split``'s, or the place a whole key names ("local" → lugar)."""
    return WHOLE_KEY_WORDS.get(part.strip().lower()) or split(part)
