// The company switcher in the header: shown only when the knowledge folder has research for two companies or more.
// Choosing one reloads the page, so every view (the headings, buttons and placeholders, the tie, the history, the
// plan) asks again, and js/api.js adds the company to each of its calls.

import {chooseCompany, companyList} from './api.js';

async function setUp() {
  const list = await companyList();
  const all = list.companies || [];
  if (all.length < 2) return;
  const select = document.getElementById('company-switch');
  const chosen = list.chosen || list.default;
  for (const c of all) {
    const option = document.createElement('option');
    option.value = c.slug;
    option.textContent = c.name;
    option.selected = c.slug === chosen;
    select.append(option);
  }
  select.addEventListener('change', () => {
    chooseCompany(select.value);
    location.reload();
  });
  document.getElementById('company-switcher').hidden = false;
}

setUp();
