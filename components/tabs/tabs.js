// tabs: the links to the sections become an ARIA tab list (the APG tabs pattern, with
// automatic activation). One Tab stop, on the selected tab; Left and Right (wrapping), Home
// and End move focus and select; Space selects too. Only the selected panel is shown; each
// panel is a Tab stop (tabindex 0) so keyboard users reach text with no link in it.
// Choosing a tab puts its section id in the address (replaceState: no history entry, no
// scroll); an address, or a link elsewhere on the page, to a section selects its tab.
// Tabs stay tabs at every width (they stack below 48em; see _tabs.scss).
// Without JavaScript: the links and every section, all shown (nothing to undo here).
register("tabs", (root) => {
  const nav = root.querySelector(".gcds-tabs__nav");
  const tabs = [...nav.querySelectorAll(".gcds-tabs__tab")];
  const panel = (tab) => document.getElementById(tab.hash.slice(1));
  if (!tabs.every(panel)) return;
  const set = (el, name, value) => el.setAttribute(name, value);
  const hashed = () => tabs.find((tab) => tab.hash === location.hash);
  // Keys and clicks with a modifier are the browser's (Alt+Left is Back, Ctrl+click opens
  // the section in a new browser tab, where the address selects it).
  const plain = (event) => !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey);
  const select = (tab, focus, keep) => {
    for (const other of tabs) {
      set(other, "aria-selected", other === tab);
      other.tabIndex = other === tab ? 0 : -1;
      panel(other).hidden = other !== tab;
    }
    if (focus) tab.focus();
    if (keep) history.replaceState(history.state, "", tab.hash);
  };

  root.classList.add("gcds-tabs--js");
  // The <nav> is the tab list (its aria-label names it); the list and items in between
  // take no role, so the tabs are the tab list's own children.
  set(nav, "role", "tablist");
  for (const el of nav.querySelectorAll("ul, li")) set(el, "role", "none");
  tabs.forEach((tab, i) => {
    const box = panel(tab);
    set(tab, "role", "tab");
    set(tab, "aria-controls", box.id);
    set(box, "role", "tabpanel");
    set(box, "aria-labelledby", tab.id);
    box.tabIndex = 0;
    tab.addEventListener("click", (event) => {
      if (!plain(event)) return;
      event.preventDefault();
      select(tab, 1, 1);
    });
    tab.addEventListener("keydown", (event) => {
      const n = tabs.length;
      const next = {
        ArrowLeft: tabs[(i + n - 1) % n],
        ArrowRight: tabs[(i + 1) % n],
        Home: tabs[0],
        End: tabs[n - 1],
        " ": tab,
      }[event.key];
      if (!next || !plain(event)) return;
      event.preventDefault();
      select(next, 1, 1);
    });
  });
  // A link to a section (or Back to an address with one): select its tab, focus on it.
  addEventListener("hashchange", () => {
    const tab = hashed();
    if (tab) select(tab, 1);
  });
  select(hashed() || nav.querySelector(".gcds-tabs__tab--selected") || tabs[0]);
});
