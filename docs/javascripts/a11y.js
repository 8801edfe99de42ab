// Accessibility fixes to markup that the theme's JavaScript adds after the page loads
// (so no template override can reach it). Each fix runs as soon as the markup appears.
(function () {
  "use strict";

  function fix(root) {
    // The copy button of each code block sits in a <nav>: dozens of unnamed navigation
    // landmarks per page (axe: landmark-unique). A single button is not navigation.
    root.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
    // Wide tables scroll sideways in a wrapper: keyboard users must be able to scroll it
    // too (axe: scrollable-region-focusable), so it takes focus, named by its section.
    root.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (wrap) {
      wrap.setAttribute("tabindex", "0");
      var heading = wrap.previousElementSibling;
      while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      if (heading && heading.id) {
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-labelledby", heading.id);
      }
    });
  }

  fix(document);
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      if (records[i].addedNodes.length) {
        fix(document);
        return;
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
