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

function start() {
  document.documentElement.classList.add("gcds-js");
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => initAll());
  } else {
    initAll();
  }
}
