// dialog: the link to the in-page section gives way to a button, and the section becomes
// a native <dialog> (same attributes and children) opened with showModal(): page inert,
// Escape closes. Focus: the title on open, the button on close. The backdrop closes it
// (not an alertdialog).
register("dialog", (el) => {
  const q = (part) => el.querySelector(".gcds-dialog__" + part);
  const [link, open, panel, close, title] = ["link", "open", "panel", "close", "title"].map(q);
  if (!link || !open || !panel || !close || !title || !window.HTMLDialogElement) return;
  const dialog = document.createElement("dialog");
  for (const { name, value } of panel.attributes) dialog.setAttribute(name, value);
  const role = panel.dataset.role;
  if (role) dialog.setAttribute("role", role);
  dialog.append(...panel.childNodes);
  panel.replaceWith(dialog);
  link.remove();
  open.hidden = close.hidden = false;

  open.addEventListener("click", () => {
    dialog.showModal();
    title.focus();
  });
  close.addEventListener("click", () => dialog.close());
  // No padding on the dialog: a click on it, not its box, is on the backdrop.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog && !role) dialog.close();
  });
  dialog.addEventListener("close", () => open.focus());
});
