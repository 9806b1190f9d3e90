/*
 * The process owner's overview in Cockpit (issue 18, ADR 0048): a box on the dashboard and a page of its own
 * (#/oversigt, "Oversigt" in the header), in Danish. The data comes from the plugin's REST resource
 * (OverviewPluginRootResource), which answers process owners and administrators only. Built with DOM calls and
 * textContent (no innerHTML with data, no eval): the web apps' CSP holds.
 */

const PATH = '/oversigt';

const STATUS_CHOICES = [
  ['', 'Alle'],
  ['running', 'I gang'],
  ['finished', 'Afsluttet'],
  ['overdue', 'Overskredet']
];

function url(api, forum, status) {
  const query = new URLSearchParams();
  if (forum) query.set('forum', forum);
  if (status) query.set('status', status);
  const q = query.toString();
  return `${api.cockpitApi}/plugin/governance-overview/${api.engine}/overview${q ? '?' + q : ''}`;
}

async function load(api, forum, status) {
  const response = await fetch(url(api, forum, status), {
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken},
    credentials: 'same-origin'
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || 'Oversigten kunne ikke hentes. Prøv igen om lidt.');
  }
  return body;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
  });
  children.flat().forEach(child => {
    if (child === null || child === undefined) return;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** "2025-08-22" or "2025-08-22T09:00:00" -> "22.08.2025" (and " kl. 09.00" when asked). */
function date(text, withTime) {
  if (!text) return '';
  const [day, time] = String(text).split('T');
  const [y, m, d] = day.split('-');
  const dateText = `${d}.${m}.${y}`;
  if (!withTime || !time) return dateText;
  const [hh, mm] = time.split(':');
  return `${dateText} kl. ${pad(hh)}.${pad(mm)}`;
}

function days(waiting) {
  if (!waiting || waiting.workingDays === null || waiting.workingDays === undefined) return '';
  return waiting.workingDays === 1 ? '1 arbejdsdag' : `${waiting.workingDays} arbejdsdage`;
}

function overdueBadge(overdue) {
  return overdue ? el('span', {class: 'label label-danger governance-overdue'}, 'Overskredet') : '';
}

/** The step's due date, and "Overskredet" when it has passed. */
function dueCell(waiting) {
  if (!waiting || !waiting.due) return '';
  return el('span', {}, date(waiting.due, true), waiting.overdue ? ' ' : '', overdueBadge(waiting.overdue));
}

function documentsLabel(href) {
  if (!href) return '';
  if (href.endsWith('/minutes.pdf')) return 'Referat (PDF)';
  if (href.endsWith('/agenda.pdf')) return 'Dagsorden (PDF)';
  return 'Mødets dokumenter';
}

function link(href, text) {
  return href ? el('a', {href}, text) : '';
}

function table(caption, headers, rows, emptyText) {
  const section = el('section', {class: 'governance-overview-section'}, el('h3', {}, caption));
  if (!rows.length) {
    section.appendChild(el('p', {class: 'governance-empty'}, emptyText));
    return section;
  }
  section.appendChild(el('table', {class: 'cam-table table governance-overview-table'},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c)))))));
  return section;
}

function meetingsTable(data) {
  return table('Møder', ['Møde', 'Forum', 'Dato', 'Status', 'Nuværende trin', 'Siden', 'Venter', 'Frist', 'Links'],
    data.meetings.map(m => [
      m.id, m.forum, date(m.startsAt, true), m.status, m.waiting ? m.waiting.step : '',
      m.waiting ? date(m.waiting.since, true) : '', days(m.waiting), dueCell(m.waiting),
      el('span', {}, link(m.instanceLink, 'Instans i Cockpit'), m.instanceLink ? ' · ' : '',
        link(m.documentsLink, documentsLabel(m.documentsLink)), ' · ', link(m.portalLink, 'Mødeportalen'))
    ]), 'Ingen møder.');
}

function agreementsTable(data) {
  return table('Samarbejdsaftaler',
    ['Aftale', 'Forumtrin', 'Status', 'Nuværende trin', 'Siden', 'Venter', 'Frist', 'Parternes svar', 'Åbne forbehold',
      'Link'],
    data.agreements.map(a => [
      a.title, a.forumStep || '', a.status, a.waiting ? a.waiting.step : '', a.waiting ? date(a.waiting.since) : '',
      days(a.waiting), dueCell(a.waiting),
      el('ul', {class: 'list-unstyled'}, a.parties.map(p => el('li', {}, `${p.party}: ${p.answer}`))),
      el('ul', {class: 'list-unstyled'}, a.openReservations.map(r => el('li', {}, r))),
      link(a.instanceLink, 'Instans i Cockpit')
    ]), 'Ingen samarbejdsaftaler.');
}

function consultationsTable(data) {
  return table('Høringer', ['Høring', 'Forum', 'Status', 'Svarfrist', 'Har svaret', 'Mangler svar', 'Venter', 'Overskredet', 'Link'],
    data.consultations.map(c => [
      c.subject, c.forumId ? c.forumId.toUpperCase() : '', c.status, date(c.replyBy),
      c.answered.join(', '), c.missing.join(', '), days(c.waiting), overdueBadge(c.waiting && c.waiting.overdue),
      link(c.instanceLink, 'Instans i Cockpit')
    ]), 'Ingen høringer.');
}

function actionsTable(data) {
  return table('Opfølgninger', ['Opfølgning', 'Art', 'Forum', 'Møde', 'Ansvarlig', 'Frist', 'Status', 'Frist overskredet', 'Link'],
    data.actions.map(a => [
      a.description, a.kind, a.forumId ? a.forumId.toUpperCase() : '', a.meetingId || '', a.owner || '',
      date(a.due), a.status, overdueBadge(a.overdue), link(a.instanceLink, 'Instans i Cockpit')
    ]), 'Ingen opfølgninger.');
}

function number(value) {
  return String(value).replace('.', ',');
}

function statisticsTable(data) {
  return table('Ventetid pr. trin de seneste 12 måneder (arbejdsdage)',
    ['Proces', 'Trin', 'Antal', 'Median', '90 %-fraktil'],
    data.waitingTimes.map(s => [s.process, s.step, s.count, number(s.medianWorkingDays), number(s.p90WorkingDays)]),
    'Ingen afsluttede trin de seneste 12 måneder.');
}

function filters(data, forum, status, onChange) {
  const forumSelect = el('select', {id: 'governance-filter-forum', class: 'form-control'},
    el('option', {value: ''}, 'Alle fora'),
    data.forums.map(f => el('option', {value: f.id, selected: f.id === forum ? 'selected' : null}, f.name)));
  const statusSelect = el('select', {id: 'governance-filter-status', class: 'form-control'},
    STATUS_CHOICES.map(([value, label]) => el('option', {value, selected: value === status ? 'selected' : null},
      label)));
  const form = el('form', {class: 'form-inline governance-filters', role: 'search'},
    el('label', {for: 'governance-filter-forum'}, 'Forum '), forumSelect, ' ',
    el('label', {for: 'governance-filter-status'}, 'Status '), statusSelect);
  const changed = () => onChange(forumSelect.value, statusSelect.value);
  forumSelect.addEventListener('change', changed);
  statusSelect.addEventListener('change', changed);
  form.addEventListener('submit', event => {
    event.preventDefault();
    changed();
  });
  return form;
}

function message(node, text) {
  node.replaceChildren(el('p', {class: 'alert alert-warning', role: 'alert'}, text));
}

async function renderPage(node, api, forum, status) {
  node.replaceChildren(el('p', {'aria-live': 'polite'}, 'Henter oversigten …'));
  try {
    const data = await load(api, forum, status);
    node.replaceChildren(
      el('div', {class: 'governance-overview', lang: 'da'},
        el('h2', {}, 'Oversigt over møder, aftaler, høringer og opfølgninger'),
        el('p', {class: 'text-muted'}, `Opgjort ${date(data.asOf, true)}. Ventetid i arbejdsdage (uden weekender og `
          + 'helligdage).'),
        filters(data, forum, status, (f, s) => renderPage(node, api, f, s)),
        meetingsTable(data), agreementsTable(data), consultationsTable(data), actionsTable(data),
        statisticsTable(data)));
  } catch (e) {
    message(node, e.message);
  }
}

async function renderDashboard(node, api) {
  node.replaceChildren(el('p', {}, 'Henter oversigten …'));
  try {
    const data = await load(api, '', '');
    const running = data.meetings.filter(m => m.running).length;
    const finished = data.meetings.length - running;
    const overdue = data.meetings.filter(m => m.waiting && m.waiting.overdue).length
      + data.agreements.filter(a => a.waiting && a.waiting.overdue).length
      + data.consultations.filter(c => c.waiting && c.waiting.overdue).length
      + data.actions.filter(a => a.overdue).length;
    node.replaceChildren(el('section', {class: 'governance-overview-dashboard', lang: 'da'},
      el('h3', {}, 'Procesoversigt'),
      el('ul', {},
        el('li', {}, `Møder i gang: ${running}; afsluttede møder: ${finished}`),
        el('li', {}, `Samarbejdsaftaler under behandling: ${data.agreements.filter(a => a.running).length}`),
        el('li', {}, `Åbne høringer: ${data.consultations.filter(c => c.running).length}`),
        el('li', {}, `Åbne opfølgninger: ${data.actions.filter(a => a.running).length}`),
        el('li', {}, `Overskredne trin: ${overdue}`)),
      el('a', {href: '#' + PATH, class: 'btn btn-default'}, 'Åbn oversigten')));
  } catch (e) {
    // A user who may not see the overview gets no box on the dashboard.
    node.replaceChildren();
  }
}

/**
 * Process owners read every instance but may change none: without the Admin app (administrators have it) the page is
 * marked read-only and plugin.css hides the edit, delete, suspend and retry buttons that would answer 403.
 */
async function markReadOnly(api) {
  try {
    const response = await fetch(`${api.adminApi}/auth/user/${api.engine}`, {credentials: 'same-origin',
      headers: {Accept: 'application/json'}});
    const user = response.ok ? await response.json() : {};
    const admin = (user.authorizedApps || []).includes('admin');
    document.body.classList.toggle('governance-read-only', !admin);
  } catch (e) {
    document.body.classList.add('governance-read-only');
  }
}

export default [
  {
    id: 'governance-overview-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, {api}) => {
      renderDashboard(node, api);
    }
  },
  {
    id: 'governance-overview-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: 'Oversigt'},
    render: (node, {api}) => {
      renderPage(node, api, '', '');
    }
  },
  {
    id: 'governance-overview-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {path: PATH},
    render: (node, {api}) => {
      // The header is rendered on every page after the login: the right moment to mark the page read-only.
      markReadOnly(api);
      node.replaceChildren(el('a', {href: '#' + PATH}, 'Oversigt'));
    }
  }
];
