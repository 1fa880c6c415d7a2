// Content tabs: a set of panels shown one at a time under a row of labels (WAI-ARIA's tablist, MkDocs Material's
// tabbed sets, Bootstrap's tab panes). A blog puts two outlets' takes side by side in them, each panel under
// its outlet's name: the panel's label is its source's credit.

/** Panels looked at: a documentation page's tab sets, and a bound on a hostile page. */
const MAX_PANELS = 200;
const PANELS = '[role="tabpanel"], .tab-pane, .tabbed-block';

/** The page's tab panels under `root`. */
export function tabPanels(root: Element): Element[] {
  const found = root.querySelectorAll(PANELS);
  const out: Element[] = [];
  for (let i = 0; i < found.length && i < MAX_PANELS; i++) out.push(found[i]);
  return out;
}

const escapeId = (id: string) => id.replace(/["\\]/g, '\\$&');

/** The label of a tab panel: the element naming it (aria-labelledby), the tab controlling it (aria-controls, a
 * link or a Bootstrap target to its id), or in a MkDocs tabbed set the label at its index. */
export function tabLabelOf(panel: Element): Element | null {
  const doc = panel.ownerDocument;
  const labelledBy = panel.getAttribute('aria-labelledby')?.trim().split(/\s+/)[0];
  if (labelledBy) {
    const label = doc.getElementById(labelledBy);
    if (label && !label.contains(panel)) return label;
  }
  const id = panel.id;
  if (id) {
    const q = escapeId(id);
    const tab = doc.querySelector(
      `[aria-controls="${q}"], a[href="#${q}"], [data-bs-target="#${q}"], [data-target="#${q}"]`,
    );
    if (tab && !tab.contains(panel) && !panel.contains(tab)) return tab;
  }
  if (!panel.classList.contains('tabbed-block')) return null;
  const content = panel.parentElement;
  const set = content?.parentElement;
  if (!content || !set) return null;
  const index = Array.from(content.children)
    .filter((el) => el.classList.contains('tabbed-block'))
    .indexOf(panel);
  const labels = set.querySelector(':scope > .tabbed-labels');
  return labels?.querySelectorAll('label')[index] ?? null;
}
