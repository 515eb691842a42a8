/* The event page's Share button: the device's share sheet when there is one, else copy the link.
   Either way the share is counted by posting the same form the button submits without JavaScript. */
(function () {
  "use strict";

  var form = document.querySelector(".share__form");
  if (!form || !window.fetch) {
    return;
  }
  var status = document.querySelector(".share__status");
  var title = form.getAttribute("data-share-title") || document.title;
  var url = form.getAttribute("data-share-url") || window.location.href;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function count() {
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).catch(function () {
      /* Counting is best effort: the share itself already happened. */
    });
  }

  form.addEventListener("submit", function (event) {
    if (navigator.share) {
      event.preventDefault();
      navigator.share({ title: title, url: url }).then(
        function () {
          count();
        },
        function () {
          /* Dismissed: nothing shared, nothing counted. */
        }
      );
      return;
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      event.preventDefault();
      navigator.clipboard.writeText(url).then(
        function () {
          say("Link copied. Paste it anywhere to share.");
          count();
        },
        function () {
          form.submit();
        }
      );
    }
    /* Otherwise the form posts as usual and the page comes back with the link to copy. */
  });
})();
