// combobox: turns the server-rendered <select> into an ARIA 1.2 combobox with a filtered
// listbox. The select stays in the form (hidden, kept in step), so the form submits the
// same name and value; with no JavaScript the select is the whole component.

const fold = (text) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

register("combobox", (root) => {
  const select = root.querySelector("select");
  if (!select || select.multiple) return;
  const words = root.dataset;
  const id = select.id;
  const listId = `${id}-listbox`;
  const options = Array.from(select.options)
    .filter((o) => o.value !== "" && !o.disabled)
    .map((o) => ({ value: o.value, text: o.text, key: fold(o.text) }));

  const field = document.createElement("div");
  field.className = select.className.replace(/gcds-select__control(?!-)/, "gcds-combobox__field");
  const input = document.createElement("input");
  const list = document.createElement("ul");
  const status = document.createElement("div");
  const help = document.createElement("span");

  const label = root.querySelector(`label[for="${CSS.escape(id)}"]`);
  if (label && !label.id) label.id = `${id}-label`;
  select.id = `${id}-select`;
  help.id = `${id}-instructions`;
  help.hidden = true;
  help.textContent = words.instructions;

  Object.assign(input, { type: "text", id, className: "gcds-select__control gcds-combobox__input" });
  input.size = Math.max(10, ...options.map((o) => o.text.length)) + 2;
  const set = (el, attrs) => Object.entries(attrs).forEach(([k, v]) => v != null && el.setAttribute(k, v));
  set(input, {
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    "aria-invalid": select.getAttribute("aria-invalid"),
    "aria-describedby": [select.getAttribute("aria-describedby"), help.id].filter(Boolean).join(" "),
  });
  input.disabled = select.disabled;
  input.required = select.required;
  select.required = false;
  select.hidden = true;
  select.classList.add("gcds-combobox__select");
  select.tabIndex = -1;

  set(list, { id: listId, role: "listbox", class: "gcds-combobox__listbox", "aria-labelledby": label && label.id });
  list.hidden = true;
  const items = options.map((o, i) => {
    const li = document.createElement("li");
    set(li, { id: `${listId}-${i}`, role: "option", "aria-selected": "false", class: "gcds-combobox__option" });
    li.textContent = o.text;
    li.addEventListener("mousedown", (e) => e.preventDefault());
    li.addEventListener("click", () => choose(i));
    list.append(li);
    return li;
  });
  set(status, { role: "status", "aria-atomic": "true", class: "gcds-combobox__status" });

  field.append(input, list, help, status);
  select.after(field);

  let shown = [];
  let active = -1;
  let committed = "";
  let timer;

  const fromSelect = () => {
    const option = select.options[select.selectedIndex];
    committed = option && option.value !== "" ? option.text : "";
    input.value = committed;
  };
  const isOpen = () => !list.hidden;

  function announce() {
    clearTimeout(timer);
    const n = shown.length;
    const text = n === 0 ? words.noResults : n === 1 ? words.result : words.results.replace("{count}", n);
    // Wait for typing to pause, then announce (once per pause, not per key).
    timer = setTimeout(() => {
      status.textContent = text;
    }, 300);
  }

  function filter(query) {
    const key = fold(query);
    shown = [];
    options.forEach((o, i) => {
      const match = o.key.includes(key);
      items[i].hidden = !match;
      if (match) shown.push(i);
    });
    move(-1);
    announce();
  }

  function open() {
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    clearTimeout(timer);
    move(-1);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function move(position) {
    if (active >= 0) {
      items[shown[active]].classList.remove("gcds-combobox__option--active");
      items[shown[active]].setAttribute("aria-selected", "false");
    }
    active = position;
    if (active < 0 || !shown.length) {
      active = -1;
      input.removeAttribute("aria-activedescendant");
      return;
    }
    const li = items[shown[active]];
    li.classList.add("gcds-combobox__option--active");
    li.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", li.id);
    li.scrollIntoView({ block: "nearest" });
  }

  function setValue(value) {
    if (select.value === value) return;
    select.value = value;
    if (select.value !== value) select.selectedIndex = -1; // no empty option: nothing chosen
    select.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function choose(index) {
    const o = options[index];
    committed = o.text;
    input.value = o.text;
    setValue(o.value);
    close();
  }

  // Leaving the field: exact text chooses that option, empty text clears, anything else
  // reverts to the last option chosen (typed text is never submitted silently).
  function commit() {
    close();
    if (input.value === committed) return;
    const key = fold(input.value);
    if (!key) {
      committed = "";
      input.value = "";
      setValue("");
      return;
    }
    const exact = options.findIndex((o) => o.key === key);
    if (exact >= 0) choose(exact);
    else input.value = committed;
  }

  function openAll() {
    filter(input.value === committed ? "" : input.value);
    open();
  }

  input.addEventListener("input", () => {
    filter(input.value);
    open();
  });

  input.addEventListener("keydown", (event) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!isOpen()) {
          openAll();
          if (event.altKey) return;
          const current = shown.findIndex((i) => options[i].text === committed);
          move(current >= 0 ? current : 0);
        } else if (!event.altKey) {
          move(Math.min(active + 1, shown.length - 1));
        }
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!isOpen()) {
          openAll();
          move(shown.length - 1);
        } else if (event.altKey) {
          close();
        } else {
          move(Math.max(active - 1, 0));
        }
        break;
      case "Enter":
        if (isOpen()) {
          event.preventDefault();
          if (active >= 0) choose(shown[active]);
          else if (shown.length === 1) choose(shown[0]);
          else close();
        } else {
          commit(); // before the form is submitted by Enter
        }
        break;
      case "Escape":
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          committed = "";
          setValue("");
        }
        break;
      default:
    }
  });

  input.addEventListener("click", () => (isOpen() ? close() : openAll()));
  input.addEventListener("blur", commit);
  if (select.form) {
    select.form.addEventListener("reset", () => setTimeout(fromSelect));
  }
  fromSelect();
});
