// table: sort buttons in sortable headers; the region is a Tab stop only while it scrolls.
register("table", (root) => {
  const table = root.querySelector("table");
  const collator = new Intl.Collator(root.closest("[lang]")?.lang || [], { numeric: true });
  const fit = new ResizeObserver(() => {
    root.tabIndex = root.scrollWidth > root.clientWidth ? 0 : -1;
  });
  fit.observe(root);
  fit.observe(table);
  for (const th of table.querySelectorAll("th[data-sortable]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "gcds-table__sort";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const sign = th.ariaSort === "ascending" ? -1 : 1;
      const body = table.tBodies[0];
      const rows = [...body.rows].map((row) => {
        // The header's column (a header row with spanned cells has fewer cells than columns);
        // a sortable table's body cells never span, so the column is the cell's index.
        const cell = row.cells[th.dataset.sortable];
        return [cell.dataset.sortValue ?? cell.textContent.trim(), row];
      });
      rows.sort(([a], [b]) => sign * (isFinite(a) && isFinite(b) ? a - b : collator.compare(a, b)));
      for (const [, row] of rows) body.append(row);
      for (const other of table.querySelectorAll("th[aria-sort]")) other.ariaSort = null;
      th.ariaSort = sign > 0 ? "ascending" : "descending";
      const status = root.querySelector("[role=status]");
      // data-sort-name: the column's headers, group headers first (its own text may repeat).
      const name = th.dataset.sortName || th.textContent.trim();
      status.textContent = root.dataset[th.ariaSort].replace("{column}", name);
    });
  }
});
