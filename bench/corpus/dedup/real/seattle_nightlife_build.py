"""Transcribe five real calendars of one Seattle calendar project (prestomation/calendar-ripper, its generated ICS
files as stored at commit 00d29262cba890b0975006f51676adb629f7dcbc, DTSTAMP 2026-03-28 11:09 UTC) into the records
our pipeline hands to dedup: 19hz.info (an electronic-music listings site that gathers other promoters' and venues'
events and links each to its ticket page) and four venues' own calendars (Chop Suey, Hidden Hall, The Funhouse at
El Corazon, The Crocodile's main room). Every listing whose local start falls from 28 March to 26 April 2026.

Truth from the data: a 19hz listing whose URL is the ticket or show page one venue's own listing gives (the same
ticketweb.com event number, tixr.com event number, or elcorazonseattle.com show page) is that venue's listing.
URLs are not handed to dedup (they are the truth)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from transcription import write_or_check  # beside this script

from sources.adapters._ical_fields import location  # the ICS adapter's own LOCATION split

HERE = Path(__file__).resolve().parent
TARGET = HERE / "seattle_nightlife_crossref.jsonl"

# Each venue's LOCATION, the same on every listing of its file.
PLACES = {
    "chopsuey": "Chop Suey, 1325 E Madison St, Seattle, WA 98122",
    "hiddenhall": "Hidden Hall, 400 N 35th St, Seattle, WA",
    "funhouse": "The Funhouse, 109 Eastlake Avenue East, Seattle, WA 98109",
    "crocodile": "The Crocodile, 2505 1st Ave, Seattle, WA",
}

# Venue listings: source -> [(DTSTART UTC "MMDDTHHMM", SUMMARY, the ticket/show id its URL gives, when 19hz names it)]
# fmt: off
VENUES = {
    "chopsuey": [
        ("0329T0030", "Reader, No Edits, Absenter", None),
        ("0329T0400", "Zara Larsson vs. PinkPantheress Dance Night", None),
        ("0330T0100", "Henry Mansfield and The Sleepy Haunts", None),
        ("0330T0500", "Flammable", "ticketweb-14002654"),
        ("0401T0300", "pleasantbusstop, Drook, Fleamale, Lawn Darts", None),
        ("0402T0200", "The Queer Agenda: A Live Dating & Comedy Show", None),
        ("0403T0300", "Animal Adjective, Killing Caesar, Leo Leo", None),
        ("0404T0400", "Candi Pop", None),
        ("0405T0100", "MATRIARCH: A Turn-Up & Turn-In Dance Night!", None),
        ("0405T0400", "NOCTURNE: A BIG GAY DANCE PARTY!", None),
        ("0406T0500", "Flammable", None),
        ("0409T0300", "Don", None),
        ("0410T0400", "FIESTA DE PUTXS", None),
        ("0411T0400", "Sorry For Party Rocking (2010 – 2015 Pop & EDM Bangers All Night Long)", "ticketweb-14188584"),
        ("0412T0400", "DANCE THE DECADES", None),
        ("0413T0500", "Flammable", None),
        ("0416T0300", "Tyla Yaweh, iLL Chris", None),
        ("0417T0300", "Lab Rat, Open Veins, Massgrief, Vertigo", None),
        ("0418T0400", "90s & 2000s LEGENDZ: A RETRO DANCE PARTY", None),
        ("0419T0000", "Trans (Indie) Music Showcase", None),
        ("0419T0400", "Party Girl", None),
        ("0420T0500", "Flammable", None),
        ("0422T0300", "Sure Sure + Candy Cigarettes and Silvertongue", None),
        ("0423T0300", "Casmerva, Chlorine, Splitshft", None),
        ("0424T0300", "King Zaae, BNH Deluxe, Kid Cambo", None),
        ("0425T2300", "Dantiez Saunderson with Manwell & Blk Lab", None),
        ("0426T0400", "PROMISCUOUS – A 2000", None),
        ("0427T0500", "Flammable", None),
    ],
    "hiddenhall": [
        ("0329T0230", "CAREFUL WHAT YOU WISH FOR: A circus-burlesque parody of modern dating, fairytales, and the questionable wishes we make along the way...", None),
        ("0330T0230", "Lew Sid w/ Vic Daggs II, Campana", None),
        ("0331T0230", "Mo Jam Mondays", None),
        ("0401T0200", "Pity Party (Girls Club) w/ Buddha Trixie", None),
        ("0402T0200", "WESTERN WEDNESDAYS: Country Dance Night", None),
        ("0403T0230", "Hockey Teeth w/ Wiseacre, Poached", None),
        ("0404T0300", "PARLOR GREENS with guests Annie J (full band)", None),
        ("0405T0200", "DES ROCS with Special Guests", None),
        ("0408T0200", "REFLECT - Deep House & Melodic Techno", None),
        ("0410T0230", "SATSANG (solo) with guest Joey Harkum (solo)", None),
        ("0411T0300", "TAUK with The Jauntee", None),
        ("0412T0300", "CYTRUS x BOOT JUICE", None),
        ("0413T0200", "Dylan Reese x Adam Yokum w/ Emanuel Brown, Sean Patek", None),
        ("0416T0230", "MFG aka Maxwell Friedman Group with McTuff \\'The V3\\'", None),
        ("0417T0230", "Blackheart Honeymoon w/ OK Tiger, Marco Marco", None),
        ("0418T0200", "Babes in Canyon w/ Small Paul, Juliet Daniel", None),
        ("0419T0400", "Lagos Island Seattle with Flygerian Jeff (Bay Area), VIBESBYMARCEL, DJ Nayiram", "tixr-178806"),
        ("0420T0230", "COLD COMFORT w/ Waltzerr, All Star Opera", None),
        ("0421T0230", "Mo Jam Mondays", None),
        ("0423T0200", "PNW Bluegrass Getdown feat Hemlock Revival, Si Tu Savais (plays Grisman) and The Weather Pennies", None),
        ("0424T0230", "WISHING WELL w/ Larches, Divorce Care (solo)", None),
        ("0425T0400", "\"I WANT IT THAT WAY: 90s/2000s Dance Party\" feat #ALL4DORAS and DJ Dance Dance", None),
        ("0426T0000", "SHAYFER JAMES with Maiah Wynne", None),
        ("0426T0500", "WHERE\\'S THE LOVE: An R&B Experience", None),
    ],
    "funhouse": [
        ("0329T0300", "Howling Giant with Insomniac, Calm Collapse, The Moon is Flat", None),
        ("0330T0230", "Ally Nicholas with Zailee Haze", None),
        ("0401T0200", "KARAOKE", None),
        ("0403T0300", "Raven - Can't Take Away The Fire - North America 2026 with Slackjaw, Star Chamber, Armed for Apocalypse", None),
        ("0404T0300", "My Chemical Fauxmance with Feeling This? - Blink 182.0", None),
        ("0405T0300", "Girl In A Coma with Skating Polly, Lovely Colours", None),
        ("0406T0230", "MIDWESTLUST / Quitter / TANNERITE (Spokane / CDA) / Weeping Slit (Spokane)", None),
        ("0408T0200", "KARAOKE", None),
        ("0409T0300", "System of a Clown with Falling Forever (Evanescence Tribute)", None),
        ("0410T0300", "Ravagers / Clean Lines with Cheex", None),
        ("0411T0230", "male//gaze / Fox Medicine (PDX) / Skeleton Suits / Antimxb", None),
        ("0412T0300", "Codefendants with Pretty Deadly, Old Cross, Chisme", None),
        ("0413T0230", "Jonathan Ray with Collins Beach, Cab and the Rats, Sundaze", None),
        ("0414T0230", "Voltaire's Ghost with Ugly Jug, Horsefight", None),
        ("0415T0200", "KARAOKE", None),
        ("0416T0300", "Essenger with Echos", "elcorazon-essenger-15-apr"),
        ("0418T0300", "Mistress of Reality - All Female Black Sabbath Tribute with Hell Awaits - The Slayer Tribute", None),
        ("0418T2200", "NiNi Music - The East Goes West Tour with BOTCASH ft. TJ Minor, Hyperstrike, Jody Ellen", None),
        ("0420T0100", "Oathbound with Everglade, Mémoire, Manzanita Death March, Hellbox, Adorn", None),
        ("0422T0200", "KARAOKE", None),
        ("0424T0300", "GeminiiDRAGON with Santiago Ortega", None),
        ("0427T0230", "Crucible Of Absolution with Verota, Last Respite, Those In Agony, Cellblock 3", None),
    ],
    "crocodile": [
        ("0329T0200", "Sugar Sammy, Tyson Gusman", None),
        ("0329T0500", "Party Girl - A Night of Party Girl Anthems", None),
        ("0403T0300", "The Moss, Rec Hall", None),
        ("0404T0200", "Brandon Wardell, Haley Stiel", None),
        ("0405T0100", "LACUNA COIL: Sleepless Empire Tour 2026 w/ Special Guests ESCAPE THE FATE and VOWWS", None),
        ("0406T0300", "BIT BRIGADE Performs \"Mega Man X\" LIVE w/ 8-Bit Brass Band", None),
        ("0407T0300", "KXLLSWXTCH: EYESORE Tour w/ Warlord Colossus, Druidess", None),
        ("0408T0200", "The Summer Set, Senses, Lindsay Ell, Good Boy Daisy", None),
        ("0411T0030", "Cameron Esposito", None),
        ("0412T0100", "Fishbone - In Your Face 40th Anniversary w/ Bite Me Bambi & Kimya Dawson", None),
        ("0412T0500", "Afrobeats to the World", "ticketweb-14066684"),
        ("0413T0200", "Weedeater, Conan, Telekinetic", None),
        ("0415T0230", "THURSDAY presents FULL CITY DEVOLUCION with special guest CHRIS CONLEY", None),
        ("0416T0300", "Throwing Muses", None),
        ("0418T0100", "Flyte, Samantha Crain", None),
        ("0418T0500", "Daft Disko: Seattle", "ticketweb-14104304"),
        ("0419T0100", "Drugdealer, Josh Da Costa", None),
        ("0419T0500", "Gimme Gimme Disco", None),
        ("0419T1900", "SCHOOL OF ROCK: Spring Season Preview", None),
        ("0421T0200", "Bleed From Within - The Zenith Tour - North America", None),
        ("0422T0300", "Lebanon Hanover, TRAITRS , SOFT VEIN", None),
        ("0423T0300", "Ryan Caraveo: The Forever Foggy Tour w/ Special Guest VICENTE", None),
        ("0424T0300", "Moonchild, Brittney Carter", None),
        ("0425T0100", "Food House,  torr", "ticketweb-14175904"),
        ("0426T0100", "LANGHORNE SLIM: The Dreamin’ Kind Tour w/ Laney Jones and the Spirits", None),
        ("0426T0500", "Saxsquatch, Lola K", "ticketweb-14586013"),
        ("0427T0300", "THE WEDDING PRESENT: Seamonsters 35th Anniversary Tour w/ Mark Robinson sings Unrest", None),
    ],
}

# 19hz.info: (DTSTART UTC "MMDDTHHMM", SUMMARY, LOCATION, the venue page its URL names as "source/id", or None).
HZ = [
    ("0328T2000", "Ska Turns the Tables", "Roam", None),
    ("0328T2100", "Flair Taco Takeover", "Flair Taco Slu", None),
    ("0328T2200", "Aries SZN", "TBA", None),
    ("0329T0130", "Gorgon City", "Magnuson Park Hangar 30", None),
    ("0329T0200", "Inzo, What So Not, know good, Zen Selektah, Blookah", "WaMu Theater", None),
    ("0329T0300", "Lunar Occulted: Unofficial Mirrorverse Afters", "3600 E Marginal Wy S", None),
    ("0329T0300", "Skin Contact", "Open Form", None),
    ("0329T0300", "Ostara: Hex City", "The Mountain Room", None),
    ("0329T0400", "Habstrakt", "Substation", None),
    ("0329T0400", "Infekt, MUST DIE!, Mythm, Bommer", "The Showbox", None),
    ("0329T0400", "Rave 2 Save", "Orient Express Restaurant & Lounge", None),
    ("0329T0400", "Fuego Latin Festival 2.0", "Pono Ranch", None),
    ("0329T0400", "Deep In The Underground Of MERLANTIS", "Base Camp Studios 2", None),
    ("0329T0400", "The Seattle Freeze", "Roam", None),
    ("0329T0400", "B Negative", "Mercury @ Machinewerks", None),
    ("0329T0500", "Bad Mood", "Kremwerk", None),
    ("0329T0500", "Barcode: Tunz", "Kremwerk", None),
    ("0329T0500", "DJ Chelsea", "Ohm Nightclub", None),
    ("0329T0500", "Kerri Colby (DJ Set)", "Q Nightclub", None),
    ("0329T0500", "LEGACY: The Cuff Complex's 33rd Anniversary Party", "The Cuff Complex", None),
    ("0329T0500", "CLOWNCORE", "Asylum Collective", None),
    ("0329T0500", "Diggin' Deep: CIOZ / Emergence DnB", "Monkey Loft", None),
    ("0329T0500", "Makes Me Restless: Kurilo", "TBA", None),
    ("0329T2000", "Eastside Spin Jam", "Crossroads Community Center", None),
    ("0329T2100", "Reverie Society: DJs + Yoga", "Monkey Loft", None),
    ("0330T0200", "femtanyl", "Neumos", None),
    ("0330T0200", "Monrroe, Sustance", "Substation", None),
    ("0330T0500", "Flammable", "Chop Suey", "chopsuey/ticketweb-14002654"),
    ("0331T0300", "Cobrah", "Showbox SoDo", None),
    ("0331T0400", "Monday Moves", "Timbre Room", None),
    ("0401T0130", "Flowshop: Open Jam", "Washington Hall", None),
    ("0401T0200", "Modbang", "The 4Bs", None),
    ("0401T0300", "Electric Taco Tuesday", "Airport Tavern", None),
    ("0401T0400", "World of Drum & Bass: DJ SS, This Is INJA, T.R.A.C.", "Roam", None),
    ("0401T0400", "Die: Blue Tuesday", "Mercury @ Machinewerks", None),
    ("0402T0400", "Bite Club", "Mercury @ Machinewerks", None),
    ("0403T0300", "FKA Twigs, Brutalismus 3000", "WaMu Theater", None),
    ("0403T0300", "FRQ TEMPO", "The Mortuary", None),
    ("0403T0400", "Listening Session: Massive Attack - 100th Window", "Shibuya Hi-Fi", None),
    ("0403T0400", "Hurtbox", "Substation", None),
    ("0403T0500", "Bitch Club Remix", "Kremwerk", None),
    ("0403T0500", "Hypnotic: Knosubz (Open to Close)", "Kremwerk", None),
    ("0403T0500", "JOOSED", "Timbre Room", None),
    ("0403T2300", "Hardcore Foundations", "5 Star Cafe & Bar", None),
    ("0404T0100", "Otoconia House Music Social :: Miss Min.D & Trinitron", "Crystal Lounge", None),
    ("0404T0300", "Blunts & Blondes", "Baba Yaga", None),
    ("0404T0300", "Mind Enterprises", "Neumos", None),
    ("0404T0300", "Ultra Sunn + Ceremony Shadows & Skull Cultist", "Substation", None),
    ("0404T0300", "Continuum: The Super Official Sakuracon Afterparty", "Time Warp", None),
    ("0404T0400", "Bach Anal", "Massive", None),
    ("0404T0400", "Vandelux, Rio Kosta", "The Showbox", None),
    ("0404T0400", "Good Company", "Roam", None),
    ("0404T0400", "PETALPALOOZA", "Vue Lounge", None),
    ("0404T0400", "GASP: Goth Prom", "Mercury @ Machinewerks", None),
    ("0404T0430", "Anime Rave", "Vice", None),
    ("0404T0430", "Electric Garden Rave Night", "Belltown Yacht Club", None),
    ("0404T0500", "Colours Global Sound", "Captain Black's", None),
    ("0404T0500", "Hyeonje (Open to Close)", "Kremwerk", None),
    ("0404T0500", "Le Twins", "Ora", None),
    ("0404T0500", "Max Dean", "Q Nightclub", None),
    ("0404T0500", "Partiboi69", "Substation", None),
    ("0404T0500", "Tal Fussman", "Substation", None),
    ("0404T0500", "United We Dance: The Ultimate Rave Experience", "Airport Tavern", None),
    ("0404T0500", "Soft Option", "Monkey Loft", None),
    ("0404T0500", "K-Lone b2b Facta", "TBA", None),
    ("0404T1900", "Bounce Brunch: Disco Edition", "Zeitgeist Coffee", None),
    ("0404T2000", "House Blend", "Pacha Collective", None),
    ("0404T2000", "Day Party - Spring Kickoff", "Comet Tavern", None),
    ("0404T2000", "Down Bad Spring Break", "Roam", None),
    ("0404T2100", "Bass of Sin", "Seward Park", None),
    ("0404T2230", "Listening Session: Nine Inch Nails - Tron: Ares", "Shibuya Hi-Fi", None),
    ("0405T0100", "HUSH: Karma", "HAPO Center", None),
    ("0405T0300", "Supertask", "Neumos", None),
    ("0405T0300", "Anime Rave: Gammer, Julienne By, Seduza, Sennoh", "The Shop", None),
    ("0405T0300", "Full Moon Frequency", "Roam", None),
    ("0405T0400", "Max Styler", "Showbox SoDo", None),
    ("0405T0400", "Tinzo + Jojo, RaeCola", "The Showbox", None),
    ("0405T0400", "The Original Sapphic Soiree", "Asylum Collective", None),
    ("0405T0500", "Club CTRL: DJ Shannon", "Timbre Room", None),
    ("0405T0500", "Hello Kitty & Friends", "TBA", None),
    ("0405T0500", "Hoang", "Q Nightclub", None),
    ("0405T0500", "Lil Texas, Alyssa Jolee", "Substation", None),
    ("0405T0500", "SIN", "Kremwerk", None),
    ("0405T0500", "Nighthawk", "Monkey Loft", None),
    ("0405T0500", "Serum: Kim Ann Foxman", "TBA", None),
    ("0405T2000", "Eastside Spin Jam", "Crossroads Community Center", None),
    ("0405T2000", "Sonic Adventure XD: Sakura-Con Park Rave", "Freeway Park", None),
    ("0405T2200", "Reverie Society: Viva La Sara & Cathy's Birthday", "Monkey Loft", None),
    ("0406T0330", "Six Sex", "Baba Yaga", None),
    ("0408T0130", "Flowshop: Flow Style Club Juggling w/ Jeremiah Johnston", "Washington Hall", None),
    ("0408T0300", "Electric Taco Tuesday", "Airport Tavern", None),
    ("0409T0400", "PROTOKOL: Goths Against Fascism/EBM Worldwide Fundraiser For ACLU", "Mercury @ Machinewerks", None),
    ("0410T0000", "Listening Session: Jean Michel Jarre - Oxygene", "Shibuya Hi-Fi", None),
    ("0410T0300", "Qual + Holy Water & God Tongue", "Substation", None),
    ("0410T0300", "Two Worlds, One Room", "Roam", None),
    ("0410T0400", "MCR-T", "Substation", None),
    ("0410T0400", "Emergence", "Cherry", None),
    ("0410T0400", "Lagos Island Seattle", "Hidden Hall", "hiddenhall/tixr-178806"),
    ("0410T0430", "UKG SEA: Nash Rly", "Vice", None),
    ("0410T0500", "DRIP", "Kremwerk", None),
    ("0410T1700", "Andy Moor", "Ora", None),
    ("0411T0000", "Belltown Art Walk - Chris Kuhel & Wonder Twinz", "Crystal Lounge", None),
    ("0411T0300", "NonSeq: Carrie Decunzo Mirande, Nour Mobarak", "Chapel Performance Space", None),
    ("0411T0400", "Research: Powder", "TBA", None),
    ("0411T0400", "Sorry For Party Rocking", "Chop Suey", "chopsuey/ticketweb-14188584"),
    ("0411T0400", "Spring Breakerz: Armana Khan", "Massive", None),
    ("0411T0430", "Hi I'm Ghost (360 Set)", "Vice", None),
    ("0411T0500", "Soulectro", "Vermillion Art Gallery & Bar", None),
    ("0411T0500", "Dirt Monkey, Evaluation", "Substation", None),
    ("0411T0500", "Maddix", "Q Nightclub", None),
    ("0411T0500", "Pachanga", "Kremwerk", None),
    ("0411T2100", "Listening Session: Blade Runner - Original Motion Picture Soundtrack", "Shibuya Hi-Fi", None),
    ("0412T0100", "Yuri's Night", "The Museum of Flight", None),
    ("0412T0300", "DUB N' ROOTS", "Culture Yard", None),
    ("0412T0300", "Impossible Garden", "Hazard Factory", None),
    ("0412T0300", "Technocore 9", "Kremwerk", None),
    ("0412T0400", "Said The Sky, MitiS", "Showbox SoDo", None),
    ("0412T0400", "Afrobeats to the World", "The Crocodile", "crocodile/ticketweb-14066684"),
    ("0412T0400", "Snakehips", "Victory Hall", None),
    ("0412T0500", "Friction", "Q Nightclub", None),
    ("0412T0500", "Wuki", "Substation", None),
    ("0412T2000", "Eastside Spin Jam", "Crossroads Community Center", None),
    ("0412T2200", "Reverie Society: Colette", "Monkey Loft", None),
    ("0415T0300", "Oklou", "Showbox SoDo", None),
    ("0415T0300", "Pinkpantheress", "WaMu Theater", None),
    ("0415T0300", "Electric Taco Tuesday", "Airport Tavern", None),
    ("0415T0500", "Pinkpantheress Afterparty", "Massive", None),
    ("0416T0200", "DUB FX, Prezence", "Nectar Lounge", None),
    ("0416T0300", "Essenger, Echos", "The Funhouse", "funhouse/elcorazon-essenger-15-apr"),
    ("0417T0300", "Two Worlds, One Room", "Roam", None),
    ("0417T0300", "High Drive", "Orient Express Restaurant & Lounge", None),
    ("0417T0400", "Listening Session: Tame Impala - Deadbeat", "Shibuya Hi-Fi", None),
    ("0417T0400", "Sanzu", "Substation", None),
    ("0417T0400", "Transcend: Saint Sinner (Live)", "Monkey Loft", None),
    ("0417T0500", "En-Route", "Kremwerk", None),
    ("0418T0200", "4th Annual Fourest 20 Campout", "TBA", None),
    ("0418T0400", "Miss Bashful", "The Showbox", None),
    ("0418T0400", "Yousuke Yukimatsu", "Showbox SoDo", None),
    ("0418T0400", "Listening Session: Daft Punk - Random Access Memories", "Shibuya Hi-Fi", None),
    ("0418T0400", "Daft Disko", "The Crocodile", "crocodile/ticketweb-14104304"),
    ("0418T0400", "Tech Noir: Grim Shady", "Mercury @ Machinewerks", None),
    ("0418T0400", "Yes Sir", "Massive", None),
    ("0418T0430", "ero808", "Vice", None),
    ("0418T0500", "Avello", "Q Nightclub", None),
    ("0418T0500", "Royskopp", "Substation", None),
    ("0418T0500", "SLIP", "Kremwerk-Timbre Room-Cherry Complex", None),
    ("0418T1600", "Daybreaker // Let's Be Friends", "Stone Way Auto Fremont", None),
    ("0419T0000", "Listening Session: Boards of Canada - The Campfire Headphase", "Shibuya Hi-Fi", None),
    ("0419T0000", "Obsidian: Monkey Safari", "On the Hiyu", None),
    ("0419T0400", "William Black", "Showbox SoDo", None),
    ("0419T0400", "COSTA", "Roam", None),
    ("0419T0500", "CLUB MILK", "TBA", None),
    ("0419T0500", "Fun Party: Ariel Zetina", "Massive", None),
    ("0419T0500", "Enchanted Forest", "Ohm Nightclub", None),
    ("0419T0500", "Jody Wisternoff", "Q Nightclub", None),
    ("0419T0500", "Kanine", "Substation", None),
    ("0419T0500", "Madeline Goldstein", "Cherry", None),
    ("0419T0500", "Uniting Souls", "Kremwerk", None),
    ("0419T0500", "THIS!: Tony Humphries", "Monkey Loft", None),
    ("0419T2000", "Sauna Rave", "Pier 62", None),
    ("0419T2000", "Eastside Spin Jam", "Crossroads Community Center", None),
    ("0419T2100", "Felix Cartal", "On the Hiyu", None),
    ("0420T0000", "Miku Expo Warm-up Party", "2040 Westlake Ave N", None),
    ("0422T0300", "Electric Taco Tuesday", "Airport Tavern", None),
    ("0423T0100", "Listening Session: Martin O'Donnell & Michael Salvatore - Halo (Original Soundtrack)", "Shibuya Hi-Fi", None),
    ("0423T0400", "ROZ", "Substation", None),
    ("0424T0100", "Listening Session: Charlotte Gainsbourg - Rest", "Shibuya Hi-Fi", None),
    ("0424T0300", "Two Worlds, One Room", "Roam", None),
    ("0424T0400", "ROBOCUNT", "Massive", None),
    ("0424T0400", "Listening Session: Daft Punk - Discovery", "Shibuya Hi-Fi", None),
    ("0424T0400", "Jacques Greene", "Substation", None),
    ("0424T0400", "Neon Steve", "Substation", None),
    ("0425T0100", "Food House, Torr", "The Crocodile", "crocodile/ticketweb-14175904"),
    ("0425T0300", "Subdocta, Pressha", "Nectar Lounge", None),
    ("0425T0400", "BEAUZ, MADGRRL", "The Showbox", None),
    ("0425T0400", "Boots 'N Beats: A Night Of Country & EDM", "Spanish Ballroom At McMenamins Elks Temple", None),
    ("0425T0400", "Listening Session: Odesza - The Last Goodbye", "Shibuya Hi-Fi", None),
    ("0425T0400", "Nostalgix", "Substation", None),
    ("0425T0400", "Sacred Dance: Nala, Syd Gris", "Monkey Loft", None),
    ("0425T0430", "J. Worra", "Vice", None),
    ("0425T0500", "DJ Sliink", "Cherry", None),
    ("0425T0500", "POP OFF", "Timbre Room", None),
    ("0425T0500", "Vini Vici", "Q Nightclub", None),
    ("0425T1800", "Coffee Rave", "Black Arrows Coffee", None),
    ("0426T0300", "CHYL", "Neumos", None),
    ("0426T0300", "REDLINE: Chris Lorenzo, Marco Strous, Dreya V, Tony H", "The Shop", None),
    ("0426T0300", "Tek Out: DJ Manny", "Kremwerk", None),
    ("0426T0400", "Ayybo", "The Showbox", None),
    ("0426T0400", "Le Youth", "Showbox SoDo", None),
    ("0426T0500", "Panteros666", "Q Nightclub", None),
    ("0426T0500", "Saxsquatch", "The Crocodile", "crocodile/ticketweb-14586013"),
    ("0426T0500", "Moon Flower", "Cherry", None),
    ("0426T0500", "Diggin' Deep: Doc Martin", "Monkey Loft", None),
    ("0426T2000", "Eastside Spin Jam", "Crossroads Community Center", None),
]
# fmt: on


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())[:40]


def record(source: str, external_id: str, moment: str, title: str, where: str | None) -> dict:
    venue, address, _online = location(where)
    return {
        "source": source,
        "external_id": external_id,
        "title": title,
        "start": f"2026-{moment[:2]}-{moment[2:4]}T{moment[5:7]}:{moment[7:9]}:00+00:00",  # DTSTART in UTC ('Z')
        "timezone": "America/Los_Angeles",
        "city": "Seattle",
        "venue_name": venue,
        "address": address,
    }


def build() -> list[dict]:
    rows = []
    pages = set()
    for source, listings in VENUES.items():
        for moment, title, page in listings:
            key = page or f"{moment}-{slug(title)}"
            row = record(source, key, moment, title, PLACES[source])
            rows.append({**row, "truth": f"{source}:{key}"})
            if page:
                pages.add(f"{source}/{page}")
    for moment, title, where, page in HZ:
        key = f"{moment}-{slug(title)}"
        row = {**record("19hz", key, moment, title, where), "truth": f"19hz:{key}"}
        if page:
            if page not in pages:
                raise SystemExit(f"19hz {key} names {page}, which no venue listing gives")
            row["truth"] = row["links_to"] = page.replace("/", ":", 1)
        rows.append(row)
    return rows


def main(argv: list[str]) -> int:
    """Write the records beside this file, or with --check compare them."""
    return write_or_check(build(), TARGET, check="--check" in argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
