/**
 * A small, namespace-blind view of an XML document for the REFI-QDA
 * readers, parsed with htmlparser2 in XML mode (as the HTML importer parses
 * pages). Tools write the REFI namespaces as the default namespace, with a
 * prefix (`<qda:Code>`), or not at all, so elements and attributes are known
 * by their local names. htmlparser2 decodes entities and CDATA sections and
 * never expands a DTD's entities, so a crafted file cannot blow up.
 */
import { isCDATA, isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** The part of a qualified name after its prefix: `qda:Code` → `Code`. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** One element: its local name, attributes by local name, and child elements. */
export class XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;

  constructor(private readonly node: Element) {
    this.name = localName(node.name);
    const attributes = new Map<string, string>();
    for (const [key, value] of Object.entries(node.attribs)) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      attributes.set(localName(key), value);
    }
    this.attributes = attributes;
  }

  /** An attribute's value, or undefined. */
  attribute(name: string): string | undefined {
    return this.attributes.get(name);
  }

  /** The child elements, or those with local name `name`. */
  children(name?: string): XmlElement[] {
    return this.node.children.filter(isTag).map((child) => new XmlElement(child)).filter((child) => name === undefined || child.name === name);
  }

  /** The first child element named `name`, or undefined. */
  child(name: string): XmlElement | undefined {
    return this.children(name)[0];
  }

  /** The text inside the element (its text, CDATA and descendants' text), with CRLF and CR read as LF as XML parsers do. */
  text(): string {
    const collect = (nodes: readonly ChildNode[]): string =>
      nodes.map((node) => (isText(node) ? node.data : isCDATA(node) || isTag(node) ? collect(node.children) : '')).join('');
    return collect(this.node.children).replace(/\r\n?/g, '\n');
  }
}

/** The root element of `xml`, or null when there is none. A byte order mark, declaration and comments are skipped. */
export function xmlRoot(xml: string): XmlElement | null {
  const parsed = parseDocument(xml.replace(/^\uFEFF/, ''), { xmlMode: true });
  const root = parsed.children.find(isTag);
  return root === undefined ? null : new XmlElement(root);
}
