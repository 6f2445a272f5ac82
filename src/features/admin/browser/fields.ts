/**
 * The editor's field types of its own, each one of Sveltia's text boxes with one thing
 * added. Sveltia lends its built-in controls to custom fields (`getFieldType`), so they
 * look and are labelled as every other field is.
 *
 * - "ruled-text" (one line) and "ruled-paragraph" (several) are refused in the schema's words. Sveltia's own checks speak its own
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
import { textProblems } from '../../../schemas/patterns';
import {
  LINK_ID,
  LINKED_COLLECTIONS,
  RULED_PARAGRAPH,
  RULED_TEXT,
  rulesOf,
  type LinkedCollection,
  type PublishedLinks,
} from '../shared/field-types';
import { opensLocked } from '../shared/link-ids';

/** The ids published when this editor was built; ../build/build-editor.ts defines it. */
declare const __PUBLISHED_LINKS__: PublishedLinks;

/** A field's configuration as Sveltia hands it to a control: an Immutable Map. */
interface FieldMap {
  get(key: 'rules' | 'what'): unknown;
  get(key: 'links'): LinkedCollection | undefined;
}

/** The entry being edited, as Sveltia hands it to a control: an Immutable Map too. */
interface EntryMap {
  get(key: 'newRecord'): boolean | undefined;
  get(key: 'data'): { toJS(): unknown } | undefined;
}

interface ControlProps {
  value: unknown;
  field: FieldMap;
  entry?: EntryMap;
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
function verdict(value: unknown, field: FieldMap): true | { error: { message: string } } {
  const rules = rulesOf((key) => field.get(key));
  if (!rules) return { error: { message: 'This field names no rules (src/features/admin/shared/cms-config.ts).' } };
  const problems = textProblems(rules, value);
  return problems.length === 0 ? true : { error: { message: problems.join(' ') } };
}

/** Registers the field types; call it before `CMS.init`. */
export function registerFields(): void {
  const { createClass, h } = window as unknown as CustomFieldHelpers;
  /** Sveltia's control and preview for a built-in field type, as a custom field may reuse them. */
  const builtIn = (type: 'string' | 'text') => {
    const definition = CMS.getFieldType(type);
    if (!definition?.control) throw new Error(`Sveltia no longer lends its "${type}" field to custom fields.`);
    return { control: definition.control as unknown, preview: definition.preview as unknown };
  };
  const checks = { properties: { rules: { type: 'string' }, what: { type: 'string' } } };

  for (const [name, type] of [
    [RULED_TEXT, 'string'],
    [RULED_PARAGRAPH, 'text'],
  ] as const) {
    const { control, preview } = builtIn(type);
    const Ruled = createClass({
      // Sveltia calls it on every change and on save; a refusal blocks the save.
      isValid: (value: unknown, field: FieldMap) => verdict(value, field),
      render(this: { props: ControlProps }) {
        return h(control, this.props);
      },
    });
    CMS.registerFieldType(name, Ruled, preview, checks);
  }

  const { control, preview } = builtIn('string');
  const LinkId = createClass({
    getInitialState(this: { props: ControlProps }) {
      const { value, field, entry } = this.props;
      const links = field.get('links');
      const published = links ? __PUBLISHED_LINKS__[links] : [];
      const opening = {
        value,
        published,
        newRecord: entry?.get('newRecord') === true,
        data: entry?.get('data')?.toJS(),
      };
      return { locked: opensLocked(opening) };
    },
    render(this: { props: ControlProps; state: { locked: boolean } }) {
      return h(control, { ...this.props, readonly: this.state.locked });
    },
  });
  CMS.registerFieldType(LINK_ID, LinkId, preview, {
    properties: { links: { type: 'string', enum: [...LINKED_COLLECTIONS] } },
  });
}
