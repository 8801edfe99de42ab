// In-page checks for the browser layer. Each returns a list of problems (strings).
// Loaded once per page object; every function works with page JavaScript disabled
// (they run through the DevTools protocol, synchronously).
window.gcdsChecks = {
  targets(root) {
    const sel = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    return [...root.querySelectorAll(sel)].filter((el) => {
      const r = el.getBoundingClientRect();
      // checkVisibility: content of a closed <details> keeps a box (content-visibility
      // hides it) but is not rendered, so Tab skips it and so must this list.
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden" &&
        (!el.checkVisibility || el.checkVisibility());
    });
  },

  reflow() {
    const doc = document.documentElement;
    return doc.scrollWidth > window.innerWidth
      ? [`horizontal scrolling: page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px viewport`]
      : [];
  },

  // WCAG 2.5.8: 24×24 CSS px, or the spacing exception, or an inline link in a sentence.
  targetSize(rootSelector) {
    const root = document.querySelector(rootSelector);
    const targets = this.targets(root);
    const rects = targets.map((el) => el.getBoundingClientRect());
    const problems = [];
    const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
    const distToRect = ([x, y], r) =>
      Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    targets.forEach((el, i) => {
      const r = rects[i];
      if (r.width >= 23.9 && r.height >= 23.9) return;
      const inline = getComputedStyle(el).display === "inline" && el.tagName === "A" &&
        el.parentElement && el.parentElement.textContent.trim() !== el.textContent.trim();
      if (inline) return;
      const c = centre(r);
      const clash = rects.some((o, j) => {
        if (j === i) return false;
        if (targets[j].contains(el) || el.contains(targets[j])) return false;
        const undersized = o.width < 23.9 || o.height < 23.9;
        return distToRect(c, o) < 12 || (undersized && Math.hypot(c[0] - centre(o)[0], c[1] - centre(o)[1]) < 24);
      });
      if (clash) {
        problems.push(`target too small and too close: ${el.outerHTML.slice(0, 80)} is ${r.width.toFixed(1)}×${r.height.toFixed(1)}px`);
      }
    });
    return problems;
  },

  // Put the sequential focus starting point at the top of the page, so the next Tab
  // goes to the first focusable element (set_content keeps the previous page's point).
  resetFocus() {
    let start = document.getElementById("gcds-focus-start");
    if (!start) {
      start = document.createElement("span");
      start.id = "gcds-focus-start";
      start.tabIndex = -1;
      document.body.prepend(start);
    }
    start.focus();
    start.blur();
    window.scrollTo(0, 0);
  },

  describe(el) {
    return el ? el.outerHTML.slice(0, 90) : "(nothing)";
  },

  // The focus indicator: an outline of at least 2px in a colour that is not transparent,
  // or a box-shadow, that is absent when the element is not focused.
  focusIndicator(el) {
    const look = () => {
      const s = getComputedStyle(el);
      return {
        outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 &&
          !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor),
        shadow: s.boxShadow !== "none",
        snapshot: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color].join("|"),
      };
    };
    const focused = look();
    return focused.outline || focused.shadow ? [] : [`no visible focus indicator on ${this.describe(el)}`];
  },
};
