// Hostile and mangled links, shared by the Chromium suite (hostile.spec.js)
// and the other engines (tests/engines/).
exports.START = 'What do your partner licensing benefits allow?';
const long = 'a'.repeat(10 * 1024);

// [what, query, screen it should open on, words the notice must contain]
exports.cases = [
  ['script in the topic', '?topic=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', 'start', ['<script>window.__pwned=1</script>']],
  ['markup in an answer', '?topic=kms&volume-licensing=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E', 'question', ['onerror=window.__pwned=1']],
  ['markup in a parameter name', '?%3Csvg%2Fonload%3Dwindow.__pwned%3D1%3E=1', 'start', ['<svg/onload=window.__pwned=1>']],
  ['javascript: in the topic', '?topic=javascript:window.__pwned=1', 'start', ['javascript:window.__pwned=1']],
  ['unknown question and answer', '?topic=upgrade&existing-os=windows-95&colour=blue', 'question', ['windows-95', 'colour']],
  ['30 February', '?topic=cloud-tokens&enrollment-end=2025-02-30', 'question', ['2025-02-30', 'not a day of the calendar']],
  ['month 13', '?topic=cloud-tokens&enrollment-end=2025-13-01&renewing=yes', 'question', ['2025-13-01']],
  ['a date without dashes', '?topic=downgrade&license-source=mpn&new-version-date=20250101', 'result', ['20250101', 'YYYY-MM-DD']],
  ['a junk as-of date', '?topic=kms&as-of=tomorrow', 'question', ['tomorrow', "today's date is used"]],
  ['negative, non-numeric and 40-digit numbers', '?topic=o365-switch&entitlement=-5&on-prem-users=abc&cloud-users=1234567890123456789012345678901234567890', 'question', ['-5', 'abc', 'too large']],
  ['percent-encoded junk and NUL', '?topic=kms%00&%ZZ=%C0%AF&volume-licensing=%00yes', 'start', ['kms', '%ZZ']],
  ['right-to-left marks and emoji', '?topic=%E2%80%AEcipot%F0%9F%98%80&%D8%B9%D8%B1%D8%A8%D9%8A=1', 'start', ['cipot😀', 'عربي']],
  ['a 10 KB value', `?topic=kms&note=${long}`, 'question', ['note']],
  ['10 KB of parameters', `?topic=kms&${'x=y&'.repeat(2600)}`, 'question', ['more than 64 parts']],
  ['conflicting repeated parameters', '?topic=kms&topic=upgrade&volume-licensing=yes&volume-licensing=no', 'result', ['“topic” more than once', '“volume-licensing” more than once']],
  ['embed with junk', '?embed=%3Cb%3Eyes%3C%2Fb%3E&topic=kms&embed=1', 'question', ['<b>yes</b>', 'embed']],
];


