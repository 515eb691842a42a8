"""Weather per city: the OpenWeatherMap client, the refresh service, and what pages make of it.

- ``openweathermap``: the provider adapter (fetch and parse only).
- ``services``: ``weather_refresh_all`` (beat), ``weather_payload`` (live messages, cached reads).
- ``outlook``: pure rules: which events are outdoor, ``rain_likely``, the city page's weather line.
"""

from realtime.weather.openweathermap import WeatherError
from realtime.weather.outlook import is_outdoor, rain_likely, weather_strip
from realtime.weather.services import (
    city_weather_store,
    weather_for_city_id,
    weather_message,
    weather_payload,
    weather_refresh_all,
)

__all__ = [
    "WeatherError",
    "city_weather_store",
    "is_outdoor",
    "rain_likely",
    "weather_for_city_id",
    "weather_message",
    "weather_payload",
    "weather_refresh_all",
    "weather_strip",
]
