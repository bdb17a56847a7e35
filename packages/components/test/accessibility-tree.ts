// Reads what assistive technology is told about an element: its role,
// accessible name, description and states, from the browser's computed
// accessibility tree (Chromium, over the DevTools protocol; see
// scripts/wtr/accessibility-tree-plugin.js). axe checks rules; this checks
// what a screen reader would actually announce.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
  /** Accessibility properties such as `disabled`, `focusable`, `invalid`, `expanded`. */
  states: Record<string, unknown>;
}

interface TreeQuery {
  role?: string;
  name?: string;
}

type TreeResult = { supported: false } | { supported: true; nodes: AccessibleNode[] };

declare global {
  interface Window {
    __civicAccessibilityRoot?: Element;
  }
}

/**
 * Only Chromium gives tests its accessibility tree. Tests that read it are
 * registered with `itInAccessibilityTree`, which skips them elsewhere with that
 * reason in their title rather than passing without checking anything.
 */
export const hasAccessibilityTree = navigator.userAgent.includes('Chrome/');

/** Every accessible node inside `root` (shadow roots included) that matches the query. */
export async function accessibleNodes(
  root: Element,
  query: TreeQuery = {},
): Promise<AccessibleNode[]> {
  window.__civicAccessibilityRoot = root;
  try {
    const result = await executeServerCommand<TreeResult, TreeQuery>(
      'civic-accessibility-tree',
      query,
    );
    if (!result.supported)
      throw new Error('This browser does not expose its accessibility tree to tests.');
    return result.nodes;
  } finally {
    delete window.__civicAccessibilityRoot;
  }
}

/**
 * Asserts that exactly one node with `expected.role` inside `root` is announced
 * with the expected name, description and states. States not listed are not checked.
 */
export async function expectAccessibleNode(
  root: Element,
  expected: { role: string; name: string; description?: string; states?: Record<string, unknown> },
): Promise<AccessibleNode> {
  const nodes = await accessibleNodes(root, { role: expected.role });
  expect(nodes, `nodes with role "${expected.role}"`).to.have.length(1);
  const [node] = nodes as [AccessibleNode];
  expect(node.name, 'accessible name').to.equal(expected.name);
  if (expected.description !== undefined) {
    expect(node.description, 'accessible description').to.equal(expected.description);
  }
  for (const [state, value] of Object.entries(expected.states ?? {})) {
    expect(node.states[state], `state "${state}"`).to.equal(value);
  }
  return node;
}

/** `it` for tests that read the accessibility tree: runs in Chromium, skipped with its reason elsewhere. */
export function itInAccessibilityTree(title: string, test: () => Promise<void>): void {
  if (hasAccessibilityTree) it(title, test);
  else it.skip(`${title} (Chromium only: this engine gives tests no accessibility tree)`, test);
}
