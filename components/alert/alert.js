// alert: show the close button of a dismissible alert (it is rendered `hidden`, so there
// is none without JavaScript). Closing fires "gcds:dismiss" on the alert, removes it and
// moves focus to the next visible element after it (else the page's h1), made
// focusable with tabindex="-1" until focus leaves it.
register("alert", (alert) => {
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
      next.addEventListener("blur", () => next.removeAttribute("tabindex"), { once: true });
    }
    next.focus();
  });
});
