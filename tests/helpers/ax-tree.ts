/**
 * Chromium's accessibility tree (what a screen reader is given), read through the DevTools protocol: from a browser
 * test with `cdp()` from `vitest/browser`, or from a Node-side test with Playwright's `newCDPSession(page)`. The tree
 * is built from the flattened tree, so it crosses shadow roots the way assistive technology does.
 */

/** One node of `Accessibility.getFullAXTree`, as much of it as the tests read. */
interface RawNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  parentId?: string;
}

/** A node as a screen reader would describe it. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  /** The states and properties by name (`required`, `invalid`, `focused`, `live`, `level`…). */
  props: Record<string, unknown>;
  /** What is read inside it, in order (its static text, hidden text left out). */
  text: string;
  children: AxNode[];
}

/** Anything that sends a DevTools protocol command: Vitest's `cdp()` or a Playwright CDPSession. */
export interface CdpSender {
  send(method: string, params?: object): Promise<unknown>;
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

/** The accessibility tree of the page, or of the frame at `frameUrl` (a browser test runs in a frame). */
export async function readAxTree(session: CdpSender, frameUrl?: string): Promise<AxTree> {
  let frameId: string | undefined;
  if (frameUrl) {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const find = (tree: FrameTree): string | undefined =>
      tree.frame.url === frameUrl ? tree.frame.id : (tree.childFrames ?? []).map(find).find(Boolean);
    frameId = find(frameTree);
    if (!frameId) throw new Error(`No frame at ${frameUrl}`);
  }
  const { nodes } = (await session.send('Accessibility.getFullAXTree', frameId ? { frameId } : {})) as { nodes: RawNode[] };
  return new AxTree(nodes);
}

export class AxTree {
  /** The root, with ignored nodes (hidden, `aria-hidden`, presentational) left out and their children lifted. */
  readonly root: AxNode;

  constructor(nodes: RawNode[]) {
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const build = (raw: RawNode): AxNode[] => {
      const children = (raw.childIds ?? []).flatMap((id) => (byId.has(id) ? build(byId.get(id)!) : []));
      if (raw.ignored) return children;
      const role = raw.role?.value ?? '';
      const name = raw.name?.value ?? '';
      const text =
        role === 'StaticText'
          ? name
          : children
              .map((c) => c.text)
              .filter(Boolean)
              .join(' ');
      const props = Object.fromEntries((raw.properties ?? []).map((p) => [p.name, p.value.value]));
      return [{ role, name, description: raw.description?.value ?? '', props, text, children }];
    };
    const top = nodes.find((n) => !n.parentId) ?? nodes[0]!;
    this.root = build(top)[0] ?? { role: 'RootWebArea', name: '', description: '', props: {}, text: '', children: [] };
  }

  /** Every node, depth first (the order a screen reader's browse mode reads them in). */
  all(from: AxNode = this.root): AxNode[] {
    return [from, ...from.children.flatMap((c) => this.all(c))];
  }

  /** Nodes with `role` (and a name equal to, or matching, `name`). */
  find(role: string, name?: string | RegExp, from?: AxNode): AxNode[] {
    return this.all(from).filter(
      (n) => n.role === role && (name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name))),
    );
  }

  /** The one node with `role` and `name`; fails when there is none or more than one. */
  get(role: string, name?: string | RegExp, from?: AxNode): AxNode {
    const found = this.find(role, name, from);
    if (found.length !== 1) throw new Error(`${found.length} ${role} nodes named ${String(name)}; roles here: ${this.summary()}`);
    return found[0]!;
  }

  /** The node that has focus (the innermost: the document counts as focused too). */
  focused(): AxNode | undefined {
    return this.all().findLast((n) => n.props.focused === true);
  }

  /** The live regions (status, alert, or `aria-live`), outermost only. */
  liveRegions(): AxNode[] {
    const found: AxNode[] = [];
    const visit = (n: AxNode) => {
      if (n.role === 'status' || n.role === 'alert' || (n.props.live && n.props.live !== 'off')) found.push(n);
      else n.children.forEach(visit);
    };
    visit(this.root);
    return found;
  }

  /** The text browse mode reads, line by line (each static text in order). */
  reading(from: AxNode = this.root): string[] {
    return this.all(from)
      .filter((n) => n.role === 'StaticText')
      .map((n) => n.name.trim())
      .filter(Boolean);
  }

  /** The roles and names in the tree, for failure messages. */
  summary(): string {
    return this.all()
      .filter((n) => n.role !== 'StaticText' && n.role !== 'InlineTextBox' && n.role !== 'generic')
      .map((n) => `${n.role} "${n.name}"`)
      .join(', ');
  }
}
