// Narrows a table to one province and/or level: rows carry both as data attributes, the choices
// are the values present with their counts, and a group heading with nothing left under it goes.
type Dim = 'province' | 'level';

function options(select: HTMLSelectElement, rows: readonly HTMLTableRowElement[], dim: Dim): void {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = row.dataset[dim] ?? '';
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  for (const [value, count] of [...counts].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = `${value}（${count}）`;
    select.append(option);
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.table-filter')) {
  const table = document.getElementById(form.dataset['table'] ?? '');
  if (!table) continue;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-province]')];
  const selects = { province: form.elements.namedItem('province'), level: form.elements.namedItem('level') } as Record<
    Dim,
    HTMLSelectElement
  >;
  options(selects.province, rows, 'province');
  options(selects.level, rows, 'level');
  // a choice of one value filters nothing
  for (const select of Object.values(selects)) select.closest('label')!.hidden = select.options.length <= 2;
  const status = form.querySelector('.filter-status');
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const keep = (['province', 'level'] as const).every(
        (d) => !selects[d].value || row.dataset[d] === selects[d].value,
      );
      row.hidden = !keep;
      if (keep) shown++;
    }
    for (const body of table.querySelectorAll('tbody')) {
      const group = body.querySelector<HTMLElement>('tr.group-row');
      if (group) group.hidden = ![...body.querySelectorAll<HTMLElement>('tr[data-province]')].some((r) => !r.hidden);
    }
    if (status) status.textContent = `显示 ${shown} / ${rows.length} 条`;
  };
  form.addEventListener('change', apply);
  form.hidden = rows.length < 2;
  apply();
}
