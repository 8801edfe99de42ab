// cookie_banner: "Hide this message" hides the confirmation where it is, with no post
// (without JavaScript the button posts `hide` and the server sends the page back without
// the banner), and moves focus to the next focusable element after the banner (the skip
// link), or to the page's h1, so focus is never left on a hidden button.

register("cookie_banner", (banner) => {
  const hide = banner.querySelector(".gcds-cookie-banner__hide");
  if (!hide) return;
  hide.addEventListener("click", (event) => {
    event.preventDefault();
    banner.hidden = true;
    const next =
      [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]")].find(
        (el) =>
          // After the banner, and shown (the banner's own controls are hidden now).
          banner.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
          el.tabIndex >= 0 &&
          !el.disabled &&
          el.getClientRects().length,
      ) || document.querySelector("h1");
    if (!next) return;
    if (next.tabIndex < 0) {
      next.tabIndex = -1;
      next.addEventListener("blur", () => next.removeAttribute("tabindex"), { once: true });
    }
    next.focus();
  });
});
