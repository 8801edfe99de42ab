// radios: conditional reveal. The content under an option shows only while it is checked
// (aria-controls on the radio); choosing another option hides the content of the others with
// the same name. Without JavaScript all conditional content is shown. No aria-expanded: ARIA
// does not allow it on a radio (w3c/aria#1404) and axe reports it as a critical error.
register("radios", (el) => {
  const inputs = [...el.querySelectorAll("input.gcds-radios__input")];

  const sync = conditionalReveal(inputs, "gcds-radios__conditional--hidden");

  // A radio's change event fires only on the one newly checked: update its whole group
  // (radios with the same name in the same form, wherever they are).
  document.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "radio") return;
    for (const other of inputs) {
      if (other.name === input.name && other.form === input.form) sync(other);
    }
  });
});
