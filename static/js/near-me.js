/* "Events near me" on the home page: on click, ask the browser where the visitor is and open the nearest city's
   page. The city links carry their centre (data-lat, data-lng, data-radius-km), so nothing is fetched. Without
   JavaScript (or geolocation) the button stays hidden and the city list is the way in. */
(function () {
  "use strict";

  var EARTH_RADIUS_KM = 6371.0088;
  // A visitor this many radii away from the nearest city is told how far it is rather than sent there.
  var REACH = 4;

  var button = document.querySelector("[data-near-me]");
  var status = document.getElementById("near-me-status");
  if (!button || !status || !("geolocation" in navigator)) {
    return;
  }

  function radians(degrees) {
    return (degrees * Math.PI) / 180;
  }

  function distanceKm(lat1, lng1, lat2, lng2) {
    var dLat = radians(lat2 - lat1);
    var dLng = radians(lng2 - lng1);
    var a =
      Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  function nearestCity(lat, lng) {
    var best = null;
    document.querySelectorAll("a[data-city][data-lat][data-lng]").forEach(function (link) {
      var cityLat = parseFloat(link.dataset.lat);
      var cityLng = parseFloat(link.dataset.lng);
      if (isNaN(cityLat) || isNaN(cityLng)) {
        return;
      }
      var km = distanceKm(lat, lng, cityLat, cityLng);
      if (best === null || km < best.km) {
        best = { name: link.dataset.city, url: link.href, km: km, radius: parseFloat(link.dataset.radiusKm) || 25 };
      }
    });
    return best;
  }

  function say(text) {
    status.textContent = text;
  }

  function found(position) {
    var city = nearestCity(position.coords.latitude, position.coords.longitude);
    button.disabled = false;
    if (city === null) {
      say("No cities are listed yet.");
      return;
    }
    if (city.km > city.radius * REACH) {
      say("The nearest city we list is " + city.name + ", about " + Math.round(city.km) + " km away.");
      var link = document.createElement("a");
      link.href = city.url;
      link.textContent = " Open " + city.name;
      status.appendChild(link);
      return;
    }
    say("Opening " + city.name + "…");
    window.location.assign(city.url);
  }

  function failed(error) {
    button.disabled = false;
    if (error && error.code === 1) {
      say("Location access was not allowed. Pick a city below instead.");
    } else {
      say("Your location is not available right now. Pick a city below instead.");
    }
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    say("Finding where you are…");
    navigator.geolocation.getCurrentPosition(found, failed, { timeout: 10000, maximumAge: 600000 });
  });
})();
