// The text of a PDF (a page saved as one, or WebDriver's print), read back
// with pdf.js: each page's text in order, a line break where pdf.js marks the
// end of a line. Shared by the end-to-end tests and the engines' tests.
exports.pdfText = async (bytes) => {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join('') + '\n';
  }
  return text;
};
