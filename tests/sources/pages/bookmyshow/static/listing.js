/* Builds the event cards from the JSON in the page, after load, the way a single-page app hydrates:
   the HTML as served has no cards at all, so only a browser sees them. */
(function () {
  "use strict";

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function card(event) {
    var link = element("a", "event-card");
    link.href = event.href;
    var poster = element("div", "event-card__poster");
    var image = element("img");
    image.src = event.poster;
    image.alt = "";
    poster.appendChild(image);
    link.appendChild(poster);
    link.appendChild(element("div", "event-card__date", event.date));
    link.appendChild(element("div", "event-card__title", event.title));
    link.appendChild(element("div", "event-card__venue", event.venue));
    link.appendChild(element("div", "event-card__category", event.category));
    link.appendChild(element("div", "event-card__price", event.price));
    return link;
  }

  function render() {
    var data = JSON.parse(document.getElementById("__EVENTS__").textContent);
    var list = document.querySelector("[data-role='event-list']");
    data.events.forEach(function (event) {
      list.appendChild(card(event));
    });
    list.setAttribute("data-loaded", "true");
  }

  window.addEventListener("load", function () {
    window.setTimeout(render, 30);
  });
})();
