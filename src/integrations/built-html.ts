/**
 * The built pages, read and rewritten through one HTML parser (parse5, ADR 0016), for
 * every step after the build. No step matches HTML with a regular expression.
 *
 * parse5 builds the tree a browser builds, and records where each element and each of
 * its attributes stands in the page's text. An edit replaces that stretch of text
 * only, so everything a step does not touch stays byte for byte as Astro wrote it
 * (parse5's own serializer would rewrite the whole page: `crossorigin=""` for
 * `crossorigin`, spaces dropped around `<head>`). New markup is written by parse5's
 * serializer.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultTreeAdapter, html, parse, serializeOuter, type DefaultTreeAdapterTypes, type Token } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** One change to the page's text: the characters from `start` to `end` become `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The built pages, as paths under the build folder (`faq/index.html`). */
export async function builtPages(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html'));
}

/** A built page: its elements to read, and edits that change only what they name. */
export class BuiltPage {
  readonly #source: string;
  readonly #document: DefaultTreeAdapterTypes.Document;
  readonly #edits: Edit[] = [];

  constructor(source: string) {
    this.#source = source;
    this.#document = parse(source, { sourceCodeLocationInfo: true });
  }

  /** Every element, in document order (a `<template>`'s content included). */
  *elements(): Generator<Element> {
    const queue: Node[] = [this.#document];
    // Depth first, each node once: the walk ends with the tree.
    for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
      if (defaultTreeAdapter.isElementNode(node)) yield node;
      const children = [
        ...('childNodes' in node ? node.childNodes : []),
        ...('content' in node ? node.content.childNodes : []),
      ];
      queue.push(...children.reverse());
    }
  }

  /** The elements named `tagName`, in document order. */
  *elementsNamed(tagName: string): Generator<Element> {
    for (const element of this.elements()) if (element.tagName === tagName) yield element;
  }

  /**
   * Every character the page can show or hand a script: text (character references
   * decoded), attribute values and comments. Tag and attribute names are left out.
   */
  *characters(): Generator<string> {
    const queue: Node[] = [this.#document];
    for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
      if (defaultTreeAdapter.isTextNode(node)) yield node.value;
      else if (defaultTreeAdapter.isCommentNode(node)) yield node.data;
      else if (defaultTreeAdapter.isElementNode(node)) for (const { value } of node.attrs) yield value;
      if ('childNodes' in node) queue.push(...node.childNodes);
      if ('content' in node) queue.push(...node.content.childNodes);
    }
  }

  /** Replaces the value of `element`'s attribute `name`, which it must have, and nothing else. */
  setAttribute(element: Element, name: string, value: string): void {
    const where = this.#location(element).attrs?.[name];
    if (!where) throw new Error(`<${element.tagName}> has no ${name} attribute to set.`);
    this.#edit(where, attributeMarkup(name, value));
  }

  /** Replaces `element`, from its start tag to its end tag, with `replacement` (see `markup`). */
  replace(element: Element, replacement: string): void {
    this.#edit(this.#location(element), replacement);
  }

  /** Removes `element`, from its start tag to its end tag. */
  remove(element: Element): void {
    this.replace(element, '');
  }

  /** Whether any edit was made. */
  get changed(): boolean {
    return this.#edits.length > 0;
  }

  /** The page's text with the edits made, and every other character as it was. */
  toString(): string {
    const edits = this.#edits.toSorted((a, b) => a.start - b.start);
    let text = '';
    let from = 0;
    for (const edit of edits) {
      text += this.#source.slice(from, edit.start) + edit.text;
      from = edit.end;
    }
    return text + this.#source.slice(from);
  }

  /** Where `element` stands in the page's text; an element the parser implied has no place to edit. */
  #location(element: Element): Token.ElementLocation {
    const where = element.sourceCodeLocation;
    if (!where) throw new Error(`<${element.tagName}> is implied by the parser, not written in the page.`);
    return where;
  }

  #edit({ startOffset: start, endOffset: end }: Token.Location, text: string): void {
    const overlapping = this.#edits.find((edit) => start < edit.end && edit.start < end);
    if (overlapping)
      throw new Error(`Two edits of one stretch of a page (${start}–${end}, ${overlapping.start}–${overlapping.end}).`);
    this.#edits.push({ start, end, text });
  }
}

/** The value of `element`'s attribute `name`, if it has one. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text directly inside `element` (a script's code, a title's words), references decoded. */
export function textOf(element: Element): string {
  return element.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : '')).join('');
}

/** Whether `element` has an attribute `name`, with any value or none. */
export function hasAttribute(element: Element, name: string): boolean {
  return attribute(element, name) !== undefined;
}

/** A new HTML element as parse5 writes it: `markup('script', { 'data-module': src }, code)`. */
export function markup(tagName: string, attributes: Readonly<Record<string, string>>, text = ''): string {
  const element = defaultTreeAdapter.createElement(
    tagName,
    html.NS.HTML,
    Object.entries(attributes).map(([name, value]) => ({ name, value })),
  );
  if (text) defaultTreeAdapter.insertText(element, text);
  return serializeOuter(element);
}

/** One attribute as parse5 writes it (`name="value"`, escaped as the HTML standard says), read off a void element. */
function attributeMarkup(name: string, value: string): string {
  const tag = markup('br', { [name]: value });
  return tag.slice('<br '.length, -'>'.length);
}

/** Reads the page at `path` under `root`. */
export async function readPage(root: string, path: string): Promise<BuiltPage> {
  return new BuiltPage(await readFile(join(root, path), 'utf8'));
}

/** Writes `page` back to `path` under `root` if a step changed it. */
export async function writePage(root: string, path: string, page: BuiltPage): Promise<void> {
  if (page.changed) await writeFile(join(root, path), page.toString());
}
