// gcds.js: progressive enhancement for gcds components.
// One ES module, no dependencies, CSP-safe (no eval, no inline handlers).
// A component opts in with data-gcds-module="name"; each module runs once per element.

const modules = new Map();
const started = new WeakSet();

/** Register the enhancement for elements with data-gcds-module="name". */
function register(name, init) {
  if (modules.has(name)) {
    throw new Error(`gcds: module "${name}" is registered twice`);
  }
  modules.set(name, init);
}

/** Enhance every not-yet-enhanced component inside root. */
export function initAll(root = document) {
  for (const el of root.querySelectorAll("[data-gcds-module]")) {
    const init = modules.get(el.dataset.gcdsModule);
    if (!init || started.has(el)) continue;
    started.add(el);
    try {
      init(el);
    } catch (error) {
      console.error(`gcds: ${el.dataset.gcdsModule}:`, error);
    }
  }
}

/**
 * Conditional reveal for checkboxes and radios: link each input to its content
 * (aria-controls), and show the content of checked inputs only. `expanded` also keeps
 * aria-expanded in step (ARIA allows it on a checkbox, not on a radio). Returns sync(input).
 */
function conditionalReveal(inputs, hiddenClass, { expanded = false } = {}) {
  const sync = (input) => {
    const id = input.getAttribute("aria-controls");
    const target = id && document.getElementById(id);
    if (!target) return;
    if (expanded) input.setAttribute("aria-expanded", String(input.checked));
    target.classList.toggle(hiddenClass, !input.checked);
  };
  for (const input of inputs) {
    const id = input.dataset.ariaControls;
    if (id && document.getElementById(id)) {
      input.setAttribute("aria-controls", id);
      input.removeAttribute("data-aria-controls");
    }
    sync(input);
  }
  // Back/forward cache restores checked state without change events.
  window.addEventListener("pageshow", () => inputs.forEach(sync));
  return sync;
}

function start() {
  document.documentElement.classList.add("gcds-js");
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => initAll());
  } else {
    initAll();
  }
}
