/* The city page's live banner: "3 new events — show them", as events matching the page's filters are published.

   The page carries what it needs on [data-live] (events/templatetags/live_banner.py): its filters, the
   WebSocket and server-sent-events URLs and the ids of the events it already lists. The protocol is
   docs/realtime.md. One WebSocket with one subscription; a ping every 25 s (and a connection that has said
   nothing for two of them is taken for dead); reconnection with exponential backoff and jitter, subscribing
   again each time. When WebSockets are missing, or fail again and again without ever subscribing (a proxy
   that blocks them), the same filters are followed over EventSource, which resumes by itself with
   Last-Event-ID. Without JavaScript the banner stays hidden: the list is the page. */
(function () {
  "use strict";

  var SUBSCRIPTION = "page";
  var PING_MS = 25000;
  var SILENT_MS = 2 * PING_MS + 5000;
  // A connection that opens but never confirms the subscription (a proxy that swallows frames) counts as failed.
  var SUBSCRIBE_WAIT_MS = 10000;
  var BACKOFF_FIRST_MS = 1000;
  var BACKOFF_CAP_MS = 30000;
  // WebSocket connections in a row that never got as far as "subscribed" before following over SSE instead.
  var FAILURES_BEFORE_SSE = 3;
  var EVENT_TYPES = ["event.published", "event.updated", "event.cancelled", "event.removed"];

  var banner = document.querySelector("[data-live]");
  if (!banner) {
    return;
  }
  var filters = parse(banner.dataset.liveFilters, null);
  if (filters === null || typeof filters !== "object") {
    return;
  }
  var shown = new Set(parse(banner.dataset.liveShown, []).map(Number));
  var fresh = new Set(); // published since the page was built, not listed on it
  var changed = new Set(); // listed on the page, updated, cancelled or removed since
  var missed = false; // the server says messages were lost: the counts are a lower bound
  var said = "";

  var socket = null;
  var source = null;
  var pingTimer = null;
  var subscribeTimer = null;
  var retryTimer = null;
  var retries = 0; // reconnections since the last subscription that worked: the backoff's exponent
  var failures = 0; // connections in a row that never subscribed: past FAILURES_BEFORE_SSE, SSE instead
  var lastHeard = 0;
  var running = false;
  var overSse = false;

  function parse(text, fallback) {
    try {
      return text ? JSON.parse(text) : fallback;
    } catch (error) {
      return fallback;
    }
  }

  // --- what the banner says --------------------------------------------------------------------------------

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function render() {
    var parts = [];
    if (fresh.size) {
      parts.push(plural(fresh.size, "new event", "new events"));
    }
    if (changed.size) {
      parts.push(plural(changed.size, "event on this page changed", "events on this page changed"));
    }
    if (!parts.length && missed) {
      parts.push("This list may have changed");
    }
    var text = parts.join(" and ");
    var linkText = fresh.size + changed.size === 1 ? "show it" : "show them";
    if (text + linkText === said) {
      return; // nothing new: a live region repeats whatever it is given
    }
    said = text + linkText;
    banner.textContent = "";
    if (!text) {
      return;
    }
    var message = document.createElement("p");
    message.className = "live-banner__message";
    var link = document.createElement("a");
    link.className = "live-banner__link";
    link.href = location.href.split("#")[0]; // the same page again, built with what is new
    link.textContent = linkText;
    message.appendChild(document.createTextNode(text + " — "));
    message.appendChild(link);
    banner.appendChild(message);
  }

  function handle(message) {
    if (!message || typeof message.type !== "string") {
      return;
    }
    if (message.subscriptions && message.subscriptions.indexOf(SUBSCRIPTION) < 0) {
      return;
    }
    if (message.type === "subscribed") {
      retries = 0;
      failures = 0;
      banner.hidden = false;
      return;
    }
    if (message.type === "resync") {
      missed = true;
      render();
      return;
    }
    if (message.type === "error" && message.id === SUBSCRIPTION) {
      stop(); // the server will not take these filters: nothing to follow, on any transport
      return;
    }
    if (EVENT_TYPES.indexOf(message.type) < 0 || !message.event) {
      return;
    }
    var id = Number(message.event.id);
    if (shown.has(id)) {
      changed.add(id);
    } else if (message.type === "event.published") {
      fresh.add(id);
    } else if (message.type === "event.removed") {
      fresh.delete(id); // new a moment ago, gone now: nothing to show
    }
    render();
  }

  // --- WebSocket ---------------------------------------------------------------------------------------------

  function socketUrl(value) {
    var url = new URL(value || "/ws/events/", location.href);
    if (url.protocol === "https:") {
      url.protocol = "wss:";
    } else if (url.protocol === "http:") {
      url.protocol = "ws:";
    }
    return url.href;
  }

  function send(action) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(action));
    }
  }

  function openSocket() {
    var subscribed = false;
    var current;
    try {
      current = new WebSocket(socketUrl(banner.dataset.liveWs));
    } catch (error) {
      failures = FAILURES_BEFORE_SSE; // a URL the browser refuses outright will not work next time either
      fallBack();
      return;
    }
    socket = current;
    current.onopen = function () {
      lastHeard = Date.now();
      send({ action: "subscribe", id: SUBSCRIPTION, filters: filters });
      pingTimer = setInterval(ping, PING_MS);
      subscribeTimer = setTimeout(function () {
        current.close();
      }, SUBSCRIBE_WAIT_MS);
    };
    current.onmessage = function (event) {
      lastHeard = Date.now();
      var message = parse(event.data, null);
      if (message && message.type === "subscribed") {
        subscribed = true;
        clearTimeout(subscribeTimer);
      }
      handle(message);
    };
    current.onclose = function () {
      if (socket !== current) {
        return; // closed on purpose (stop, or a newer socket took over)
      }
      clearInterval(pingTimer);
      clearTimeout(subscribeTimer);
      socket = null;
      if (!subscribed) {
        failures += 1;
      } else {
        // It was live and dropped: whatever was published until the next "subscribed" never reached us, and a
        // WebSocket has no replay. Say the list may have changed rather than show a count that looks complete.
        missed = true;
        render();
      }
      if (failures >= FAILURES_BEFORE_SSE) {
        fallBack();
      } else {
        reconnectLater();
      }
    };
  }

  function ping() {
    if (Date.now() - lastHeard > SILENT_MS && socket) {
      socket.close(); // no pong for two pings: a dead link the browser has not noticed yet
      return;
    }
    send({ action: "ping" });
  }

  function reconnectLater() {
    if (!running) {
      return;
    }
    var ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_FIRST_MS * Math.pow(2, retries));
    retries += 1;
    // Half the delay fixed, half random: clients dropped together by a restart do not come back together.
    var delay = ceiling / 2 + Math.random() * (ceiling / 2);
    retryTimer = setTimeout(openSocket, delay);
  }

  // --- server-sent events ------------------------------------------------------------------------------------

  function fallBack() {
    if (!running || !("EventSource" in window) || !banner.dataset.liveSse) {
      return;
    }
    overSse = true;
    var current = new EventSource(new URL(banner.dataset.liveSse, location.href).href);
    source = current;
    var listen = function (type) {
      current.addEventListener(type, function (event) {
        var message = parse(event.data, null) || {};
        message.type = message.type || type;
        handle(message);
      });
    };
    EVENT_TYPES.concat(["resync"]).forEach(listen);
    current.onopen = function () {
      banner.hidden = false;
    };
    current.onerror = function () {
      // The browser reconnects by itself (with Last-Event-ID) unless the answer was not a stream at all
      // (a 400 for filters the server refuses): then it gives up, and so do we.
      if (current.readyState === EventSource.CLOSED && source === current) {
        source = null;
      }
    };
  }

  // --- start and stop ----------------------------------------------------------------------------------------

  function start() {
    if (running) {
      return;
    }
    running = true;
    if (overSse || !("WebSocket" in window)) {
      fallBack();
    } else {
      openSocket();
    }
  }

  function stop() {
    running = false;
    clearTimeout(retryTimer);
    clearTimeout(subscribeTimer);
    clearInterval(pingTimer);
    if (socket) {
      var closing = socket;
      socket = null;
      closing.close();
    }
    if (source) {
      source.close();
      source = null;
    }
  }

  // Leaving the page closes the connection (a page kept in the back/forward cache holds none); coming back
  // to it picks up again, with the counts it had.
  window.addEventListener("pagehide", stop);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      start();
    }
  });
  start();
})();
