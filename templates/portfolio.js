// Sorting and the owner filter: the page reads the same without them (worst health first).
(() => {
  const table = document.getElementById('portfolio');
  const body = table.tBodies[0];
  const original = [...body.rows];
  const headings = [...table.tHead.rows[0].cells];
  const order = document.getElementById('order');
  const language = document.documentElement.lang;
  headings.forEach((th, column) => {
    if (th.hasAttribute('data-nosort')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headings.forEach((h) => h.hasAttribute('aria-sort') && h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.type === 'number';
      const key = (row) => row.cells[column].dataset.sort;
      // Amounts compare only within their currency: the groups in code order whichever way.
      const group = (row) => row.cells[column].dataset.group ?? '';
      const rows = [...original].sort((a, b) => {
        const x = key(a), y = key(b);
        if (x === '' || y === '') return (x === '') - (y === '') || original.indexOf(a) - original.indexOf(b); // no value: last
        const byValue = numeric ? Number(x) - Number(y) : x.localeCompare(y, language);
        const byGroup = group(a).localeCompare(group(b));
        return byGroup || (ascending ? byValue : -byValue) || original.indexOf(a) - original.indexOf(b);
      });
      body.append(...rows);
      order.textContent = ascending ? th.dataset.ascending : th.dataset.descending; // the caption says the order now
    });
  });
  const select = document.getElementById('owner');
  const showing = document.getElementById('showing');
  const lede = document.getElementById('lede');
  const filter = () => {
    const owner = select.value;
    original.forEach((row) => (row.hidden = owner !== 'all' && row.dataset.owner !== owner));
    document.querySelectorAll('.totals tbody').forEach((group) => (group.hidden = group.dataset.owner !== owner));
    showing.textContent = select.selectedOptions[0].dataset.showing;
    lede.textContent = select.selectedOptions[0].dataset.lede; // the heading's counts are the filtered accounts'
  };
  select.addEventListener('change', filter);
  filter();
  document.querySelector('.controls').hidden = false;
})();
