// checkboxes: conditional reveal (content under an item shows only while it is checked,
// with aria-controls / aria-expanded on the checkbox) and the exclusive "none of these"
// item (checking it clears the others; checking another clears it). Without JavaScript
// all conditional content is shown and every checkbox works as usual.
register("checkboxes", (el) => {
  const inputs = [...el.querySelectorAll("input.gcds-checkboxes__input")];

  const sync = (input) => {
    const id = input.getAttribute("aria-controls");
    const target = id && document.getElementById(id);
    if (!target) return;
    input.setAttribute("aria-expanded", String(input.checked));
    target.classList.toggle("gcds-checkboxes__conditional--hidden", !input.checked);
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

  el.addEventListener("change", (event) => {
    const input = event.target;
    if (!inputs.includes(input)) return;
    if (input.checked) {
      const exclusive = input.hasAttribute("data-gcds-exclusive");
      for (const other of inputs) {
        if (other === input || other.name !== input.name || !other.checked) continue;
        if (exclusive || other.hasAttribute("data-gcds-exclusive")) {
          other.checked = false;
          sync(other);
        }
      }
    }
    sync(input);
  });
});
