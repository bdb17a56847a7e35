// Server half of packages/components/test/accessibility-tree.ts: reads the
// computed accessibility tree that Chromium exposes to assistive technology,
// through the DevTools protocol, for the element the test has stored on
// `window.__civicAccessibilityRoot`. `Accessibility.queryAXTree` searches the
// element's whole subtree, shadow roots included.
const COMMAND = 'civic-accessibility-tree';

export function accessibilityTreePlugin() {
  const cdpSessions = new WeakMap();

  async function cdpFor(page) {
    if (!cdpSessions.has(page)) {
      cdpSessions.set(page, await page.context().newCDPSession(page));
    }
    return cdpSessions.get(page);
  }

  return {
    name: 'civic-accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== COMMAND) return undefined;
      // Only Chromium exposes its accessibility tree to us; the browser half
      // reports that to the test instead of pretending to have checked.
      if (session.browser.type !== 'playwright' || session.browser.name !== 'Chromium') {
        return { supported: false };
      }
      const cdp = await cdpFor(session.browser.getPage(session.id));
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'window.__civicAccessibilityRoot',
      });
      if (!result.objectId) throw new Error('No element was stored for the accessibility query.');
      const query = { objectId: result.objectId };
      if (payload?.role) query.role = payload.role;
      if (payload?.name) query.accessibleName = payload.name;
      const { nodes } = await cdp.send('Accessibility.queryAXTree', query);
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
      return {
        supported: true,
        nodes: nodes
          .filter((node) => !node.ignored)
          .map((node) => ({
            role: node.role?.value ?? '',
            name: node.name?.value ?? '',
            description: node.description?.value ?? '',
            states: Object.fromEntries(
              (node.properties ?? []).map((property) => [property.name, property.value.value]),
            ),
          })),
      };
    },
  };
}
