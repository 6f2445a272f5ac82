/**
 * The content editor's collections (Sveltia CMS, served at /admin/): what a staff member
 * can change in the browser, with the widget each field needs. The content's shape is
 * src/schemas/'s: tests/unit/admin-cms-config.test.ts holds each field here to its zod
 * schema (required, limits, patterns, options), so a schema change the editor does not
 * follow fails that test.
 *
 * Plain data with no Astro imports: the editor's own bundle (../browser/editor.ts) and the tests
 * load it.
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import activities from '../../../../content/activities.json' with { type: 'json' };
// The patterns and their messages, as the schemas state them (plain data, like the lists below).
import {
  DESCRIPTION_LENGTH,
  ISO2_RULE,
  ISO3_RULE,
  ISO_NUMERIC_RULE,
  QUESTION_LENGTH,
  SLUG_RULE,
  type PatternRule,
} from '../../../schemas/patterns';
// The lists alone, not the schema: zod probes `Function('')`, which the editor's policy refuses.
import { REGIONS, SUB_REGIONS } from '../../../schemas/regions';
import { LINK_ID, RULED_PARAGRAPH, RULED_TEXT, type LinkedCollection, type TextCheck } from './field-types';

/** Where the editor's sign-in starts, on the site's own origin (functions/api/admin/auth.ts). */
export const AUTH_ENDPOINT = 'api/admin/auth';

const SLUG_HINT = 'Lowercase letters, digits and single hyphens, e.g. "how-it-works".';
const LINK_HINT = `${SLUG_HINT} It is part of the page's link: once published, it cannot be changed here.`;
/** A schema's rule as the editor takes it: the same pattern, refused with the schema's own message. */
const pattern = (rule: PatternRule): [string, string] => [rule.pattern.source, rule.message];

/** A stable id, unique in its list. */
const id = (label = 'Id'): Field => ({
  name: 'id',
  label,
  widget: 'string',
  pattern: pattern(SLUG_RULE),
  hint: SLUG_HINT,
});

/** An id that is part of a published link: typed for a new entry, read-only once published. */
const linkId = (links: LinkedCollection, label: string): Field =>
  ({ ...id(label), widget: LINK_ID, links, hint: LINK_HINT }) as Field;
/** A position in a list, from 1. */
const order: Field = { name: 'order', label: 'Position (from 1)', widget: 'number', value_type: 'int', min: 1 };
/** A calendar day stored as YYYY-MM-DD. */
const day = (name: string, label: string, hint: string): Field => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  time_format: false,
  required: false,
  hint,
});
/**
 * Text a reader sees, never blank: refused in the schema's words, blank included. It stays
 * required, so that the editor marks it so.
 */
const line = (name: string, label: string, check: TextCheck, extra: Partial<Field> = {}): Field =>
  ({ name, label, widget: RULED_TEXT, ...check, ...extra }) as Field;
const paragraph = (name: string, label: string, check: TextCheck, extra: Partial<Field> = {}): Field =>
  ({ name, label, widget: RULED_PARAGRAPH, ...check, ...extra }) as Field;
/** Text that may be left empty (left out of the file then), or a code checked by its pattern. */
const optionalLine = (name: string, label: string, extra: Partial<Field> = {}): Field =>
  ({ name, label, widget: 'string', required: false, ...extra }) as Field;
const optionalParagraph = (name: string, label: string): Field =>
  ({ name, label, widget: 'text', required: false }) as Field;
const code = (name: string, label: string, rule: PatternRule): Field =>
  ({ name, label, widget: 'string', pattern: pattern(rule) }) as Field;

/** The answer or intro below the frontmatter of an MDX file. */
const body = (label: string): Field => ({ name: 'body', label, widget: 'markdown' });

/** A JSON file holding one list of entries, edited as that list. */
function jsonList(name: string, label: string, summary: string, fields: Field[]) {
  return {
    name,
    label,
    file: `content/${name}.json`,
    fields: [{ name: 'items', label, label_singular: label, widget: 'list' as const, root: true, summary, fields }],
  };
}

/** The site's collections as the editor shows them. */
export const collections = {
  faqs: {
    name: 'faqs',
    label: 'FAQs',
    label_singular: 'FAQ',
    folder: 'content/faqs',
    extension: 'mdx',
    format: 'frontmatter',
    // The file name is the id (content/faqs/cost.mdx ↔ /faq/#cost): typed once, when the question is created.
    identifier_field: 'question',
    slug: { template: '{{fields.id}}', editable: false },
    summary: '{{order}}. {{question}}',
    sortable_fields: ['order', 'question'],
    fields: [
      line(
        'question',
        'Question',
        { rules: 'question' },
        {
          hint: `As a reader would ask it, in at most ${QUESTION_LENGTH.max} characters, ending with a question mark.`,
        },
      ),
      linkId('faqs', 'Id (the link /faq/#id)'),
      order,
      {
        name: 'topics',
        label: 'Topics',
        widget: 'select',
        multiple: true,
        required: false,
        options: activities.map((activity) => ({ label: activity.title, value: activity.id })),
      },
      day('retiredOn', 'Retired on', 'Leave empty while the question is on the FAQ.'),
      body('Answer'),
    ],
  },
  pages: {
    name: 'pages',
    label: 'Page intros',
    label_singular: 'Page intro',
    folder: 'content/pages',
    extension: 'mdx',
    format: 'frontmatter',
    create: false,
    delete: false,
    identifier_field: 'title',
    fields: [
      line('title', 'Title', { what: 'The page title' }),
      paragraph(
        'description',
        'Description (search results and link previews)',
        { rules: 'page-description' },
        {
          hint: `${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} characters; search results show about 160.`,
        },
      ),
      day('lastReviewed', 'Last reviewed', 'Legal pages: when the statement was last checked.'),
      body('Intro'),
    ],
  },
  lists: {
    name: 'lists',
    label: 'Lists',
    files: [
      jsonList('countries', 'Countries', '{{fields.name}}', [
        linkId('countries', 'Id (the link /countries/#id)'),
        line('name', 'Name (U.S. government short name)', { what: 'The country’s name' }),
        optionalLine('brochureName', 'Name in the brochure'),
        code('iso2', 'ISO alpha-2 code', ISO2_RULE),
        code('iso3', 'ISO alpha-3 code', ISO3_RULE),
        optionalLine('isoNumeric', 'ISO numeric code', { pattern: pattern(ISO_NUMERIC_RULE) }),
        { name: 'region', label: 'Region', widget: 'select', options: [...REGIONS] },
        { name: 'subRegion', label: 'UN M49 sub-region', widget: 'select', required: false, options: [...SUB_REGIONS] },
        {
          name: 'aliases',
          label: 'Other names',
          widget: 'list',
          required: false,
          field: { name: 'alias', label: 'Other name', widget: 'string' },
        },
        { name: 'inBrochureList', label: 'In the brochure’s list', widget: 'boolean', required: false, default: false },
        {
          name: 'labelledOnBrochureMap',
          label: 'Labelled on the brochure’s map',
          widget: 'boolean',
          required: false,
          default: false,
        },
        day('listedSince', 'Listed since', 'For a country the brochure does not name: the day it was listed.'),
        optionalLine('listingSource', 'Listing source', {
          hint: 'For a country the brochure does not name: where its listing comes from, as a reader can look it up.',
        }),
        day('retiredOn', 'Retired on', 'Leave empty while the country is on the list.'),
      ]),
      jsonList('partner-types', 'Partner types', '{{fields.order}}. {{fields.name}}', [
        linkId('partner-types', 'Id (the link /partners/#id)'),
        line('name', 'Name', { what: 'The partner type’s name' }),
        paragraph('description', 'Description', { what: 'The partner type’s description' }),
        order,
      ]),
      jsonList('key-figures', 'Key figures', '{{fields.value}} {{fields.label}}', [
        id(),
        {
          name: 'qualifier',
          label: 'Qualifier',
          widget: 'select',
          required: false,
          default: 'exactly',
          options: ['over', 'exactly'],
        },
        { name: 'value', label: 'Number', widget: 'number', value_type: 'int', min: 1 },
        line('label', 'Label', { what: 'The figure’s label' }),
        order,
      ]),
      jsonList('partnership-steps', 'Partnership steps', '{{fields.order}}. {{fields.title}}', [
        id(),
        line('title', 'Title', { what: 'The step’s title' }),
        paragraph('text', 'Text', { what: 'The step’s text' }),
        optionalParagraph('note', 'Note'),
        {
          name: 'faq',
          label: 'FAQ it comes from',
          widget: 'relation',
          collection: 'faqs',
          value_field: 'id',
          search_fields: ['question'],
          display_fields: ['question'],
          required: false,
        },
        order,
      ]),
      jsonList('short-answers', 'Short answers', '{{fields.order}}. {{fields.topic}}', [
        id(),
        line('topic', 'Topic', { what: 'The topic' }),
        paragraph('answer', 'Answer', { what: 'The short answer' }),
        {
          name: 'faq',
          label: 'FAQ that answers in full',
          widget: 'relation',
          collection: 'faqs',
          value_field: 'id',
          search_fields: ['question'],
          display_fields: ['question'],
        },
        order,
      ]),
    ],
  },
} as const;

/**
 * The whole configuration but the backend's origin, which is the page's own (each
 * preview deployment signs in through its own functions): ../browser/editor.ts adds it.
 */
/** Whether the editor leaves an empty optional field out of the file it writes. */
export const OMITS_EMPTY_OPTIONAL_FIELDS = true;

export function cmsConfig(repo: string, origin: string): CmsConfig {
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo,
      branch: 'main',
      base_url: origin,
      auth_endpoint: AUTH_ENDPOINT,
    },
    // Every change is a branch and a pull request; CI checks it and deploys its preview.
    publish_mode: 'editorial_workflow',
    media_folder: 'public/images',
    public_folder: '/images',
    site_url: origin,
    // An optional field left empty is left out of the file, as the schemas expect (never "").
    output: { omit_empty_optional_fields: OMITS_EMPTY_OPTIONAL_FIELDS },
    collections: Object.values(collections) as unknown as CmsConfig['collections'],
  };
}
