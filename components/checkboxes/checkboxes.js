// checkboxes: conditional reveal (content under an item shows only while it is checked,
// with aria-controls / aria-expanded on the checkbox) and the exclusive "none of these"
// item (checking it clears the others; checking another clears it). Without JavaScript
// all conditional content is shown and every checkbox works as usual.
register("checkboxes", (el) => {
  const inputs = [...el.querySelectorAll("input.gcds-checkboxes__input")];

  const sync = conditionalReveal(inputs, "gcds-checkboxes__conditional--hidden", {
    expanded: true,
  });

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
