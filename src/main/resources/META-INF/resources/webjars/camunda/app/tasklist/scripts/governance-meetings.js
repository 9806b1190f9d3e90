/*
 * "Møder" in the Tasklist's top bar (issue 15): the secretariat's page of its forums' meetings (/screens/meetings:
 * create, register a past meeting, move, cancel), reachable without knowing its address. A Tasklist plugin at the
 * top bar's action point (tasklist.navbar.action), loaded by config.js (customScripts). The page itself says who
 * plans which forum's meetings, so the link is the same for everyone.
 */
const MEETINGS = '/screens/meetings';

export default [{
  id: 'governance.meetings',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render: (node) => {
    const link = document.createElement('a');
    link.href = MEETINGS + '?callbackUrl=' + encodeURIComponent(window.location.pathname);
    link.textContent = 'Møder';
    link.className = 'governance-meetings-link';
    link.title = 'Forummernes møder: opret, registrér, flyt og aflys';
    node.appendChild(link);
  }
}];
