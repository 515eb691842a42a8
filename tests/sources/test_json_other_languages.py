"""Unknown JSON APIs whose keys are in German, French, Spanish, Italian, Portuguese, Dutch, a Nordic language or
Polish (issue #13), read with ``--kind auto`` as English keys are: the title ("titel", "intitulé", "título", "nome",
"naam", "nazwa"), the start and end as one field or a date and a time ("datum" + "uhrzeit", "fecha_inicio" +
"hora_inicio", "data" + "godzina", "Startdatum"), the page, the description, the organiser, the price and the
cancelled and online flags (``_json_other_words``, taken in by the tables of ``_json_fields`` and
``_json_field_scores``); key accents folded and glued keys split.

Hard negatives: a German product catalogue, a Portuguese staff list, a Spanish news list with only a publication
date, a German book list, an English ``{"data": [...]}`` wrapper (the list, never a date), a glued date of no
known kind ("Lieferdatum").
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from decimal import Decimal

from sources.adapters._json_infer import infer
from sources.adapters._json_other_words import compound_title, compound_words, fold_key
from sources.adapters._json_shapes import words
from sources.adapters.base import AdapterError, FetchWindow, RawEvent
from sources.extraction import ExtractionError, default_window, extract_document
from tests.sources.helpers import parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=BERLIN)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def read(document: object) -> list[RawEvent]:
    try:
        return parse_json(document, window=WINDOW, zone=BERLIN)[1]
    except AdapterError:
        return []


def auto(document: object) -> list[dict]:
    """What ``extract --kind auto`` reads: [] when it cannot tell what the document is."""
    payload = json.dumps(document, ensure_ascii=False).encode()
    try:
        return extract_document(payload, window=default_window(NOW), kind="auto", zone=BERLIN).events
    except ExtractionError:
        return []


def local(value: dt.datetime | dt.date | None) -> dt.datetime:
    assert isinstance(value, dt.datetime)
    return value.astimezone(BERLIN)


def at(day: str, clock: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BERLIN)


# --- the words ----------------------------------------------------------------------------------------------


def test_key_words_are_folded_and_split_as_english_keys_are():
    assert words("fechaInício") == ["fecha", "inicio"]
    assert words("Título") == ["titulo"]
    assert words("date_début") == ["date", "debut"]
    assert words("Straße") == ["strasse"]
    assert words("arrangør") == ["arrangor"]
    assert fold_key("startDate") == "startDate"  # ASCII as it is


def test_glued_date_keys_are_split_only_when_their_first_word_is_known():
    assert compound_words("startdatum") == ["start", "datum"]
    assert compound_words("anfangszeit") == ["anfang", "datum"]
    assert compound_words("einddatum") == ["eind", "datum"]
    assert compound_words("geburtsdatum") == ["geburt", "datum"]  # a person's
    assert compound_words("erscheinungsdatum") == ["erscheinungs", "datum"]  # a product's or a book's
    assert compound_words("veranstaltungsdatum") == ["event", "datum"]
    assert compound_words("lieblingsdatum") == []  # nothing sure
    assert compound_words("uhrzeit") == []
    assert compound_title(["veranstaltungsname"]) == ["name"]
    assert compound_title(["kurstitel"]) == ["titel"]
    assert compound_title(["ortsname"]) == []  # the place's name
    assert compound_title(["kuenstlername"]) == []


# --- events in other languages ------------------------------------------------------------------------------


def test_german_events_with_a_date_a_time_and_an_end_time():
    document = {"veranstaltungen": [
        {"titel": "Orgelkonzert im Dom", "datum": "15.05.2031", "uhrzeit": "19:30", "ende": "21:00",
         "ort": "Dom St. Marien", "beschreibung": "Werke von Bach und Buxtehude, gespielt von der Domorganistin.",
         "preis": "12.00", "link": "https://example.de/v/1", "veranstalter": "Dommusik", "abgesagt": False},
        {"titel": "Lesung: Neue Gedichte", "datum": "16.05.2031", "uhrzeit": "20:00", "ende": "21:30",
         "ort": "Stadtbibliothek", "beschreibung": "Die Autorin liest aus ihrem neuen Band und spricht mit allen.",
         "preis": "5.00", "link": "https://example.de/v/2", "veranstalter": "Literaturhaus", "abgesagt": True},
    ]}  # fmt: skip
    first, second = read(document)
    assert first.title == "Orgelkonzert im Dom"
    assert local(first.start) == at("2031-05-15", "19:30")
    assert local(first.end) == at("2031-05-15", "21:00")
    assert first.venue_name == "Dom St. Marien"
    assert first.url == "https://example.de/v/1"
    assert first.description is not None
    assert first.description.startswith("Werke von Bach")
    assert first.organizer == "Dommusik"
    assert first.price_min == Decimal("12.00")
    assert (first.status, second.status) == ("scheduled", "cancelled")


def test_french_events_with_accented_keys_and_start_and_end():
    document = [
        {"intitulé": "Atelier de poterie", "date_debut": "2031-06-02T14:00:00", "date_fin": "2031-06-02T17:00:00",
         "lieu": "Maison des associations", "description": "Initiation au tour pour adultes, matériel fourni.",
         "prix": 15, "lien": "https://exemple.fr/a/1", "annulé": False, "organisateur": "Club Argile"},
        {"intitulé": "Concert de jazz", "date_debut": "2031-06-05T20:30:00", "date_fin": "2031-06-05T23:00:00",
         "lieu": "Le Petit Caveau", "description": "Le trio revisite les standards dans une soirée intimiste.",
         "prix": 10, "lien": "https://exemple.fr/a/2", "annulé": True, "organisateur": "Jazz en Ville"},
    ]  # fmt: skip
    first, second = read(document)
    assert (first.title, second.title) == ("Atelier de poterie", "Concert de jazz")
    assert local(first.start) == at("2031-06-02", "14:00")
    assert local(first.end) == at("2031-06-02", "17:00")
    assert (first.venue_name, first.url, first.organizer) == ("Maison des associations", "https://exemple.fr/a/1",
                                                              "Club Argile")  # fmt: skip
    assert first.price_min == Decimal(15)
    assert (first.status, second.status) == ("scheduled", "cancelled")


def test_french_clock_written_with_an_h():
    document = [
        {"titre": "Marché nocturne", "date": "12/07/2031", "heure": "19h00", "heure_fin": "23h00"},
        {"titre": "Cinéma en plein air", "date": "14/07/2031", "heure": "21h30", "heure_fin": "23h30"},
    ]
    first, second = read(document)
    assert local(first.start) == at("2031-07-12", "19:00")
    assert local(second.start) == at("2031-07-14", "21:30")
    assert local(second.end) == at("2031-07-14", "23:30")


def test_spanish_events_with_split_start_and_end():
    document = {"eventos": [
        {"título": "Feria del libro", "fecha_inicio": "2031-04-20", "hora_inicio": "10:00", "fecha_fin": "2031-04-21",
         "hora_fin": "20:00", "descripción": "Casetas de librerías y editoriales locales con presentaciones.",
         "enlace": "https://ejemplo.es/e/1", "precio": "3", "cancelado": False, "organizador": "Ayuntamiento"},
        {"título": "Teatro infantil", "fecha_inicio": "2031-04-22", "hora_inicio": "18:00", "fecha_fin": "2031-04-22",
         "hora_fin": "19:00", "descripción": "Una obra de títeres para toda la familia en el patio.",
         "enlace": "https://ejemplo.es/e/2", "precio": "3", "cancelado": True, "organizador": "Centro Cultural"},
    ]}  # fmt: skip
    first, second = read(document)
    assert first.title == "Feria del libro"
    assert local(first.start) == at("2031-04-20", "10:00")
    assert local(first.end) == at("2031-04-21", "20:00")  # the end's own date, not the start's
    assert first.url == "https://ejemplo.es/e/1"
    assert first.description is not None
    assert first.description.startswith("Casetas")
    assert first.organizer == "Ayuntamiento"
    assert (first.status, second.status) == ("scheduled", "cancelled")


def test_italian_events_with_data_inizio_and_data_fine():
    document = {"eventi": [
        {"titolo": "Mostra fotografica", "data_inizio": "2031-07-01 10:00", "data_fine": "2031-07-01 18:00",
         "luogo": "Palazzo Comunale", "descrizione": "Scatti d'epoca della città e delle sue botteghe.",
         "collegamento": "https://esempio.it/e/1", "prezzo": "4.50", "annullato": False},
        {"titolo": "Concerto d'estate", "data_inizio": "2031-07-03 21:00", "data_fine": "2031-07-03 23:00",
         "luogo": "Piazza Grande", "descrizione": "La banda cittadina suona sotto le stelle, ingresso libero.",
         "collegamento": "https://esempio.it/e/2", "prezzo": "0", "annullato": True},
    ]}  # fmt: skip
    first, second = read(document)
    assert first.title == "Mostra fotografica"
    assert local(first.start) == at("2031-07-01", "10:00")
    assert local(first.end) == at("2031-07-01", "18:00")
    assert (first.venue_name, first.url) == ("Palazzo Comunale", "https://esempio.it/e/1")
    assert first.price_min == Decimal("4.50")
    assert second.status == "cancelled"


def test_portuguese_data_is_a_date_where_its_values_are_dates():
    document = {"eventos": [
        {"nome": "Roda de samba", "data": "2031-03-14", "hora": "19:00", "local": "Praça Central",
         "descrição": "Samba ao vivo com músicos da cidade e convidados especiais.", "preço": "20.00",
         "link": "https://exemplo.br/e/1"},
        {"nome": "Feira de artesanato", "data": "2031-03-15", "hora": "09:00", "local": "Parque Municipal",
         "descrição": "Artesãos da região expõem e vendem peças feitas à mão.", "preço": "0",
         "link": "https://exemplo.br/e/2"},
    ]}  # fmt: skip
    first, _ = read(document)
    assert first.title == "Roda de samba"
    assert local(first.start) == at("2031-03-14", "19:00")
    assert first.venue_name == "Praça Central"
    assert first.price_min == Decimal("20.00")


def test_portuguese_camel_case_event_names_beside_a_place_and_an_organisers_name():
    document = {"data": [
        {"nomeEvento": "Oficina de teatro", "dataInicio": "2031-03-14T19:00:00-03:00",
         "dataFim": "2031-03-14T21:00:00-03:00", "local": {"nome": "Teatro Municipal", "cidade": "Recife"},
         "organizador": {"nome": "Secretaria de Cultura"}},
        {"nomeEvento": "Sarau de poesia", "dataInicio": "2031-03-20T19:30:00-03:00",
         "dataFim": "2031-03-20T22:00:00-03:00", "local": {"nome": "Biblioteca Central", "cidade": "Recife"},
         "organizador": {"nome": "Coletivo Versos"}},
    ]}  # fmt: skip
    first, _ = read(document)
    assert first.title == "Oficina de teatro"  # not the place's nor the organiser's "nome"
    assert first.start == dt.datetime(2031, 3, 14, 22, 0, tzinfo=dt.UTC)
    assert first.end == dt.datetime(2031, 3, 15, 0, 0, tzinfo=dt.UTC)
    assert (first.venue_name, first.city, first.organizer) == ("Teatro Municipal", "Recife", "Secretaria de Cultura")


def test_dutch_events_with_datum_aanvang_and_einde():
    document = [
        {"naam": "Stadswandeling", "datum": "2031-09-12", "aanvang": "14:00", "einde": "16:00", "locatie": "VVV",
         "omschrijving": "Een gids vertelt over de geschiedenis van de binnenstad.", "prijs": 7.5,
         "geannuleerd": False},
        {"naam": "Pianorecital", "datum": "2031-09-13", "aanvang": "20:15", "einde": "22:00", "locatie": "Muziekcentrum",
         "omschrijving": "Jonge pianisten spelen Chopin en Debussy in de kleine zaal.", "prijs": 12.0,
         "geannuleerd": True},
    ]  # fmt: skip
    first, second = read(document)
    assert first.title == "Stadswandeling"
    assert local(first.start) == at("2031-09-12", "14:00")
    assert local(first.end) == at("2031-09-12", "16:00")
    assert first.description is not None
    assert first.description.startswith("Een gids")
    assert first.price_min == Decimal("7.5")
    assert second.status == "cancelled"


def test_swedish_and_finnish_glued_keys_and_an_online_flag():
    swedish = [
        {"titel": "Vårkonsert", "startdatum": "2031-05-10T18:00:00", "slutdatum": "2031-05-10T20:00:00",
         "plats": "Kyrkan", "beskrivning": "Kören sjunger vårsånger tillsammans med en stråkkvartett.",
         "inställd": False, "virtuell": False},
        {"titel": "Föreläsning om bin", "startdatum": "2031-05-12T10:00:00", "slutdatum": "2031-05-12T11:00:00",
         "plats": "Webben", "beskrivning": "En biodlare berättar om bisamhällets år, direkt i webbläsaren.",
         "inställd": True, "virtuell": True},
    ]  # fmt: skip
    first, second = read(swedish)
    assert (first.title, first.venue_name) == ("Vårkonsert", "Kyrkan")
    assert local(first.start) == at("2031-05-10", "18:00")
    assert local(first.end) == at("2031-05-10", "20:00")
    assert (first.status, second.status) == ("scheduled", "cancelled")
    assert (first.online, second.online) == (False, True)
    finnish = [
        {"otsikko": "Joulukonsertti", "alkamisaika": "2031-12-12T18:00:00", "paattymisaika": "2031-12-12T20:00:00",
         "paikka": "Tuomiokirkko"},
        {"otsikko": "Käsityömarkkinat", "alkamisaika": "2031-12-13T10:00:00", "paattymisaika": "2031-12-13T16:00:00",
         "paikka": "Kauppatori"},
    ]  # fmt: skip
    first, _ = read(finnish)
    assert (first.title, first.venue_name) == ("Joulukonsertti", "Tuomiokirkko")
    assert local(first.end) == at("2031-12-12", "20:00")


def test_polish_events_with_data_and_godzina():
    document = [
        {"nazwa": "Koncert chóru", "data": "2031-10-03", "godzina": "18:00", "miejsce": "Filharmonia",
         "opis": "Chór miejski wykona pieśni polskich kompozytorów.", "cena": 30},
        {"nazwa": "Warsztaty ceramiki", "data": "2031-10-04", "godzina": "11:00", "miejsce": "Dom Kultury",
         "opis": "Zajęcia dla dorosłych, glina i narzędzia na miejscu.", "cena": 50},
    ]  # fmt: skip
    first, _ = read(document)
    assert (first.title, first.venue_name) == ("Koncert chóru", "Filharmonia")
    assert local(first.start) == at("2031-10-03", "18:00")
    assert first.price_min == Decimal(30)


def test_german_glued_event_name_date_and_times():
    document = {"termine": [
        {"veranstaltungsname": "Kinderflohmarkt", "veranstaltungsdatum": "2031-04-19", "anfangszeit": "09:00",
         "endzeit": "13:00", "erstelldatum": "2031-03-01"},
        {"veranstaltungsname": "Osterbasar", "veranstaltungsdatum": "2031-04-05", "anfangszeit": "10:00",
         "endzeit": "16:00", "erstelldatum": "2031-03-02"},
    ]}  # fmt: skip
    first, _ = read(document)
    assert first.title == "Kinderflohmarkt"
    assert local(first.start) == at("2031-04-19", "09:00")  # not the record's "erstelldatum"
    assert local(first.end) == at("2031-04-19", "13:00")


def test_a_council_meeting_named_beside_its_subject_and_its_record_date():
    document = [
        {"Bezeichnung": "Stadtratssitzung", "Beginn": "2031-02-10T17:00:00+01:00", "Ende": "2031-02-10T19:00:00+01:00",
         "Raum": "Ratssaal", "Betreff": "Haushalt 2031", "Erstellt": "2031-01-20T08:00:00+01:00"},
        {"Bezeichnung": "Bauausschuss", "Beginn": "2031-02-12T16:00:00+01:00", "Ende": "2031-02-12T18:00:00+01:00",
         "Raum": "Sitzungssaal 2", "Betreff": "Bebauungsplan Nord", "Erstellt": "2031-01-22T08:00:00+01:00"},
    ]  # fmt: skip
    first, _ = read(document)
    assert (first.title, first.venue_name) == ("Stadtratssitzung", "Ratssaal")
    assert local(first.start) == at("2031-02-10", "17:00")
    assert local(first.end) == at("2031-02-10", "19:00")


# --- hard negatives -----------------------------------------------------------------------------------------


def test_a_german_product_catalogue_is_no_list_of_events():
    document = {"produkte": [
        {"bezeichnung": "Akku-Bohrschrauber 18V", "artikelnummer": "AB-1001", "preis": 89.9,
         "erscheinungsdatum": "2031-03-01", "lieferbar_ab": "2031-03-05",
         "beschreibung": "Kompakter Schrauber mit zwei Akkus und Ladegerät im Koffer."},
        {"bezeichnung": "Stichsäge Pro", "artikelnummer": "AB-1002", "preis": 129.0,
         "erscheinungsdatum": "2031-09-15", "lieferbar_ab": "2031-09-20",
         "beschreibung": "Pendelhub in vier Stufen, werkzeuglose Blattaufnahme, LED-Licht."},
    ]}  # fmt: skip
    assert infer(document) is None
    assert read(document) == []
    assert auto(document) == []


def test_a_product_catalogue_with_its_warranty_dates_is_no_list_of_events():
    # review15: a warranty's start and end (German spelled out and glued, English) are a product's, not an event's
    for start_key, end_key in (
        ("beginn_der_garantie", "ende_der_garantie"),
        ("Garantiebeginn", "Garantieende"),
        ("warranty_start", "warranty_end"),
        ("inicio_garantia", "fin_garantia"),
    ):
        document = {"produkte": [
            {"bezeichnung": "Waschmaschine WM 7", "artikelnummer": "A-100", "preis": "499,00",
             start_key: "2031-01-15", end_key: "2033-01-15", "hersteller": "Muster AG"},
            {"bezeichnung": "Trockner T 8", "artikelnummer": "A-101", "preis": "599,00",
             start_key: "2031-02-01", end_key: "2033-02-01", "hersteller": "Muster AG"},
            {"bezeichnung": "Kühlschrank K 3", "artikelnummer": "A-102", "preis": "799,00",
             start_key: "2031-03-01", end_key: "2033-03-01", "hersteller": "Muster AG"},
        ]}  # fmt: skip
        assert infer(document) is None, start_key
        assert auto(document) == [], start_key
    assert compound_words("garantiebeginn") == ["garantie", "beginn"]
    assert compound_words("veranstaltungsbeginn") == []  # an event's own start is not ruled out
    assert compound_words("wochenende") == []


def test_a_portuguese_staff_list_is_no_list_of_events():
    for key in ("data_admissao", "dataNascimento", "data_de_nascimento"):
        document = {"funcionarios": [
            {"nome": "Ana Souza", "cargo": "Diretora", key: "2031-03-01", "email": "ana@exemplo.br"},
            {"nome": "Carlos Lima", "cargo": "Analista", key: "2031-08-16", "email": "carlos@exemplo.br"},
        ]}  # fmt: skip
        assert infer(document) is None, key
        assert read(document) == [], key


def test_a_spanish_news_list_with_only_its_publication_date_is_no_list_of_events():
    document = {"noticias": [
        {"titulo": "El ayuntamiento aprueba el presupuesto", "fecha_publicacion": "2031-02-01T09:00:00",
         "enlace": "https://ejemplo.es/n/1", "resumen": "El pleno aprobó ayer las cuentas del año."},
        {"titulo": "Nueva línea de autobús", "fecha_publicacion": "2031-02-03T12:30:00",
         "enlace": "https://ejemplo.es/n/2", "resumen": "La línea 12 conectará el centro con el hospital."},
    ]}  # fmt: skip
    assert infer(document) is None
    assert auto(document) == []
    document["noticias"][0]["fechaPublicación"] = document["noticias"][0].pop("fecha_publicacion")
    document["noticias"][1]["fechaPublicación"] = document["noticias"][1].pop("fecha_publicacion")
    assert infer(document) is None


def test_a_german_book_list_with_titles_and_years_is_no_list_of_events():
    document = {"buecher": [
        {"titel": "Der Zauberberg", "autor": "Thomas Mann", "erscheinungsjahr": 1924, "erscheinungsdatum": "1924-11-20"},
        {"titel": "Berlin Alexanderplatz", "autor": "Alfred Döblin", "erscheinungsjahr": 1929,
         "erscheinungsdatum": "1929-10-08"},
    ]}  # fmt: skip
    assert infer(document) is None


def test_a_glued_date_of_no_known_kind_is_no_named_start():
    document = [
        {"titel": "Orgelkonzert", "lieferdatum": "2031-05-15", "beginn": "2031-05-16T19:30:00"},
        {"titel": "Lesung", "lieferdatum": "2031-05-17", "beginn": "2031-05-18T20:00:00"},
    ]
    first, _ = read(document)
    assert local(first.start) == at("2031-05-16", "19:30")


def test_an_english_data_wrapper_is_the_list_never_a_date():
    document = {"data": [
        {"name": "Book club", "date": "2031-05-01T19:00:00", "url": "https://example.org/e/1", "data": "eyJpZCI6MX0="},
        {"name": "Chess night", "date": "2031-05-08T19:00:00", "url": "https://example.org/e/2", "data": "eyJpZCI6Mn0="},
    ], "meta": {"total": 2}}  # fmt: skip
    found = infer(document)
    assert found is not None
    assert found.config["items"] == "data"
    assert found.config["mapping"]["start"] == "date"
    first, second = read(document)
    assert (first.title, local(second.start)) == ("Book club", at("2031-05-08", "19:00"))


def test_english_local_keys_are_no_place():
    # Portuguese and Spanish "local" is the place only as a whole key; English "tz_local", "local_name" are not.
    document = [
        {"name": "Book club", "start_local": "2031-05-01T19:00:00", "tz_local": "Europe/Berlin", "local_name": "Buchclub",
         "local": "yes"},
        {"name": "Chess night", "start_local": "2031-05-08T19:00:00", "tz_local": "Europe/Berlin",
         "local_name": "Schachabend", "local": "no"},
    ]  # fmt: skip
    found = infer(document)
    assert found is not None
    assert "venue_name" not in found.config["mapping"]
    assert found.config["mapping"]["start"] == "start_local"
    portuguese = [
        dict(item, local=place) for item, place in zip(document, ("Praça Central", "Biblioteca"), strict=True)
    ]
    found = infer(portuguese)
    assert found is not None
    assert found.config["mapping"]["venue_name"] == "local"
