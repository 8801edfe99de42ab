// accordion: reveal the "Show all" button, keep its text and aria-expanded in step with
// the sections; open the section named by the URL's #id (:target is set only after load).
register("accordion", (root) => {
  const button = root.querySelector(".gcds-accordion__toggle");
  const sections = [...root.querySelectorAll(":scope > .gcds-accordion__section")];
  let all;
  const sync = () => {
    all = sections.every((s) => s.open);
    button.setAttribute("aria-expanded", all);
    button.lastChild.textContent = button.dataset[all ? "hide" : "show"];
  };
  const openTarget = () =>
    sections.forEach((s) => s.id && location.hash == "#" + encodeURI(s.id) && (s.open = true));
  button.addEventListener("click", () => {
    sections.forEach((s) => (s.open = !all));
    sync();
  });
  root.addEventListener("toggle", sync, true); // "toggle" does not bubble
  addEventListener("hashchange", openTarget);
  openTarget();
  sync();
  button.hidden = false;
});
