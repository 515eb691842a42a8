"""A job ad's words and an event's about jobs, in one place, for the feed readers that set job ads aside. Pure.

Two gates read a feed item as a job ad: a title that opens as a call for people ("Job opening – …", "Now hiring:
…", "Vacancy", ``_feed_calls.call_notice``) and a job ad's words in the title and the text ("salary", "full-time",
"closing date", "Gehalt", "(m/w/d)"…, ``_feed_item_kinds.item_kind_note``). Each had its own list (issue #13, left36):
a word added to one was missing from the other. Both now read this module's vocabulary:

- ``JOB_CALLS``: the openings that call for staff, read at a title's start by ``_feed_calls``, and anywhere in an
  item's words as a job ad's (``JOB_WORD``);
- ``JOB_WORD`` and ``STRONG_JOB``: a job ad's words, and those only a job ad writes (a course is part-time too and
  says "apply now");
- ``JOBS_FEED``: a feed's title that names jobs ("Careers", "Vacancies", "Stellenangebote");
- ``EVENT_WORD`` and ``names_event``: an event held about jobs ("Careers fair", "CV workshop", "Recruitment day",
  and now a session on a job-seeker's skill: "Interview skills", "Mock interviews", "CV clinic"). An event's word
  followed by a post's noun is the job's title, not an event ("Workshop leader", "Events manager", "Training
  officer", "Interview skills trainer": ``ROLE_AFTER``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

MAX_TITLE = 200  # characters of a title looked at

# Openings that call for staff (the title's start in ``_feed_calls``; anywhere a job ad's words).
JOB_CALLS = (
    r"job\s++(?:openings?|postings?|vacanc(?:y|ies))|vacanc(?:y|ies)|(?:now|we(?:'|’|\s++a)re)\s++hiring"
    r"|help\s++wanted|positions?\s++available|(?:employment|career)\s++opportunit(?:y|ies)"
)
JOB_WORD = re.compile(
    rf"\b(?:{JOB_CALLS}|salary|salaries|per\s+annum|p\.a\.|(?:full|part)[-\s]?time\s+(?:role|post|position|job)\b|"
    r"full[-\s]?time|part[-\s]?time|"
    r"permanent\s+(?:role|position|contract)|fixed[-\s]term\s+contract|we(?:'re|\s+are)\s+(?:recruiting|looking\s+for"
    r"\s+an?\s)|job\s+(?:description|ad|advert|offer|title)|apply\s+(?:by|now|online|before)|closing\s+date|"
    r"application\s+deadline|send\s+(?:your|us\s+your)\s+cv|(?:your|a)\s+cv\b|the\s+role\b|this\s+role\b|gehalt|"
    r"vollzeit|teilzeit|stellenangebot|bewerbung(?:sfrist|en)?|cdi\b|cdd\b|"
    r"temps\s+(?:plein|partiel)|salaire|candidature|"
    # review40: a Dutch and a Spanish job ad's words
    r"salaris|solliciteer|sollicitatie|vacature|salario|jornada\s+(?:completa|parcial)|contrato\s+indefinido)"
    # review43: a post's gender marker, "(m/f)", "(m/w/d)", "(f/h)"; no word boundary before its parenthesis
    r"|\([mwfhdx](?:/[mwfhdx]){1,2}\)",
    re.IGNORECASE,
)
# The words only a job ad writes (a course is part-time too and says "apply now"): one is needed. A job ad offers a
# post ("Part-time role."): "full-time roles" in the plural is jobs in general, as a CV session or a fair writes it
# ("prepare for full-time roles"), and reads as "full-time" alone.
STRONG_JOB = re.compile(
    r"salar|annum|p\.a\.|hiring|recruiting|looking|vacanc|job|closing|deadline|role|gehalt|stellen|bewerbung|"
    r"/|candidature|cdi|cdd|permanent|fixed|sollicit|vacature|wanted",
    re.IGNORECASE,
)
JOBS_FEED = re.compile(
    r"\b(?:jobs?|careers?|vacanc(?:y|ies)|job\s+(?:board|openings|offers)|hiring|recruitment|stellen(?:angebote|"
    r"markt|börse)?|jobbörse|offres?\s+d'emploi|emplois?|vacatures|ofertas\s+de\s+empleo)\b",
    re.IGNORECASE,
)
# An event held about jobs: its title names the event ("Careers fair", "CV workshop", "Hiring event").
EVENT_WORD = re.compile(
    r"\b(?:fairs?|workshops?|webinars?|seminars?|talks?|open\s+(?:day|evening|house)|info(?:rmation)?\s+(?:session|"
    r"evening|day)|meet(?:up|ing)?|clinic|drop[-\s]in|class(?:es)?|course|training|conference|festival|concert|"
    r"party|night|event|messe|börse|salon|forum|networking|breakfast|lunch|evening|expo|"
    # review40: a day about jobs ("Recruitment day"), a book's signing, a launch; "Jobmesse", "Job dating", "Feria"
    r"(?:recruitment|jobs?|careers?|hiring|employment|taster)\s+days?|signing|launch|tasting|job\s?dating|feria|"
    r"beurs|banenmarkt|"
    # left36: a session on a job-seeker's skill ("Interview skills", "Mock interviews", "CV clinic")
    r"(?:interview|cv|presentation|employability|job[-\s]search|networking)\s+(?:skills|practice|prep(?:aration)?)"
    r"|mock\s+interviews?|in\s+conversation|q\s?&\s?a|meet[-\s]and[-\s]greet)\b|(?:job|karriere|berufs|ausbildungs|bewerbungs)\w{0,12}(?:messe|tag|abend)\b",
    re.IGNORECASE,
)
# A post's noun right after an event's word: the job's title ("Workshop leader", "Events manager").
ROLE_AFTER = re.compile(
    r"[ \t]{1,3}(?:(?!(?:for|with|and|of|the|by|to|on|in|at|about|meets?|&)\b)[a-z][a-z-]{1,20}[ \t]{1,3})?"
    r"(?:leaders?|managers?|coordinators?|co-ordinators?|officers?|assistants?|trainers?|tutors?|coaches|"
    r"coach|facilitators?|organi[sz]ers?|producers?|directors?|administrators?|leads?|technicians?|planners?|"
    r"executives?|apprentices?|staff|team\s+members?|supervisors?|hosts?)\b",
    re.IGNORECASE,
)


def names_event(text: str | None) -> str | None:
    """The first event's word in ``text`` (a title, a feed's title) that is not a post's title ("Workshop
    leader"), or None."""
    text = (text or "")[:MAX_TITLE]
    for found in EVENT_WORD.finditer(text):
        if ROLE_AFTER.match(text, found.end()) is None:
            return found.group(0)
    return None
