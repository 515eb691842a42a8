"""The nouns a place's name holds ("Town Hall", "The Doors Bar", "Ticket Office", "Kleiner Saal", "Pražákův palác"):
read by the readers of places and of remarks alike, so in a module of its own that imports nothing of theirs. Pure."""

from __future__ import annotations

import re

# English, then the same kinds of place as other European languages name them (a hall, a library, a museum, a
# gallery, a theatre, a church, a palace or castle, a cinema): Czech and Slovak ("sál", "knihovna", "muzeum",
# "divadlo", "kostel", "palác", "zámek", "vila", "kino", with the forms a place takes after "v"/"ve": "v knihovně",
# "v divadle"), German, French, Spanish, Italian, Portuguese, Dutch, Polish; a town's square. Whole words only ("Festsaal", a
# compound, is not read by this).
PLACE_NOUN = re.compile(
    r"\b(?:hall|room|park|library|cent(?:er|re)|church|school|pavilion|auditorium|chambers?|building|theat(?:er|re)|"
    r"museum|gallery|stadium|arena|club|cafe|café|pub|bar|campus|plaza|square|field|grounds?|courthouse|office|"
    r"palace|villa|castle|chapel|cathedral|cinema|"
    r"sál[eu]?|knihovn[aěy]|muze(?:um|u|a)|galeri[ei]|divadl[oea]|kostel[ea]?|pal[aá]c(?:i|e)?|zám(?:ek|ku)|vila|"
    r"kin[oa]|saal|halle|kirche|bibliothek|schloss|rathaus|theater|salle|musée|église|théâtre|bibliothèque|"
    r"médiathèque|château|chapelle|cinéma|sala|museo|museu|biblioteca|teatro|iglesia|igreja|chiesa|palazzo|"
    r"palacio|castello|castillo|auditorio|zaal|kerk|bibliotheek|schouwburg|biblioteka|teatr|kościół|zamek|"
    # a town's square, as Italian, German, Dutch and Portuguese name it ("Piazza G. Garibaldi · ore 20:00": pages117);
    # not a rank ("1. Platz", "2.Platz", read-through 57; "Platz 3", review57) nor French "en plein air" (the Dutch
    # square is a name's: "Plein", capitalised)
    r"piazza|piazzale|(?<!\d\.)(?<!\d\.[ \t])platz(?![ \t]*\d)|(?-i:Plein)(?![ \t]+air\b)|praça|anfiteatro)\b",
    re.I,
)
