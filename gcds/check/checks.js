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

  // WCAG relative luminance contrast of two computed rgb()/rgba() colours; null when
  // either is not a plain opaque colour (a system colour, a gradient, transparency).
  contrast(a, b) {
    const rgb = (c) => {
      const m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(c);
      return m && (m[4] === undefined || Number(m[4]) === 1) ? m.slice(1, 4).map(Number) : null;
    };
    const lum = (c) => {
      const [r, g, bl] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [rgb(a), rgb(b)];
    if (!x || !y) return null;
    const [hi, lo] = [lum(x), lum(y)].sort((m, n) => n - m);
    return (hi + 0.05) / (lo + 0.05);
  },

  // The focus indicator: an outline of at least 2px in a colour that is not transparent,
  // or a box-shadow. When focus fills the element with a colour (GC links), its text must
  // still read on that fill (4.5:1): axe never sees the focused state.
  focusIndicator(el) {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 &&
      !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
    if (!outline && s.boxShadow === "none") {
      return [`no visible focus indicator on ${this.describe(el)}`];
    }
    const low = this.focusedText(el).find(([ratio]) => ratio < 4.5);
    return low
      ? [`focused text contrast ${low[0].toFixed(2)}:1 (${low[1]} on ${low[2]}) on ${this.describe(el)}`]
      : [];
  },

  // [ratio, colour, fill] for each visible text in ``el`` that sits on an opaque fill
  // inside ``el`` (the fill focus gives it); text on the page's own background is axe's.
  focusedText(el) {
    const found = [];
    // A control draws its own text (a multiple select's options): computed styles of its
    // inner parts do not say how it looks.
    if (el.matches("select, textarea, input")) return found;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const holder = node.parentElement;
      if (!node.data.trim() || !holder.checkVisibility({ visibilityProperty: true })) continue;
      const colour = getComputedStyle(holder).color;
      for (let box = holder; box && el.contains(box); box = box.parentElement) {
        const fill = getComputedStyle(box).backgroundColor;
        const ratio = this.contrast(colour, fill);
        if (ratio !== null) {
          found.push([ratio, colour, fill]);
          break;
        }
      }
    }
    return found;
  },
};
