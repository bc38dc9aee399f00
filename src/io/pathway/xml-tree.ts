/**
 * A small element tree of an XML file, each element with the line its start tag ends on,
 * built with saxes (a well-formedness-checking streaming parser). The GPML and SBGN-ML
 * readers walk it; a file that is not well-formed XML is a PathwayImportError naming the
 * line and what saxes found.
 */
import { SaxesParser } from 'saxes';
import { PathwayImportError } from './pathway-import';

export interface XmlElement {
  /** The local name, without a namespace prefix ("Pathway", "glyph"). */
  name: string;
  attributes: Record<string, string>;
  line: number;
  children: XmlElement[];
  /** The element's own text, trimmed (Comment, text of an SBGN label). */
  text: string;
  /** The namespace the element's tag declares or inherits through a default `xmlns`. */
  namespace?: string;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Text handed to saxes at a time, so a large file reports its progress as it goes. */
const CHUNK = 1 << 20;

/**
 * The root element, or a PathwayImportError with the line of the first XML error.
 * `onProgress` hears the fraction of the text parsed after each megabyte.
 */
export function parseXmlTree(text: string, fileName: string, onProgress?: (fraction: number) => void): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  parser.on('error', (error) => {
    failure ??= error.message;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      attributes[localName(key)] = typeof value === 'string' ? value : value.value;
    }
    const parent = stack[stack.length - 1];
    const element: XmlElement = {
      name: localName(tag.name),
      attributes,
      line: parser.line,
      children: [],
      text: '',
      namespace: attributes.xmlns ?? parent?.namespace,
    };
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    const top = stack.pop();
    if (top) top.text = top.text.trim();
  });
  try {
    // saxes joins a surrogate pair cut between two chunks itself (the test checks it).
    for (let at = 0; at < text.length && failure === undefined; at += CHUNK) {
      parser.write(text.slice(at, at + CHUNK));
      onProgress?.(Math.min(1, (at + CHUNK) / text.length));
    }
    if (failure === undefined) parser.close();
  } catch (error) {
    failure ??= (error as Error).message;
  }
  if (failure !== undefined) {
    throw new PathwayImportError(`${fileName} is not well-formed XML: ${failure}`, fileName);
  }
  if (!root) throw new PathwayImportError(`${fileName} holds no XML element`, fileName);
  return root;
}

/** Every descendant named `name`, in document order (iterative: a deeply nested file cannot overflow the stack). */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [...element.children].reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.name === name) found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]);
  }
  return found;
}

export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
