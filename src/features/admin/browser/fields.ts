/**
 * The editor's two field types of its own, each Sveltia's one-line text box with one
 * thing added. Sveltia lends its built-in controls to custom fields (`getFieldType`), so
 * they look, label and count characters as every other field does.
 *
 * - "ruled-text" is refused in the schema's words. Sveltia's own checks speak its own
 *   language: a blank required field says "This field is required.", a length limit "You
 *   cannot enter more than 120 characters.", and a field takes one pattern with one
 *   message. A custom field's `isValid` is the one place where the editor lets a site say
 *   why it refuses a value, blank included; it answers with src/schemas/patterns.ts's
 *   `textProblems`, the sentences the build would print. For a blank value, Sveltia's own
 *   "This field is required." is then left out (a patch in ../build/build-editor.ts).
 * - "link-id" is an id that is part of a published link (/faq/#cost, /countries/#kenya):
 *   typed when the entry is new, read-only once it is published (`__PUBLISHED_LINKS__`,
 *   ../build/published-links.ts).
 */
import CMS from '@sveltia/cms';
import { TEXT_RULES, textProblems, type TextRulesName } from '../../../schemas/patterns';
import {
  LINK_ID,
  LINKED_COLLECTIONS,
  RULED_TEXT,
  type LinkedCollection,
  type PublishedLinks,
} from '../shared/cms-config';

/** The ids published when this editor was built; ../build/build-editor.ts defines it. */
declare const __PUBLISHED_LINKS__: PublishedLinks;

/** A field's configuration as Sveltia hands it to a control: an Immutable Map. */
interface FieldMap {
  get(key: 'rules'): TextRulesName | undefined;
  get(key: 'links'): LinkedCollection | undefined;
}

interface ControlProps {
  value: unknown;
  field: FieldMap;
}

/**
 * The React helpers Sveltia puts on `window` for custom fields (its bundle holds React).
 * Components stay `unknown` here: Sveltia's React types need @types/react, which the site
 * does not install for two calls.
 */
interface CustomFieldHelpers {
  createClass: (spec: object) => unknown;
  h: (type: unknown, props: object) => unknown;
}

/** The schema's verdict on a ruled field's value, as Sveltia's `isValid` takes it. */
export function verdict(value: unknown, field: FieldMap): true | { error: { message: string } } {
  const name = field.get('rules');
  if (!name || !(name in TEXT_RULES)) return { error: { message: `No rules named "${String(name)}".` } };
  const problems = textProblems(TEXT_RULES[name], value);
  return problems.length === 0 ? true : { error: { message: problems.join(' ') } };
}

/** Whether `value` is an id published in the field's collection when the editor was built. */
export function isPublished(value: unknown, field: FieldMap): boolean {
  const links = field.get('links');
  return typeof value === 'string' && links !== undefined && __PUBLISHED_LINKS__[links].includes(value);
}

/** Registers both field types; call it before `CMS.init`. */
export function registerFields(): void {
  const textBox = CMS.getFieldType('string');
  if (!textBox?.control) throw new Error('Sveltia no longer lends its "string" field to custom fields.');
  const { createClass, h } = window as unknown as CustomFieldHelpers;
  const control = textBox.control as unknown;
  const preview = textBox.preview as unknown;

  const RuledText = createClass({
    // Sveltia calls it on every change and on save; a refusal blocks the save.
    isValid: (value: unknown, field: FieldMap) => verdict(value, field),
    render(this: { props: ControlProps }) {
      return h(control, this.props);
    },
  });
  CMS.registerFieldType(RULED_TEXT, RuledText, preview, {
    properties: { rules: { type: 'string', enum: Object.keys(TEXT_RULES) } },
  });

  const LinkId = createClass({
    // Decided once, from the value the entry opened with: an id being typed for a new
    // entry never locks halfway, even when it spells one that exists (the build refuses
    // the duplicate).
    getInitialState(this: { props: ControlProps }) {
      return { locked: isPublished(this.props.value, this.props.field) };
    },
    render(this: { props: ControlProps; state: { locked: boolean } }) {
      return h(control, { ...this.props, readonly: this.state.locked });
    },
  });
  CMS.registerFieldType(LINK_ID, LinkId, preview, {
    properties: { links: { type: 'string', enum: [...LINKED_COLLECTIONS] } },
  });
}
