"""The month and weekday names of other languages than English, one table for every reader of dates: pages
(``_page_intl``, ``_page_dates``, the cards and the lines that use them), feeds (``_feed_intl``) and headings
(``_page_years``). Pure data.

French, German, Spanish, Italian, Dutch, Portuguese, Polish, Czech, Russian, Romanian, Norwegian, Danish, Swedish
and Finnish, in the form a date takes ("27 lipca": Polish's genitive; "12. joulukuuta": Finnish's partitive), with
the abbreviations listings use. Only names that are not English month names are in INTL_MONTHS: those spelled as
English spells them ("September", "december") are SHARED_MONTHS, read in another language's date only where English
would not write it ("26. September", "lørdag 12. december").
"""

from __future__ import annotations

INTL_MONTHS = {
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    # Polish (the genitive: "27 lipca")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
    "września": 9, "wrzesnia": 9, "października": 10, "pazdziernika": 10, "listopada": 11, "grudnia": 12,
    # Czech (the genitive: "15. dubna")
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
    "září": 9, "října": 10, "prosince": 12,
    # Russian (the genitive: "15 апреля")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Norwegian and Danish ("12. desember 2026", "12. des."; januar, februar, oktober as German writes them,
    # "december" as English does), Swedish ("12 maj", "3 augusti"; januari, februari as Dutch)
    "desember": 12, "des": 12, "maj": 5, "augusti": 8,
    # Finnish: the partitive a date takes ("12. joulukuuta 2026"; its headings' nominative: HEADING_MONTHS)
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
    "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
    # Abbreviations that are not English ones: Spanish "ene", "abr", "ago", "dic"; Italian "gen", "mag", "giu",
    # "lug", "set", "ott"; Portuguese "fev", "out"; Dutch "mrt" (the others are spelled as English or above)
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "set": 9, "ott": 10,
    "fev": 2, "out": 10, "mrt": 3,
    # Romanian ("4 septembrie 2026"; "mai" is French's too, "august" English's)
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
}  # fmt: skip
INTL_WEEKDAYS = {
    # French (and the short forms listings use: "sam. 27 juin")
    "lundi": 0, "lun": 0, "mardi": 1, "mar": 1, "mercredi": 2, "mer": 2, "jeudi": 3, "jeu": 3, "vendredi": 4,
    "ven": 4, "samedi": 5, "sam": 5, "dimanche": 6, "dim": 6,
    # German
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
    "sonntag": 6,
    # Spanish
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
    # Italian
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
    "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    # Dutch
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    # Portuguese
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
    # Polish
    "poniedziałek": 0, "wtorek": 1, "środa": 2, "czwartek": 3, "piątek": 4, "sobota": 5, "niedziela": 6,
    # Czech
    "pondělí": 0, "úterý": 1, "středa": 2, "čtvrtek": 3, "pátek": 4, "neděle": 6,
    # Russian (and the short forms listings use: "сб")
    "понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5, "воскресенье": 6,
    "пн": 0, "вт": 1, "ср": 2, "чт": 3, "пт": 4, "сб": 5, "вс": 6,
    # Norwegian, Danish, Swedish ("lørdag den 12. desember", "lördag 12 december")
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6, "måndag": 0,
    "tisdag": 1, "lördag": 5, "söndag": 6,
    # Spanish and Italian short forms that are no words of another language ("mié. 9 de abril", "gio 12 giugno")
    "mié": 2, "jue": 3, "sáb": 5, "gio": 3,
    # Romanian ("joi, 12 martie 2026"), with the comma below and the older cedilla, and without either
    "luni": 0, "marți": 1, "marţi": 1, "marti": 1, "miercuri": 2, "joi": 3, "vineri": 4, "sâmbătă": 5,
    "sâmbăta": 5, "sîmbătă": 5, "sambata": 5, "duminică": 6, "duminica": 6,
    # Finnish, in the nominative ("lauantai 12. joulukuuta") and the essive a date takes ("lauantaina 12.12."),
    "maanantai": 0, "tiistai": 1, "keskiviikko": 2, "torstai": 3, "perjantai": 4, "lauantai": 5, "sunnuntai": 6,
    "maanantaina": 0, "tiistaina": 1, "keskiviikkona": 2, "torstaina": 3, "perjantaina": 4, "lauantaina": 5,
    "sunnuntaina": 6,
    # and the other inflected weekdays a date is written with ("on Saturday"): Polish's and Czech's accusative ("w
    # sobotę 12 grudnia", "v sobotu 12. prosince", "ve středu", "v neděli"), Russian's ("в субботу, 12 декабря")
    "środę": 2, "sobotę": 5, "niedzielę": 6, "středu": 2, "sobotu": 5, "neděli": 6,
    "среду": 2, "пятницу": 4, "субботу": 5,
}  # fmt: skip
# A month named alone, as a programme's heading names it ("Репертуар на май", "Repertuar: maj", "Program: květen"):
# the nominative, which Russian, Polish and Czech write apart from the genitive a date takes (INTL_MONTHS).
HEADING_MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
    "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7, "sierpień": 8,
    "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
    "leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6, "červenec": 7, "srpen": 8,
    "září": 9, "říjen": 10, "prosinec": 12,  # "září" is its genitive too; "listopad" is Polish's above
    # Finnish: a calendar's month headings ("HELMIKUU 2012"), its dates written in numbers ("18.2.")
    "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6, "heinäkuu": 7,
    "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
}  # fmt: skip
# Month names that are English words or names as well (see the module's docstring).
AMBIGUOUS = frozenset({"mars", "mayo", "mai", "marco", "avril", "maja", "martie"})
# More such names, read in dates only as AMBIGUOUS ones are: German, Dutch and Nordic "Juni", "Juli" are given names
# too ("3 Juni Smith"), Swedish and Danish "maj" one ("2 Maj Sjöwall novels").
NAMES_TOO = frozenset({"juni", "juli", "maj"})
# Abbreviations that are words in English or another language ("12 des concerts", "2 days ago", "3 set", "5 out of",
# "2 gen", "4 mag", "12 lug nuts"): read only with a year or a weekday beside them, or after a day closed by its dot
# and closed by their own ("12. des.").
WORD_ABBREVIATIONS = frozenset({"des", "ago", "set", "out", "gen", "mag", "lug"})
# The months other languages spell as English does ("Dienstag, 26. September", "12. december 2026", "5. aug."),
# read in another language's date only after a weekday of that language or a day closed by its dot.
SHARED_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8, "september": 9,
    "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

from sources.adapters._intl_names_uk import (  # noqa: E402 (Ukrainian's names, merged in: see that module)
    UKRAINIAN_HEADING_MONTHS,
    UKRAINIAN_MONTHS,
    UKRAINIAN_WEEKDAYS,
    UKRAINIAN_WORD_ABBREVIATIONS,
)

INTL_MONTHS.update(UKRAINIAN_MONTHS)
INTL_WEEKDAYS.update(UKRAINIAN_WEEKDAYS)
HEADING_MONTHS.update(UKRAINIAN_HEADING_MONTHS)
WORD_ABBREVIATIONS = WORD_ABBREVIATIONS | UKRAINIAN_WORD_ABBREVIATIONS


# The words that lead a clock in the languages above ("a las 19:00", "alle ore 21.00", "ore 20:00", "om 19.00", "um
# 19:00", "kl. 19.00", "o godz. 19:00", "às 19h", "à 20h30", "das 8:00 às 12:00", "at 19:00"), as a regex alternation: the feeds' clock after
# a date (_feed_clock_after) and a card's place-and-clock line (_page_place_clock: "Piazza G. Garibaldi · ore 20:00").
CLOCK_LEAD_WORDS = (
    r"a[ \t]{1,3}las?|alle(?:[ \t]{1,3}ore)?|ore|às|as|om|um|ab|kl\.?|klo|klockan|klokken|kello|"
    r"(?:o[ \t]{1,3})?godz\.?|o|v|ve|od|dès|à|a|vanaf|desde|dalle|das|de|fra|från|von|van|vers|at|@"
)
