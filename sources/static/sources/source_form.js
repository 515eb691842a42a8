// Source form: choosing another type reloads the form with that adapter's config fields (?adapter=…).
// A static file, not an inline script, so the admin's Content-Security-Policy allows it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var select = document.getElementById("id_adapter");
  if (!select) {
    return;
  }
  select.addEventListener("change", function () {
    var url = new URL(window.location.href);
    url.searchParams.set("adapter", select.value);
    window.location.assign(url.toString());
  });
});
