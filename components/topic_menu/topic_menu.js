// topic_menu: keyboard support for the Canada.ca "Menu" (native <details> all the way
// down, so it works with no JavaScript). Escape closes the innermost open part and
// returns focus to its button; ArrowDown/ArrowUp move through the open menu's visible
// buttons and links; only one theme is open at a time; a click outside closes the menu.
register("topic_menu", (nav) => {
  const menu = nav.querySelector("details.gcds-topic-menu__menu");
  if (!menu) return;
  const button = menu.querySelector(":scope > summary");
  const themes = () => [...menu.querySelectorAll("details.gcds-topic-menu__theme-details")];
  const visible = (el) => el.getClientRects().length > 0;
  const stops = () =>
    [...menu.querySelectorAll(".gcds-topic-menu__themes summary, .gcds-topic-menu__themes a[href]")].filter(visible);

  menu.addEventListener(
    "toggle",
    (event) => {
      const opened = event.target;
      if (opened.open && opened.matches("details.gcds-topic-menu__theme-details")) {
        for (const theme of themes()) if (theme !== opened) theme.open = false;
      }
    },
    true,
  );

  nav.addEventListener("keydown", (event) => {
    if (event.key === "Escape" || event.key === "Esc") {
      const open = event.target.closest("details[open]");
      if (!open) return;
      open.open = false;
      open.querySelector(":scope > summary").focus();
      event.preventDefault();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    if (event.target === button && !menu.open) {
      if (event.key !== "ArrowDown") return;
      menu.open = true;
    }
    if (!menu.open) return;
    const list = stops();
    if (!list.length) return;
    const index = list.indexOf(event.target);
    let next;
    if (event.key === "ArrowDown") {
      next = list[(index + 1) % list.length];
    } else {
      next = index <= 0 ? (index === 0 ? button : list[list.length - 1]) : list[index - 1];
    }
    next.focus();
    event.preventDefault();
  });

  document.addEventListener("click", (event) => {
    if (menu.open && !nav.contains(event.target)) menu.open = false;
  });
});
