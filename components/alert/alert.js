// alert: focus an alert that takes focus on load (a success alert, by default), and show
// the close button of a dismissible alert (it is rendered `hidden`, so there is none
// without JavaScript). Closing fires "gcds:dismiss" on the alert, removes it and moves
// focus to the next visible element after it (else the page's h1), made focusable with
// tabindex="-1" until focus leaves it.

// tabindex="-1" is for one focus: gone once focus leaves, so a later click in the element
// does not focus it again.
function dropOnBlur(el) {
  el.addEventListener("blur", () => el.removeAttribute("tabindex"), { once: true });
}

register("alert", (alert) => {
  // The autofocus attribute does it without JavaScript, at the browser's next rendering
  // update; this makes sure, and also focuses an alert added later (initAll), unless
  // something has focus or an earlier element asks for it (the first autofocus wins).
  if (alert.hasAttribute("autofocus")) {
    const active = document.activeElement;
    if (active === alert) dropOnBlur(alert);
    else if (active === document.body && document.querySelector("[autofocus]") === alert) {
      dropOnBlur(alert);
      alert.focus();
    }
  }
  const close = alert.querySelector(".gcds-alert__close");
  if (!close) return;
  close.hidden = false;
  close.addEventListener("click", () => {
    let next = null;
    for (let node = alert; !next && node && node !== document.body; node = node.parentElement) {
      next = node.nextElementSibling;
      while (next && !next.getClientRects().length) next = next.nextElementSibling;
    }
    next = next || document.querySelector("h1");
    alert.dispatchEvent(new CustomEvent("gcds:dismiss", { bubbles: true }));
    alert.remove();
    if (!next) return;
    if (next.tabIndex < 0 && !next.hasAttribute("tabindex")) {
      next.tabIndex = -1;
      dropOnBlur(next);
    }
    next.focus();
  });
});
