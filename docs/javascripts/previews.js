// Size each live preview iframe to its example, so no example is cut off or scrolls.
// Previews are same-origin pages; a cross-origin (or file://) preview keeps its set height.
(function () {
  "use strict";

  function fit(frame) {
    var doc;
    try {
      doc = frame.contentDocument;
    } catch (error) {
      return; // cross-origin: keep the height from the HTML attribute
    }
    if (!doc || !doc.body) return;
    var content = doc.querySelector("main") || doc.body;
    var margin = parseFloat(doc.defaultView.getComputedStyle(doc.body).marginBottom) || 0;
    var bottom = content.getBoundingClientRect().bottom + doc.defaultView.scrollY + margin;
    frame.style.height = Math.ceil(bottom) + "px"; // content-box: padding is extra
  }

  function setUp() {
    document.querySelectorAll("iframe.gcds-preview").forEach(function (frame) {
      frame.addEventListener("load", function () { fit(frame); });
      var doc = frame.contentDocument;
      if (doc && doc.readyState === "complete" && doc.URL !== "about:blank") fit(frame);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
