"""Load the category taxonomy of docs/event-format.md (top level) with Whatson's subcategories.

The data is frozen here on purpose: later changes to the taxonomy come as new migrations.
"""

from django.db import migrations

TAXONOMY = [
    ("music", "Music", ["concerts:Concerts", "jazz-blues:Jazz & blues", "rock-indie:Rock & indie", "electronic:Electronic",
                        "classical:Classical & opera", "folk-country:Folk & country", "hip-hop-rnb:Hip-hop & R&B",
                        "world-music:World music", "open-mic:Open mic"]),
    ("nightlife", "Nightlife", ["clubs-dj:Clubs & DJs", "bars:Bars & pub crawls", "karaoke:Karaoke",
                                "lgbtq-nightlife:LGBTQ+ nights", "trivia-games:Trivia & game nights"]),
    ("arts_culture", "Arts & culture", ["theatre:Theatre", "dance:Dance", "exhibitions:Exhibitions", "film:Film",
                                        "literature:Literature & readings", "heritage:Heritage & history"]),
    ("comedy", "Comedy", ["stand-up:Stand-up", "improv:Improv & sketch", "comedy-open-mic:Comedy open mic"]),
    ("food_drink", "Food & drink", ["food-festivals:Food festivals", "tastings:Tastings", "food-trucks:Food trucks",
                                    "cooking:Cooking classes", "dining:Dining & pop-ups"]),
    ("markets_fairs", "Markets & fairs", ["farmers-markets:Farmers markets", "craft-markets:Craft & makers markets",
                                          "flea-markets:Flea & vintage markets", "street-fairs:Street fairs",
                                          "festivals:Festivals"]),
    ("sports_fitness", "Sports & fitness", ["running:Running", "cycling:Cycling", "team-sports:Team sports",
                                            "spectator-sports:Matches & games", "fitness-classes:Fitness classes",
                                            "martial-arts:Martial arts"]),
    ("outdoors_nature", "Outdoors & nature", ["hiking:Hiking & walks", "parks-gardens:Parks & gardens",
                                              "wildlife:Wildlife & birding", "water:On the water",
                                              "clean-ups:Clean-ups & conservation"]),
    ("tech_business", "Tech & business", ["meetups:Meetups", "hackathons:Hackathons", "conferences:Conferences",
                                          "networking:Networking", "startups:Startups"]),
    ("education", "Education", ["workshops:Workshops", "classes:Classes", "talks:Talks", "lectures:Lectures"]),
    ("community_civic", "Community & civic", ["public-meetings:Public meetings", "government-boards:Government boards",
                                              "volunteering:Volunteering", "charity:Charity & fundraisers",
                                              "faith:Faith", "activism:Activism"]),
    ("family_kids", "Family & kids", ["kids-activities:Kids' activities", "storytime:Storytime",
                                      "family-festivals:Family festivals", "teens:Teens"]),
    ("health_wellness", "Health & wellness", ["yoga:Yoga", "meditation:Meditation & mindfulness",
                                              "mental-health:Mental health", "health-screenings:Health screenings"]),
]  # fmt: skip


def load_taxonomy(apps, schema_editor):
    Category = apps.get_model("events", "Category")
    for position, (slug, name, children) in enumerate(TAXONOMY):
        parent, _ = Category.objects.update_or_create(slug=slug, defaults={"name": name, "position": position, "parent": None})
        for child_position, child in enumerate(children):
            child_slug, child_name = child.split(":", 1)
            Category.objects.update_or_create(
                slug=child_slug, defaults={"name": child_name, "position": child_position, "parent": parent}
            )


def unload_taxonomy(apps, schema_editor):
    Category = apps.get_model("events", "Category")
    slugs = [slug for slug, _name, _children in TAXONOMY]
    Category.objects.filter(parent__slug__in=slugs).delete()
    Category.objects.filter(slug__in=slugs).delete()


class Migration(migrations.Migration):
    dependencies = [("events", "0002_initial")]

    operations = [migrations.RunPython(load_taxonomy, unload_taxonomy)]
