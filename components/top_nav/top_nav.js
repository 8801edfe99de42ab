// top_nav: keyboard support for the nav_group dropdowns and, below 48em, a "Menu" button
// that shows and hides the list. Without JavaScript the groups are plain <details>
// (open and close with Enter or Space) and the whole list is shown at every width.
register("top_nav", (nav) => {
  const list = nav.querySelector(".gcds-top-nav__list");
  const toggle = nav.querySelector(".gcds-top-nav__toggle");
  if (!list || !toggle) return;
  const wide = window.matchMedia("(min-width: 48em)");
  const groups = () => [...nav.querySelectorAll("details.gcds-nav-group__details")];
  let expanded = false;

  const layout = () => {
    toggle.hidden = wide.matches;
    toggle.setAttribute("aria-expanded", String(expanded));
    list.hidden = !wide.matches && !expanded;
  };
  const setMenu = (open) => {
    expanded = open;
    layout();
  };
  const closeGroups = (except) => {
    for (const group of groups()) if (group !== except) group.open = false;
  };

  toggle.addEventListener("click", () => setMenu(!expanded));
  wide.addEventListener("change", layout);
  layout();

  // Only one group open at a time ("toggle" does not bubble: listen while capturing).
  nav.addEventListener(
    "toggle",
    (event) => {
      if (event.target.matches && event.target.matches("details.gcds-nav-group__details") && event.target.open) {
        closeGroups(event.target);
      }
    },
    true,
  );

  nav.addEventListener("keydown", (event) => {
    const group = event.target.closest("details.gcds-nav-group__details");
    if (event.key === "Escape" || event.key === "Esc") {
      if (group && group.open) {
        group.open = false;
        group.querySelector("summary").focus();
        event.preventDefault();
      } else if (!wide.matches && expanded) {
        setMenu(false);
        toggle.focus();
        event.preventDefault();
      }
      return;
    }
    if (!group || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    const summary = group.querySelector("summary");
    const links = [...group.querySelectorAll(".gcds-nav-group__list a[href]")];
    if (!links.length) return;
    if (!group.open) {
      if (event.target !== summary || event.key !== "ArrowDown") return;
      group.open = true;
    }
    const index = links.indexOf(event.target);
    let next;
    if (event.key === "ArrowDown") {
      next = links[(index + 1) % links.length];
    } else {
      next = index < 0 ? links[links.length - 1] : index === 0 ? summary : links[index - 1];
    }
    next.focus();
    event.preventDefault();
  });

  // A group closes when focus moves out of it, or on a click elsewhere on the page.
  nav.addEventListener("focusout", (event) => {
    const group = event.target.closest("details.gcds-nav-group__details");
    if (group && group.open && event.relatedTarget && !group.contains(event.relatedTarget)) {
      group.open = false;
    }
  });
  document.addEventListener("click", (event) => {
    if (!nav.contains(event.target)) closeGroups(null);
  });
});
