// A page for the analysis tests: the body's markup, the page's language and its head.

export function page(html: string, lang = 'en', head = '<title>A page</title>'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  doc.documentElement.setAttribute('lang', lang);
  return doc;
}
