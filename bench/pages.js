// The screens the cold-load benchmark times: the start page, the first
// question of every topic, results (deep links with answers) and a tool, each with
// the element whose appearance counts as "shown".
const topics = ['sharing', 'downgrade', 'toolkit', 'msdn', 'upgrade', 'activation', 'kms', 'cloud-tokens', 'o365-mix', 'o365-switch'];

module.exports = [
  { name: 'start page', path: '/', selector: '[data-topic-link]' },
  ...topics.map((t) => ({ name: `${t}: first question`, path: `/?topic=${t}`, selector: '[data-question]' })),
  { name: 'kms: result', path: '/?topic=kms&volume-licensing=no', selector: '#result' },
  {
    name: 'downgrade: result with dates',
    path: '/?topic=downgrade&license-source=mpn&new-version-date=2025-03-31&as-of=2026-01-15',
    selector: '#result',
  },
  {
    name: 'sharing: result with counts',
    path: '/?topic=sharing&membership=competency&same-organization=yes&licenses-in-use=250&license-cap=200&demo-training=no&cap-scope=worldwide',
    selector: '#result',
  },
  { name: 'upgrade: settled link', path: '/?topic=upgrade&install-location=external', selector: '#result' },
  // A tool's screen is a file of its own, fetched on its link.
  { name: 'keys: tool', path: '/?topic=keys', selector: '[data-page=keys]' },
];
