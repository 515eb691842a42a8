"""Transcribe two real feeds of one community calendar (judell/community-calendar, Santa Rosa) into the records
our pipeline hands to dedup: North Bay Bohemian (a CitySpark newspaper calendar) and Sonoma County Library, both as
stored at commit 03db6bb52105c31926e9a2d108f0dfb18864681a, every listing starting on 21 or 22 July 2026.

Truth from the data: a Bohemian listing whose URL is a Sonoma County Library event page
(events.sonomalibrary.org/event/<slug>-<number>) is that library listing; the number is the library's event id.
Two Bohemian listings naming one other event page (devildogshows.com/event/...) are one event.
URLs are not handed to dedup (they are the truth)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from transcription import write_or_check  # beside this script

from sources.adapters._ical_fields import location  # the ICS adapter's own LOCATION split

SCL = "https://events.sonomalibrary.org/event/"
DDS = "https://devildogshows.com/event/andy-frasco-the-un-w-tba-2/"
EB_MURDER = "https://www.eventbrite.com/e/murder-on-main-street-murder-mystery-dinner-party-tickets-1978201779775"
SOL = "https://solanolibrary.libnet.info/event/"

# North Bay Bohemian: (UID, day-of-July, HH:MM, SUMMARY, LOCATION, URL or None when it names no event page of note)
# fmt: off
BOHEMIAN = [
    ("250831nTrVQvtQb0ef0djqNISmCg", 21, "16:00", "Cultivate Health, Harmony  and Vitality  with Qigong", "Songbird Community Healing Center", None),
    ("260113V0qDA7Lmo0mQKTmuDOCwpw", 21, "09:00", "Meets", "Occidental Center for the Arts", None),
    ("260710KTo8IQwLGUKEsUKS9S9p1w", 21, "09:00", "ME SPA Sacred Elements Summer Skincare Sale", "ME Spa", None),
    ("260708HlWQS3mkHEOqoDYahACmZw", 21, "09:00", "Roots of the Valleys: A Photography Exhibit", "San Geronimo Valley Community Center", None),
    ("260706SpGHbAmXJkK-rQOxVh7u-g", 21, "19:00", "CALLE MÁLAGA: Presented By The Sonoma International Film Festival", "Sebastiani Theatre", None),
    ("260705NTCj_IUZzk2Nt3Dr5w9sjg", 21, "17:30", "Beginner Salsa - Tuesdays", "Salsa Dance Marin", None),
    ("260704KHaPjKDE00K16aHq-ARL0Q", 21, "18:30", "Intermediate Salsa Class", "Salsa Dance Marin", None),
    ("260702A8TsKq5w90KWZDx95B-KGQ", 21, "22:00", "Surplus Wine Barrels Online Auction", None, None),
    ("260627KNK2ral9Wk-1O2iUbeBqYg", 21, "09:30", "Garden Stewards Workday at La Tercera Park", "La Tercera Park", None),
    ("2606174idAtk2Ep02EAtuEXhsxOQ", 21, "10:00", "The SpongeBob Musical", "Spreckels Center for the Performing Arts", None),
    ("260616DD5S9pZ3WkGePZWV6Uh_Qw", 21, "11:00", "Art Exhibit: Local Color", "Upstairs Art Gallery", None),
    ("260609yjc659YxFk2bPOUoan4Ilw", 21, "10:00", "Kids Scuba Camp", "Pinnacles Dive Center", None),
    ("260605PuqInia3UE-qBNSj-C07Hw", 21, "09:00", "BLS Certification Class (American Heart Association)", "Vive CPR", None),
    ("260604a8Q6pV9TY06GEr7FeXuSoA", 21, "18:00", "Tuesdays in the Plaza: Máxima Frecuencia (Latin / Norteño / Corridos)", "Healdsburg Plaza", None),
    ("260603wHrq1h5l2kWrnyLzt8TCdw", 21, "16:15", "Summer Teen & Young Adult Group", "Juniper & Jade Psychotherapy Inc", None),
    ("260603CoVM38X3NE662t7kNETs-g", 21, "19:00", "Valley of the Moon Music Festival: Alfresco Concert 2 at Buena Vista Winery", "Buena Vista Historical Winery", None),
    ("260529H8itQHnnXEap33BEAIintw", 21, "10:00", "TAKE YOUR TIME: Oil Pintings by Sharon Eisley", "Sebastopol Gallery", None),
    ("260508_HJ3z3geMUWzTxHcYdkqjg", 21, "09:00", "Creative Arts Camp at Hanna Center", "Hanna Center’s Large Conference Room", None),
    ("260313OjpxpM3VGkKTsk51Xrf39g", 21, "10:00", "Spirit Guides", "Sonoma Botanical Garden", None),
    ("260707TpfLJMiJHkutiefsPfTjTw", 21, "12:00", "Lunch at the Library", None, SOL + "16811475"),
    ("260303SwHqsjm2jE297jhxX8Z6bw", 21, "09:00", "Healdsburg Certified Farmers' Market: Tuesdays", "Foley Family Community Pavilion", None),
    ("260720lmSh5slWN0ubgYDg-CQ5Tg", 21, "09:30", "The Petaluma East Side Farmers' Market", "Petaluma Community Center (Club Room)", None),
    ("260715KbzGD_CC-US37feKMOKOLQ", 21, "10:00", "Suzanne Jacquot, Art at La Crema Winery", "D", None),
    ("260708RVoA-wvCL0GxG6WiOXwlfw", 21, "09:00", "Napa County Vineyard Industry Forum", "Meadowood", None),
    ("260708Cz5ZjW_ZXkWD2umNCOn-7A", 21, "17:30", "Lighthouse Dream - Paint Night", "HopMonk Tavern Novato", None),
    ("260708-XSsha271E-1q5ZMBR4eXw", 21, "18:00", "July 2026 RERA Dinner", "Amy's Roofing and Solar", None),
    ("260705tej6VVxxT0WOferv4hxP6Q", 21, "19:00", "Andy Frasco & the UN w/ Special Guest- Eric Lindell", "The Junction", DDS),
    ("2606103GyB62say06NMToFXpg-7Q", 21, "17:30", "Luther Locals Live", "Datoire Foundation", None),
    ("26060520Sg-_2YE0ODkrmeyE9-Sg", 21, "08:30", "Speed Networking", "Redwood Credit Union", None),
    ("260603K5gZZ1qq50SikXZv1E8BeA", 21, "16:00", "Household Hazardous Waste Collection", "Abel de Luna Community Center", None),
    ("2605147WThlJ389EaHHjIqWgDh6g", 21, "19:00", "The U.N.", "The Junction Beer Garden", None),
    ("260421uHTiqX99mkO6V0TgKufrrw", 21, "19:00", "Andy Frasco & the UN w/ Tba", None, DDS),
    ("260419m64cvHN3k0G8w5fUAaRQxA", 21, "17:30", "Luther Locals Live with Jason Farnham", "Nelson Family Grand Plaza", None),
    ("260406SrOOaD3-nEO_58jyOarGbA", 21, "17:00", "Griffo Game Night Last Tuesday of Every Month", "Griffo Distillery", None),
    ("251028sGo2_ITsyEa7MU2gZQrUdA", 21, "19:00", "Open Mic Tuesdays at The Hydro Bar and Grill  in Calistoga", "The Hydro Bar and Grill", None),
    ("260720V4I5c15K30qmCmDjOq_8pQ", 21, "10:00", "Gamble Estates Sauvignon Blanc Experience", "Gamble Estates ", None),
    ("260718WfenWh3eXUaeZNncu0fQ2Q", 21, "17:00", "Live Music Happy Hour - Ken Risling with Avery & Oona!", "Barrel Proof Lounge", None),
    ("260717dd0EwLqWpE6EBXH-a_hUkA", 21, "20:00", "Tuesday Night Comedy Showcase with Tony Sparks", "Barrel Proof Lounge", None),
    ("260626m3EgrfDXYU2Z6ItG3Mu9cg", 21, "18:00", "Books on Tap", "Vallejo Brewing Co", None),
    ("260624DKxu3rx7wk-mznFwvyw73Q", 21, "10:00", "Pilates with Raja", "Salsa Dance Marin", None),
    ("2605259D0NrC-XuUGzV0C9fFC8kQ", 21, "14:00", "American Mah-Jongg: Open Play", "Yountville Library", None),
    ("260313b9yxt3XPv0ORjl74q9mwGg", 21, "19:00", "Karaoke Night", "shady oak brewing company", None),
    ("260312vRyZPHcqH0aMY8qN8sfaUQ", 21, "11:00", "The Brandlin Estate Wine & Food Tasting Experience", "Brandlin Estate ", None),
    ("2601209dQojlENhkK5xvettNp4HQ", 21, "18:00", "Tuesday Night Run Club at Sports Basement", "Sports Basement", None),
    ("260519wkttfbxh3EmyuuSjRmCnKw", 21, "19:00", 'Artist\'s Way Group Next Chapter: "The Book of Alchemy"', "Alibi Bookshop", None),
    ("260720ry0ZE1F_t0a5xYm7WPZh7w", 21, "10:15", "1:1 Tech Help", "Sebastopol Regional Library", SCL + "11-tech-help-113261"),
    ("260720m2mu4f6Zi0GIBcN2E7vdAQ", 21, "15:30", "Bouquet Making Workshop", "Forestville Community Library", SCL + "bouquet-making-workshop-108995"),
    ("260720lXIoKqNJGkiwHIv9MLZDkg", 21, "16:00", "French Family Storytime", "Sonoma Valley Regional Library", SCL + "french-family-storytime-96513"),
    ("260720iVDHXFBwRE6P1AyXHsVOpg", 21, "13:00", "BiblioBus at Silvercrest Apartments", "Silvercrest Residence", SCL + "copy-bibliobus-silvercrest-apartments-95167"),
    ("260720iFe_C2jyAE6zchtZI_oypg", 21, "11:00", "Rohnert Park Book Club", "Rohnert Park Cotati Regional Library", SCL + "rohnert-park-book-club-92207"),
    ("260720hbWVmRAzXEOstwiqp7Hd_g", 21, "10:15", "Storytime at Loma Vista Farm", "Vallejo Springstowne Library", SOL + "16528346"),
    ("260720gXuCVeRHKkO9P8Xv-l9ZNA", 21, "10:00", "Healdsburg Senior Center Book Club", "Healdsburg Senior Center", SCL + "healdsburg-senior-center-book-club-92086"),
    ("260720f3kOxKDdyEG956cP4csojA", 21, "14:00", "Didgeridoo Down Under", "Northwest Santa Rosa Library", SCL + "didgeridoo-down-under-110662"),
    ("260720ewuoq0gX60SrvdJ0PG8JAg", 21, "14:30", "Read to a Dog: Meet Allie!", "Fairfield Cordelia Library", SOL + "16489716"),
    ("260720cYnVjz1J502fq1y4tdnjZg", 21, "15:00", "DIY i-Spy Bottle", "Vallejo Springstowne Library", SOL + "16530121"),
    ("260720cUpru4d6x0-ffWNPiYDpyQ", 21, "12:00", "Lunch at the Library", "Rohnert Park Cotati Regional Library", SCL + "lunch-library-109607"),
    ("260720cEMlN6lnSUShx0uU_ftbiQ", 21, "16:00", "Stay and Make", "Sonoma Valley Regional Library", SCL + "stay-and-make-96525"),
    ("260720_zS78t5UZka3WicIjW1xjw", 21, "10:30", "Jungle James Animal Adventures", "Petaluma Regional Library", SCL + "jungle-james-animal-adventures-110226"),
    ("260720__3MGQDAyUi6vpuFQV_vjQ", 21, "12:00", "Lunch at the Library", "Windsor Regional Library", SCL + "lunch-library-110555"),
    ("260720_-z1lL3DnEe8tVnsv2W-sg", 21, "10:00", "Tech Tuesday (Middletown)", "Middletown Library", None),
    ("260720YPXtl_6RGkSzU_mllYxFTA", 21, "12:00", "Lunch at the Library", "Petaluma Regional Library", SCL + "lunch-library-110598"),
    ("260720Wmmc_i8k9EGJI0JFyXb7Nw", 21, "15:30", "Graphic Novel Book Club", "Petaluma Regional Library", SCL + "graphic-novel-book-club-108516"),
    ("260720WhybD47K_kKu_KZfw_rt6g", 21, "10:00", "Summer Reading Celebration", "Napa County Library", None),
    ("260720U94g9XftP0qmv8EfMbcykA", 21, "10:30", "BiblioBus at Living Room Life Center", "Living Room Life Center", SCL + "bibliobus-living-room-life-center-95141"),
    ("260720SIBXkrZ5OESyMbJsS4zDFg", 21, "17:00", "One on One Tech Help", "Petaluma Regional Library", SCL + "one-one-tech-help-111202"),
    ("260720PBgB_2IVekOH-FzaufE-2w", 21, "15:30", "Summer Movies", "Guerneville Regional Library", SCL + "summer-movies-111483"),
    ("260720C3cUnQ3g0ECP9rfCKo8_5g", 21, "12:00", "Lunch at the Library", "Sonoma Valley Regional Library", SCL + "lunch-library-110510"),
    ("2607208GvUUJI2_0qlUNSLjzmTHw", 21, "14:00", "Road to Employment", "Vallejo Springstowne Library", SOL + "15303588"),
    ("2607207s47Hu9UJ0ioAhImOUGPHw", 21, "11:30", "Kids' Garden Events: Scented Scavenger Hunt", "Petaluma Regional Library", SCL + "kids-garden-series-cupcake-snake-114722"),
    ("26072063t8N2LeVUmFsMXDLxcLXw", 21, "12:00", "Lunch at the Library", "Roseland Regional Library", SCL + "lunch-library-110149"),
    ("2607204FUANjj8gUaModFjtSYxeg", 21, "14:30", "Generations and Books: Read with Kathy Mathe", "Napa County Library", None),
    ("2607202RhNHiRAw06xLf4FyJukeQ", 21, "15:30", "Adaptive Art Studio", "Sebastopol Regional Library", SCL + "hold-teen-src-events-105672"),
    ("2607201I15Ci_btkO6buyDIvaQvw", 21, "18:00", "Books on Tap", "Vallejo Springstowne Library", SOL + "16762006"),
    ("2607200a04L-Sk9kWFnRumEcGedg", 21, "18:30", "Fairfield Cordelia Evening Book Club", "Fairfield Cordelia Library", SOL + "15387689"),
    ("2607082M7463qC1kKaTIImiInrXA", 21, "10:30", "Storytime", "Middletown Library", None),
    ("260707zmzgJkbhJkOTwnLwSXXKnw", 21, "10:15", "CANCELLED--Artificial Intelligence Essentials for Entrepreneurs", "Guerneville Regional Library", SCL + "artificial-intelligence-essentials-entrepreneurs-115090"),
    ("2606126nw-RDX9TUaXGUfSfRQLKQ", 21, "11:00", "Baby Village @ IVES PARK", "Ives Park", SCL + "baby-village-ives-park-114564"),
    ("260610YX8IAsinzkaEhAwrRS3gQA", 21, "10:30", "Baby Bounce Storytime", "Fairfield Cordelia Library", SOL + "14281714"),
    ("260610Sxow8erHw02uN0fXUETqaA", 21, "14:15", "American Mah Jongg 101", "Yountville Library", None),
    ("260520KVzZH9Iu1EmBa27GOrCpbA", 21, "11:00", "Family Storytime", "Sonoma Valley Regional Library", SCL + "family-storytime-96610"),
    ("260303_zgkTB8VykOK8HUJw3sDbw", 21, "10:30", "Toddler Storytime", "Central Santa Rosa Library", SCL + "toddler-storytime-99013"),
    ("260205utvEDQZdFEWUzkfogsIbLA", 21, "11:00", "One-On-One Tech Help", "Northwest Santa Rosa Library", SCL + "one-one-tech-help-100703"),
    ("260720NYE8JggcG0eizSyB_sj2FQ", 21, "10:00", "Gentle Watercolor with Nancy Ballard", "Petaluma Arts Center", None),
    ("260714c8uyRj-KwkedgpuoJOAa_A", 21, "00:00", "Chamber Luncheon", "Windsor Grange #410", None),
    ("260504cuaRyVq90kStE2wSEYdMRw", 21, "00:00", "Santa Rosa Taco Tuesday Bike Ride", "SRJC Parking Lot", None),
    ("260610vfcpez34UEm8cymafZ4HWQ", 22, "19:00", "Wednesday Night Meditation and Dharma Talk", None, None),
    ("26040644ERqO5cS0yNFpugtHsqjg", 22, "18:00", "Drag Trivia @ Griffo EVERY Last Wednesday", "Griffo Distillery", None),
    ("260606a4qefxOyi0Kz8fGJ1pJqug", 22, "18:20", "Vallejo Run Club", "Vallejo Ferry Terminal", None),
    ("251223Qb-31f2pekGo865OQlJDnA", 22, "20:00", "Wednesday Night Open Mic", "Townhouse Cocktail Lounge", None),
    ("260712aiu4YVznGUCzsULkPrfihg", 22, "09:30", "LGBTQ in The Bay Area Today", None, None),
    ("260720qlOwEf-hD0aJJJ-9SRmUFw", 22, "13:30", "Keychain Charm Bar", "The Courtyard at Montgomery Village", None),
    ("260720COaQ8HiTQEqkoeemtEtNzg", 22, "17:15", "Wednesday Wines & Sunsets Concerts with Tom Richardson Band", "Paradise Ridge Winery", None),
    ("260716Zi0PFzrAxkGrpQBQPdkfNQ", 22, "12:00", "Roller Disco Daze", "Lagoon Island, Marin County Fairgrounds", None),
    ("260710jSc_WkZFtEu_x_G6AwZeTA", 22, "18:30", "Back pOrchEstra + Jesse DeNatale at Hopmonk Sebas. Peacetown Wed 7/22 6:30p", "HopMonk Tavern", None),
    ("2607108DmdY_-QiU66EvthskOlBg", 22, "09:00", "ME SPA Sacred Elements Summer Skincare Sale", "ME Spa", None),
    ("260709zuD2rOl9jUW4rNcNgBZY_g", 22, "18:30", "Feminist Book Club: Sister Outsider: Essays and Speeches by Audre Lorde", None, None),
    ("260709CWyD1-t5o0OwHrocc13sHw", 22, "15:00", "Pom pom creatures", "Roseland Regional Library", SCL + "pom-pom-creatures-114820"),
    ("260709BTe6q9gTqE2Q4cqQNRCz1w", 22, "10:30", "Didgeridoo Down Under", "Rohnert Park Cotati Regional Library", SCL + "didgeridoo-down-under-110663"),
    ("260708I2bUjM_V-0a0qFOUBrRxuw", 22, "09:00", "Roots of the Valleys: A Photography Exhibit", "San Geronimo Valley Community Center", None),
    ("260619OtiRnOoCVkqaTMFz-KEyJw", 22, "14:30", "American Red Cross Adult and Pediatric First-Aid/CPR/AED Class (Blended)", "Rohnert Park Cotati Regional Library", None),
    ("2606172eNuQkY4WEWhYAFju7Pcrw", 22, "10:00", "The SpongeBob Musical", "Spreckels Center for the Performing Arts", None),
    ("260616Mz9--b90pUqakCsTjj1rqQ", 22, "11:00", "Art Exhibit: Local Color", "Upstairs Art Gallery", None),
    ("260609Jyy95BMnGkyNDu_I6szEwQ", 22, "10:00", "Kids Scuba Camp", "Pinnacles Dive Center", None),
    ("260608KLhu2fRgIEalVVf0pJI-mw", 22, "10:00", "Introduction to Acrylic Painting", "Sonoma Community Center", None),
    ("260602i--dhq1maUKitLxdHLu9bA", 22, "10:00", "Slabs and Slips", "Sonoma Community Center", None),
    ("260602Gdv-sPVun0-uvyNhhvXfZw", 22, "18:00", "Pottery on the Wheel; Advanced", "Sonoma Community Center", None),
    ("260529CNY_WGUvz0qYAuHLTTAR1A", 22, "10:00", "TAKE YOUR TIME: Oil Pintings by Sharon Eisley", "Sebastopol Gallery", None),
    ("26052716alZg6VpEOy6IgxGmSJeA", 22, "19:00", "MidSummer Night Sings", "Penngrove Clubhouse", None),
    ("260508Baka1PfGtUqPV63MJIczrQ", 22, "09:00", "Creative Arts Camp at Hanna Center", "Hanna Center’s Large Conference Room", None),
    ("260313jta7EPnbjUGLuSYJSWsVIA", 22, "10:00", "Spirit Guides", "Sonoma Botanical Garden", None),
    ("260707kMwfMkpNBEu9VnYfG_6jKw", 22, "11:30", "Summer Storytime @ JFK", None, SOL + "16616173"),
    ("260707GlmbwMIikEinEeFYG58yVA", 22, "11:00", "Children's Wonderland Storytime", "Vallejo Springstowne Library", SOL + "16325900"),
    ("26070786oSFIZtIky31ZRijBH6rw", 22, "12:00", "Lunch at the Library", None, SOL + "16811476"),
    ("260526mRf7mcehWkqwryxS_u-FNw", 22, "00:00", "Santa Rosa Wednesday Night Market", "Old Courthouse Square", None),
    ("2607028C4WGoZ-9UeHn45IPXH1-A", 22, "17:30", "Acoustic Sunsets at Sonoma Botanical Garden", "Sonoma Botanical Garden", None),
    ("260720i1sUtds0NEOefxjDTQ9bbw", 22, "08:30", "Yoga with Tirza", None, None),
    ("260715sTPevsCAcU-mszcAa7P77Q", 22, "10:00", "Suzanne Jacquot, Art at La Crema Winery", "D", None),
    ("260715OHMsTh8GGkGGOsSwrMS2_w", 22, "17:00", "Wednesday Night Dirt Crits", "Howarth Park", None),
    ("260713Blc-WfukYEmjolkmhZ-tGQ", 22, "19:00", "Intermediate Salsa", "Slow Fox Dance Hall", None),
    ("260712Q4IANltllki9t-4PW3ClZg", 22, "19:00", "Common Sanctuary Presents: Bobby Jo Valentine Live at The Quest", "The Quest", None),
    ("260710HwE74I6Rr0SwNU42PwiXGA", 22, "09:00", "Morning Yoga", "Occidental Center for the Arts", None),
    ("260709mSbL5gC8yk2jOn-YuKnQOQ", 22, "11:00", "2026 Harley's Hope Project Outreach Event- Middletown Rancheria", None, None),
    ("260705aKfFQ6ESnUK2atSp17pvvQ", 22, "17:30", "Murder on Main Street murder mystery dinner party", "Luma Bar & Eatery", EB_MURDER),
    ("260611arQpZQ5m6Uuc7QFTC9QP3A", 22, "17:30", "Murder on Main Street murder mystery dinner party", "Risibisi", EB_MURDER),
    ("251028W2xZubMRkUSLM8j8fWZXmQ", 22, "17:00", "Happy Hour with CEO", None, None),
    ("260709aTMeq5LM_EOqRkCUmjq-bQ", 22, "00:00", "The Ferrari Challenge", "Sonoma Raceway", None),
    ("260720U-VOUfqXI069tAicqGevIw", 22, "15:00", "Learn to Use the Internet with a Free Tablet", "Vallejo Springstowne Library", SOL + "16448627"),
    ("260720-so3vkxsqkK7BRIOvi-X6w", 22, "10:00", "Gamble Estates Sauvignon Blanc Experience", "Gamble Estates ", None),
    ("260719cSPYul-ydkWouvumePKxxA", 22, "17:00", "Live Music Happy Hour - The Ukulele Ramblers - Open Uke Jam!", "Barrel Proof Lounge", None),
    ("260718XkzNdyQke0CYP6ZROZQ7Zg", 22, "21:00", "Big Stage Karaoke Wednesdays with KJ Danny D", "Barrel Proof Lounge", None),
    ("260717YFbSvW_Ab0mdjsmtXixc9g", 22, "18:00", "Wednesday Night Comedy Open Mic", "Barrel Proof Lounge", None),
    ("260609EH4d2fMBF06BR2ndTVKXUw", 22, "18:00", "Wednesday Night Trivia", "Moonlight Brewing Company", None),
    ("260504VEZY9c6stEK3VQvec_W_mA", 22, "17:30", "Acoustic Sunsets", "Sonoma Botanical Garden", None),
    ("260430rODcr5WtV0mo1OAqkuKMdA", 22, "11:00", "A Taste of Italy at Centennial Mountain Tasting Room", "Centennial Mountain Tasting Room ", None),
    ("260412spZRLdKcRkKpnuSkMhKneg", 22, "17:15", "Live Music Wines & Sunsets", "Paradise Ridge Winery", None),
    ("260404wsbDB1jOfUuWtD5feeS1iA", 22, "17:30", "Sunsets & Wines are back at Paradise", "Paradise Ridge Winery", None),
    ("260312GAHAtx23HUS8ReQRqWrJHQ", 22, "11:00", "The Brandlin Estate Wine & Food Tasting Experience", "Brandlin Estate ", None),
    ("260512nOv4QzEiOkOK9zn33Wxmlg", 22, "11:00", "Storytime in the Park", None, None),
    ("260124Xd-G0nzIT061Y-95aNHu_g", 22, "20:00", "Karaoke Every Wednesday in Downtown Santa Rosa!", "Barrel Proof Lounge", None),
    ("260720zP_rQp9ANkW0KzmMxQpUIw", 22, "12:00", "Lunch at the Library", "Roseland Regional Library", SCL + "lunch-library-110150"),
    ("260720s7EnyQ6TA0WiAJTR9v3lDA", 22, "15:00", "Petaluma Chess Club", "Petaluma Regional Library", SCL + "petaluma-chess-club-110247"),
    ("260720p4D6NgYD3U-BU9vnoWiz8A", 22, "10:30", "Family Storytime at Ives Park", "Ives Park", SCL + "family-storytime-ives-park-105421"),
    ("260720hsxhJRr2QU-87jCEVrJspQ", 22, "12:00", "Lunch at the Library", "Windsor Regional Library", SCL + "lunch-library-110556"),
    ("260720Z2nfl4VsIUmvTZVfcG8bxA", 22, "12:00", "Lunch at the Library", "Rohnert Park Cotati Regional Library", SCL + "lunch-library-109608"),
    ("260720YzvMGG5w9UKEooOIN1MntQ", 22, "18:00", "Open Mic Night", "Napa County Library", None),
    ("260720YSOnm1f5m06B25feJysFkQ", 22, "13:00", "Digging Deeper: A Nonfiction Book Club", "Napa County Library", None),
    ("260720XUbt53Kg0Eis74e6CEpKTQ", 22, "15:30", "Read to a Dog", "Sebastopol Regional Library", SCL + "read-dog-111839"),
    ("260720WSbZf_nF4USV1FONezsbEQ", 22, "14:30", "Circus of Smiles", "Yountville Library", None),
    ("260720VjML7CG_w02tvMWs7H-hNQ", 22, "16:30", "Intro to Zines", "Central Santa Rosa Library", SCL + "intro-zines-111358"),
    ("260720VRhaM8wax023pLIRIkMpSw", 22, "18:00", "Pajama Storytime", "Sebastopol Regional Library", SCL + "pajama-storytime-107369"),
    ("260720M1ZdHd-0Bkmdk_4b1YH0yQ", 22, "15:00", "Nintendo Switch", "Middletown Library", None),
    ("260720LvehMfK2A0eoe_1p4QAnmw", 22, "12:00", "Lunch at the Library", "Sonoma Valley Regional Library", SCL + "lunch-library-110511"),
    ("260720D7QJewdUFkORveuknyb7Ow", 22, "18:00", "Summer ESL Evening Class - Beginning Level", "Napa County Library", None),
    ("260720B5I5O9VDEU2vkZ3wsrpPMA", 22, "12:00", "Lunch at the Library", "Petaluma Regional Library", SCL + "lunch-library-110599"),
    ("2607204arTlVv99UOONvCHOY8Qmg", 22, "14:00", "Plushie Bag Charms", "Windsor Regional Library", SCL + "plushie-bag-charms-111468"),
    ("2607200djVHd__GkiIr3JEIwB7Pw", 22, "14:00", "BiblioBus at Sebastopol Community Cultural Center", "Sebastopol Community Cultural Center", SCL + "bibliobus-sebastopol-community-cultural-center-116492"),
    ("260717uiubtENNpkKCYN0GD5BwTw", 22, "15:30", "Bow-Wow for Books: Read to Jazz, Kimmie, Ovie, or Rosie", "Napa County Library", None),
    ("260707aybQ1nLYDU2zV1OSxhbptg", 22, "11:00", "Family Storytime", "Guerneville Regional Library", SCL + "family-storytime-112908"),
    ("260701l3UFOd5360We2u9B7l7WLw", 22, "15:00", "The Makerspace: Open Use", None, SOL + "16382656"),
    ("260610Jhn6dpRBxk-XOGugiW3gJQ", 22, "10:30", "Toddler Storytime", "Fairfield Cordelia Library", SOL + "15055417"),
    ("260530Hx_E8t_b5kKzzXU3bIMK-g", 22, "13:30", "Read to a Dog", "Roseland Regional Library", SCL + "read-dog-110366"),
    ("260520dB3e6BrU0kWrwuokiLJNEg", 22, "14:00", "Read to a Dog", "Petaluma Regional Library", SCL + "read-dog-97662"),
    ("260511a25GkEHaNkimEb_1Zxw_Ew", 22, "10:30", "Bilingual Family Storytime", "Northwest Santa Rosa Library", SCL + "bilingual-family-storytime-112553"),
    ("260511W_cEDKKo80eqktztfI5EyA", 22, "16:00", "Teens Create Club!", "Northwest Santa Rosa Library", SCL + "teens-create-club-96008"),
    ("260408Vb8QsI5YSUiw0dhIhWiOPA", 22, "16:00", "Teen Hangout", "Sonoma Valley Regional Library", SCL + "teen-hangout-109548"),
    ("260303aR1UgbbvcESUVl-3pVVWXQ", 22, "11:30", "Get Your Content On TV", "Central Santa Rosa Library", SCL + "get-your-content-tv-88774"),
    ("260303XIJxJdfczkWc00pr4DqA4A", 22, "12:30", "Get Your Content On TV", "Central Santa Rosa Library", SCL + "get-your-content-tv-88774"),
    ("260205iWRKxq0XNU-0GLl1O4ZwRg", 22, "13:00", "One-on-One Genealogy Research Help", "Sonoma County History & Genealogy Library", SCL + "one-one-genealogy-research-help-99961"),
    ("260205eksPmizqB0a5fuA5RCn2Fg", 22, "17:00", "One-On-One Tech Help", "Northwest Santa Rosa Library", SCL + "one-one-tech-help-100755"),
    ("260720MSMSNSUnS0m4bw8q-keiRQ", 22, "16:00", "Petaluma Library Advisory Board", "Petaluma Library", SCL + "petaluma-library-advisory-board-99398"),
    ("2604080NwplrpfBEu8NqLGMnnMig", 22, "16:00", "Senior Citizens Advisory Commission Meeting - Cancelled", "City Hall Council Chamber", None),
    ("260408-GvNHZ9kgUG_dfzJgmKZOw", 22, "18:00", "Arts & Culture Commission Meeting - Cancelled", "City Hall Council Chamber", None),
    ("260606ExH6idTfaUyZ0_DC7oqZ7w", 22, "00:00", "The Santa Rosa Original Certified Farmers Market", "Luther Burbank Center for the Arts", None),
    ("260720QWZMADw7cUGjE0M7AfyllA", 22, "00:00", "Time with Tim", "Windsor Chamber of Commerce & Visitors Center", None),
]
# fmt: on

# Sonoma County Library: (event number from its URL, day, HH:MM, SUMMARY, LOCATION, URL slug)
# fmt: off
LIBRARY = [
    ("110662", 21, "14:00", "Didgeridoo Down Under", "Northwest Children's Area at Northwest Santa Rosa Library", "didgeridoo-down-under-110662"),
    ("105672", 21, "15:30", "Adaptive Art Studio", "Sebastopol Meeting Room at Sebastopol Regional Library", "hold-teen-src-events-105672"),
    ("108995", 21, "15:30", "Bouquet Making Workshop", "Forestville Community Library", "bouquet-making-workshop-108995"),
    ("108516", 21, "15:30", "Graphic Novel Book Club", "Petaluma Meeting Room at Petaluma Regional Library", "graphic-novel-book-club-108516"),
    ("111483", 21, "15:30", "Summer Movies", "Guerneville Meeting Room at Guerneville Regional Library", "summer-movies-111483"),
    ("96513", 21, "16:00", "French Family Storytime", "Sonoma Valley Meeting Room at Sonoma Valley Regional Library", "french-family-storytime-96513"),
    ("96525", 21, "16:00", "Stay and Make", "Children's Room (Sonoma Valley) at Sonoma Valley Regional Library", "stay-and-make-96525"),
    ("111202", 21, "17:00", "One on One Tech Help", "Petaluma History Room at Petaluma Regional Library", "one-one-tech-help-111202"),
    ("112553", 22, "10:30", "Bilingual Family Storytime", "Northwest Children's Area at Northwest Santa Rosa Library", "bilingual-family-storytime-112553"),
    ("105421", 22, "10:30", "Family Storytime at Ives Park", "Offsite (Sebastopol) at Sebastopol Regional Library", "family-storytime-ives-park-105421"),
    ("110663", 22, "10:30", "Didgeridoo Down Under", "Rohnert Park-Cotati Meeting Room at Rohnert Park Cotati Regional Library", "didgeridoo-down-under-110663"),
    ("112908", 22, "11:00", "Family Storytime", "Guerneville Regional Library", "family-storytime-112908"),
    ("113132", 22, "11:00", "Let's Talk: English Conversation Class", "Virtual (Adult Literacy) at Adult Literacy Program", "lets-talk-english-conversation-class-113132"),
    ("109481", 22, "12:00", "Lunch at the Library", "Central Meeting Room at Central Santa Rosa Library", "lunch-library-109481"),
    ("109608", 22, "12:00", "Lunch at the Library", "Rohnert Park-Cotati Meeting Room at Rohnert Park Cotati Regional Library", "lunch-library-109608"),
    ("109735", 22, "12:00", "Lunch at the Library", "Cloverdale Meeting Room at Cloverdale Regional Library", "lunch-library-109735"),
    ("110150", 22, "12:00", "Lunch at the Library", "Roseland Meeting Room at Roseland Regional Library", "lunch-library-110150"),
    ("110511", 22, "12:00", "Lunch at the Library", "Sonoma Valley Meeting Room at Sonoma Valley Regional Library", "lunch-library-110511"),
    ("110556", 22, "12:00", "Lunch at the Library", "Windsor Meeting Room at Windsor Regional Library", "lunch-library-110556"),
    ("110599", 22, "12:00", "Lunch at the Library", "Children's Garden (Petaluma) at Petaluma Regional Library", "lunch-library-110599"),
    ("110643", 22, "12:00", "Lunch at the Library", "Healdsburg Meeting Room at Healdsburg Regional Library", "lunch-library-110643"),
    ("97662", 22, "13:00", "Read to a Dog", "Children's Room (Petaluma) at Petaluma Regional Library", "read-dog-97662"),
    ("99961", 22, "13:00", "One-on-One Genealogy Research Help", "Sonoma County History & Genealogy Library", "one-one-genealogy-research-help-99961"),
    ("116647", 22, "13:00", "Drop-in Sewing (Sewing machines available)", "Healdsburg Meeting Room at Healdsburg Regional Library", "sewing-machines-placeholder-116647"),
    ("110366", 22, "13:30", "Read to a Dog", "Children's Area (Roseland) at Roseland Regional Library", "read-dog-110366"),
    ("110664", 22, "14:00", "Didgeridoo Down Under", "Sonoma Valley Meeting Room at Sonoma Valley Regional Library", "didgeridoo-down-under-110664"),
    ("111517", 22, "14:00", "Pony Bead Axolotl Keychain", "Cloverdale Meeting Room at Cloverdale Regional Library", "pony-bead-axolotl-keychain-111517"),
    ("111468", 22, "14:00", "Plushie Bag Charms", "Windsor Regional Library", "plushie-bag-charms-111468"),
    ("116492", 22, "14:00", "BiblioBus at Sebastopol Community Cultural Center", "BiblioBus", "bibliobus-sebastopol-community-cultural-center-116492"),
    ("114820", 22, "15:00", "Pom pom creatures", "Roseland Meeting Room at Roseland Regional Library", "pom-pom-creatures-114820"),
    ("110247", 22, "15:00", "Petaluma Chess Club", "Petaluma History Room at Petaluma Regional Library", "petaluma-chess-club-110247"),
    ("111839", 22, "15:30", "Read to a Dog", "Children's Area (Sebastopol) at Sebastopol Regional Library", "read-dog-111839"),
    ("99398", 22, "16:00", "Petaluma Library Advisory Board", "Petaluma Meeting Room at Petaluma Regional Library", "petaluma-library-advisory-board-99398"),
    ("116955", 22, "16:00", "Sebastopol Library Advisory Board Special Meeting", "Off Site", "sebastopol-library-advisory-board-special-meeting-116955"),
    ("96008", 22, "16:00", "Teens Create Club!", "Northwest Teen Area at Northwest Santa Rosa Library", "teens-create-club-96008"),
    ("109548", 22, "16:00", "Teen Hangout: Summer Movies", "Sonoma Valley Meeting Room at Sonoma Valley Regional Library", "teen-hangout-109548"),
    ("111358", 22, "16:30", "Intro to Zines", "Central Meeting Room at Central Santa Rosa Library", "intro-zines-111358"),
    ("100755", 22, "17:00", "One-On-One Tech Help", "Northwest Santa Rosa Library", "one-one-tech-help-100755"),
    ("107369", 22, "18:00", "Pajama Storytime", "Sebastopol Meeting Room at Sebastopol Regional Library", "pajama-storytime-107369"),
    ("111292", 22, "18:30", "Pajama Family Storytime", "Children's Area (Roseland) at Roseland Regional Library", "pajama-family-storytime-111292"),
]
# fmt: on

LIBRARY_ID = re.compile(r"^https://events\.sonomalibrary\.org/event/.*-(\d+)$")


def record(source: str, external_id: str, day: int, clock: str, title: str, where: str | None, url: str | None) -> dict:
    venue, address, _online = location(where)
    links = LIBRARY_ID.match(url) if url else None
    truth = (
        f"scl:{links.group(1)}" if links else (f"page:{url}" if url in (DDS, EB_MURDER) else f"{source}:{external_id}")
    )
    out = {
        "source": source,
        "external_id": external_id,
        "title": title,
        "start": f"2026-07-{day:02d}T{clock}:00-07:00",
        "timezone": "America/Los_Angeles",
        "city": "Santa Rosa",
        "venue_name": venue,
        "address": address,
        "truth": truth,
    }
    if links:
        out["links_to"] = truth
    if url:
        out["listed_url"] = url
    return out


def build() -> list[dict]:
    rows = [record("bohemian", *row) for row in BOHEMIAN]
    rows += [record("sonoma_library", i, d, c, t, w, SCL + slug) for i, d, c, t, w, slug in LIBRARY]
    return rows


def main(argv: list[str]) -> int:
    """Write the records (santarosa_crossref.jsonl beside this file), or with --check compare them."""
    return write_or_check(
        build(), Path(__file__).resolve().parent / "santarosa_crossref.jsonl", check="--check" in argv
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
