// error_summary: focus the summary on load (the autofocus attribute does it without JS;
// this covers browsers that skip it) and, when a link is followed, focus the field and
// scroll its label or legend into view (the GOV.UK Frontend behaviour).

function fieldFor(target) {
  if (!target.matches("input, select, textarea, button, [tabindex]")) {
    // A group (a fieldset, a date input wrapper): its first control in error, else its first.
    return target.querySelector("[aria-invalid='true']") || target.querySelector("input, select, textarea");
  }
  const group = target.closest("fieldset");
  if (group && target.getAttribute("aria-invalid") !== "true") {
    const invalid = group.querySelector("[aria-invalid='true']");
    if (invalid) return invalid;
  }
  return target;
}

function captionFor(field) {
  const group = field.closest("fieldset");
  const legend = group && group.querySelector("legend");
  if (legend) {
    // Keep the legend and the field on screen together when they fit; else the label.
    const top = legend.getBoundingClientRect().top;
    const bottom = field.getBoundingClientRect().bottom;
    if (bottom - top < window.innerHeight) return legend;
  }
  return (field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`)) || field;
}

register("error_summary", (el) => {
  if (el.hasAttribute("autofocus") && document.activeElement !== el) {
    el.focus();
  }
  el.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    if (!link) return;
    const target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    const field = target && fieldFor(target);
    if (!field) return;
    event.preventDefault();
    captionFor(field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
});
