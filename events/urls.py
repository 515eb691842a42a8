from events.views import detail, feeds, pages, search, site

app_name = "events"

# Each module owns its routes; site first (robots.txt, sitemap.xml), pages last.
urlpatterns = [*site.urlpatterns, *feeds.urlpatterns, *search.urlpatterns, *detail.urlpatterns, *pages.urlpatterns]
