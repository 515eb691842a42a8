/* The RSVP box's live part: someone on the waitlist learns at once that a seat was freed for them.

   The box (templates/people/_rsvp_box.html) carries data-rsvp-live (the WebSocket path) only for a signed-in
   person who is waiting. The socket subscribes to the "me" topic (docs/realtime.md): the server takes the
   person from the session cookie, so it only ever hears about its own replies. On "rsvp.promoted" for this
   event the box says so; without JavaScript, a reload shows the same. */
(function () {
  "use strict";

  var PING_MS = 25000;
  var RETRIES = 5;

  var box = document.querySelector("[data-rsvp-box][data-rsvp-live]");
  if (!box || !("WebSocket" in window)) {
    return;
  }
  var eventId = Number(box.dataset.rsvpEvent);
  var state = box.querySelector("[data-rsvp-state]");
  var cancel = box.querySelector("[data-rsvp-cancel]");
  var calendar = box.querySelector("[data-rsvp-calendar]");
  var tries = 0;
  var done = false;

  function url(path) {
    if (/^wss?:\/\//.test(path)) {
      return path;
    }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    return scheme + window.location.host + path;
  }

  function promoted() {
    done = true;
    if (state) {
      state.textContent = "A seat was freed: you're going, your seat is confirmed.";
    }
    if (cancel) {
      cancel.textContent = "Cancel my reply";
    }
    if (calendar) {
      calendar.hidden = false;
    }
  }

  function connect() {
    var socket = new WebSocket(url(box.dataset.rsvpLive));
    var ping = null;
    socket.addEventListener("open", function () {
      socket.send(JSON.stringify({ action: "subscribe", id: "me", topic: "me" }));
      ping = window.setInterval(function () {
        socket.send(JSON.stringify({ action: "ping" }));
      }, PING_MS);
    });
    socket.addEventListener("message", function (message) {
      var data;
      try {
        data = JSON.parse(message.data);
      } catch (error) {
        return;
      }
      if (data.type === "subscribed") {
        tries = 0;
      } else if (data.type === "rsvp.promoted" && Number(data.event) === eventId) {
        promoted();
        socket.close();
      }
    });
    socket.addEventListener("close", function () {
      window.clearInterval(ping);
      if (!done && tries < RETRIES) {
        tries += 1;
        window.setTimeout(connect, 1000 * Math.pow(2, tries) + Math.random() * 1000);
      }
    });
  }

  connect();
})();
