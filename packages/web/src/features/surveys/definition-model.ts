/**
 * The builder's transforms of a SurveyJS definition: adding, removing and moving questions and pages,
 * texts in both languages, choices, rating presets and bindings. Pure functions: each returns a new
 * definition and leaves its input as it was. SurveyJS properties the builder does not know pass through.
 */

/** The SurveyJS locale of each language of the builder (`default` is English). */
export const LOCALES = ['default', 'zh-cn'] as const;
export type TLocale = (typeof LOCALES)[number];

/** A SurveyJS text: one string for every language, or one per locale. */
export type TText = string | Record<string, string>;

/** A choice, a matrix row or column: a bare value or `{value, text}`. */
export type TItem = string | number | { value: string | number; text?: TText; [key: string]: unknown };

/** A question (SurveyJS element) as the builder edits it. */
export type TQuestion = { type: string; name: string; [key: string]: unknown };
export type TPage = { name: string; elements: TQuestion[]; [key: string]: unknown };
export type TDefinition = { pages: TPage[]; [key: string]: unknown };

/** Where a question is: page and position on it. */
export type TAt = { page: number; index: number };

/** The question types the builder offers, in menu order. */
export const QUESTION_TYPES = [
  'rating',
  'radiogroup',
  'checkbox',
  'dropdown',
  'text',
  'comment',
  'boolean',
  'matrix',
  'html',
] as const;
export type TQuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answer is one of their choices. */
export const CHOICE_TYPES: readonly string[] = ['radiogroup', 'checkbox', 'dropdown'];

const both = (en: string, zh: string): Record<TLocale, string> => ({ default: en, 'zh-cn': zh });

/** The rating scales a CX lead picks from: NPS 0-10, CSAT 1-5, CES 1-7 (LOOP.md). */
export const RATING_PRESETS = {
  nps: {
    rateMin: 0,
    rateMax: 10,
    rateType: 'labels',
    minRateDescription: both('Not at all likely', '完全不可能'),
    maxRateDescription: both('Extremely likely', '非常可能'),
  },
  csat: {
    rateMin: 1,
    rateMax: 5,
    rateType: 'stars',
    minRateDescription: both('Very dissatisfied', '非常不满意'),
    maxRateDescription: both('Very satisfied', '非常满意'),
  },
  ces: {
    rateMin: 1,
    rateMax: 7,
    rateType: 'labels',
    minRateDescription: both('Strongly disagree', '非常不同意'),
    maxRateDescription: both('Strongly agree', '非常同意'),
  },
} as const;
export type TRatingPreset = keyof typeof RATING_PRESETS;

/** The preset a rating question follows (by its scale), or null for another scale. */
export function presetOf(q: TQuestion): TRatingPreset | null {
  const min = typeof q['rateMin'] === 'number' ? q['rateMin'] : 1;
  const max = typeof q['rateMax'] === 'number' ? q['rateMax'] : 5;
  for (const [key, preset] of Object.entries(RATING_PRESETS)) {
    if (preset.rateMin === min && preset.rateMax === max) return key as TRatingPreset;
  }
  return null;
}

/** The question with a preset's scale, type and end labels. */
export function applyPreset(q: TQuestion, preset: TRatingPreset): TQuestion {
  const { rateValues: _dropped, rateCount: _count, ...rest } = q;
  return { ...rest, ...structuredClone(RATING_PRESETS[preset]) };
}

/** A text in one locale: a plain string counts as every language's. */
export function textIn(value: unknown, locale: TLocale): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const text = (value as Record<string, unknown>)[locale];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/**
 * A text with one locale changed. A plain string becomes English (`default`) in a per-locale object; a
 * locale emptied is removed; nothing left gives undefined (the property is dropped).
 */
export function withText(value: unknown, locale: TLocale, text: string): TText | undefined {
  const current: Record<string, string> =
    typeof value === 'string'
      ? value
        ? { default: value }
        : {}
      : value && typeof value === 'object'
        ? { ...(value as Record<string, string>) }
        : {};
  const next = Object.fromEntries(
    Object.entries({ ...current, [locale]: text }).filter(([, value]) => value !== ''),
  );
  return Object.keys(next).length > 0 ? next : undefined;
}

/** A property of a question set to a value, or removed when the value is undefined. */
export function withProperty(q: TQuestion, key: string, value: unknown): TQuestion {
  if (value === undefined)
    return Object.fromEntries(Object.entries(q).filter(([k]) => k !== key)) as TQuestion;
  // In place when it is there, so the JSON keeps its order.
  return key in q
    ? (Object.fromEntries(Object.entries(q).map(([k, v]) => [k, k === key ? value : v])) as TQuestion)
    : { ...q, [key]: value };
}

/** Every question name of the definition, in order. */
export function questionNames(def: TDefinition): string[] {
  return def.pages.flatMap((p) => p.elements.map((q) => q.name));
}

/** A name not yet taken: `stem`, `stem2`, `stem3`... */
export function freeName(taken: Iterable<string>, stem: string): string {
  const used = new Set(taken);
  if (!used.has(stem)) return stem;
  for (let i = 2; ; i += 1) if (!used.has(`${stem}${i}`)) return `${stem}${i}`;
}

const STEMS: Record<TQuestionType, string> = {
  rating: 'rating',
  radiogroup: 'choice',
  checkbox: 'choices',
  dropdown: 'dropdown',
  text: 'text',
  comment: 'comment',
  boolean: 'yes_no',
  matrix: 'matrix',
  html: 'note',
};

const option = (n: number): TItem => ({ value: String(n), text: both(`Option ${n}`, `选项 ${n}`) });

/** A new question of a type, named so that no other question of `def` has its name. */
export function newQuestion(def: TDefinition, type: TQuestionType): TQuestion {
  const name = freeName(questionNames(def), STEMS[type]);
  const title = both('New question', '新问题');
  switch (type) {
    case 'rating':
      return { type, name, title, ...structuredClone(RATING_PRESETS.csat) };
    case 'radiogroup':
    case 'checkbox':
    case 'dropdown':
      return { type, name, title, choices: [option(1), option(2), option(3)] };
    case 'matrix':
      return {
        type,
        name,
        title,
        rows: [{ value: 'row1', text: both('Row 1', '第 1 行') }],
        columns: [1, 2, 3, 4, 5].map((n) => ({ value: n, text: both(String(n), String(n)) })),
      };
    case 'html':
      return { type, name, html: both('<p>Text</p>', '<p>说明文字</p>') };
    default:
      return { type, name, title };
  }
}

/** The question at a place, if there is one. */
export function questionAt(def: TDefinition, at: TAt): TQuestion | undefined {
  return def.pages[at.page]?.elements[at.index];
}

const withPage = (def: TDefinition, page: number, change: (p: TPage) => TPage): TDefinition => ({
  ...def,
  pages: def.pages.map((p, i) => (i === page ? change(p) : p)),
});

/** The definition with a question added at the end of a page; returns where it went. */
export function addQuestion(def: TDefinition, page: number, q: TQuestion): { def: TDefinition; at: TAt } {
  const target = def.pages[page];
  if (!target) throw new RangeError(`no page ${page}`);
  return {
    def: withPage(def, page, (p) => ({ ...p, elements: [...p.elements, q] })),
    at: { page, index: target.elements.length },
  };
}

/** The definition with the question at `at` replaced. */
export function replaceQuestion(def: TDefinition, at: TAt, q: TQuestion): TDefinition {
  return withPage(def, at.page, (p) => ({
    ...p,
    elements: p.elements.map((e, i) => (i === at.index ? q : e)),
  }));
}

/** The definition without the question at `at`. */
export function removeQuestion(def: TDefinition, at: TAt): TDefinition {
  return withPage(def, at.page, (p) => ({ ...p, elements: p.elements.filter((_, i) => i !== at.index) }));
}

/**
 * The question moved one place up or down; at the top or bottom of its page it crosses to the end of the
 * page before or the start of the page after. Returns where it is now (unchanged at either end of the survey).
 */
export function moveQuestion(def: TDefinition, at: TAt, direction: -1 | 1): { def: TDefinition; at: TAt } {
  const page = def.pages[at.page];
  const q = page?.elements[at.index];
  if (!page || !q) return { def, at };
  const target = at.index + direction;
  if (target >= 0 && target < page.elements.length) {
    const elements = [...page.elements];
    elements[at.index] = elements[target] as TQuestion;
    elements[target] = q;
    return { def: withPage(def, at.page, (p) => ({ ...p, elements })), at: { page: at.page, index: target } };
  }
  const other = at.page + direction;
  const neighbour = def.pages[other];
  if (!neighbour) return { def, at };
  const removed = removeQuestion(def, at);
  const index = direction === -1 ? neighbour.elements.length : 0;
  return {
    def: withPage(removed, other, (p) => ({
      ...p,
      elements: direction === -1 ? [...p.elements, q] : [q, ...p.elements],
    })),
    at: { page: other, index },
  };
}

/** A page break after page `after`: an empty page there, named uniquely. */
export function addPage(def: TDefinition, after: number): { def: TDefinition; page: number } {
  const name = freeName(
    def.pages.map((p) => p.name),
    `page${def.pages.length + 1}`,
  );
  const pages = [...def.pages];
  pages.splice(after + 1, 0, { name, elements: [] });
  return { def: { ...def, pages }, page: after + 1 };
}

/**
 * The page removed; its questions join the page before (or after, for the first page), so removing a page
 * break never loses a question. The last page cannot be removed.
 */
export function removePage(def: TDefinition, page: number): TDefinition {
  if (def.pages.length <= 1 || !def.pages[page]) return def;
  const removed = def.pages[page] as TPage;
  const pages = def.pages.filter((_, i) => i !== page);
  const into = page === 0 ? 0 : page - 1;
  pages[into] = {
    ...(pages[into] as TPage),
    elements:
      page === 0
        ? [...removed.elements, ...(pages[into] as TPage).elements]
        : [...(pages[into] as TPage).elements, ...removed.elements],
  };
  return { ...def, pages };
}

/** A question renamed, with the expressions that named it (`{old}`, `{old.row}`) following. */
export function renameQuestion(def: TDefinition, at: TAt, name: string): TDefinition {
  const q = questionAt(def, at);
  if (!q) return def;
  const old = q.name;
  const renamed = replaceQuestion(def, at, { ...q, name });
  // While another question has the old name too, the conditions naming it mean that other one.
  if (questionNames(def).filter((n) => n === old).length > 1) return renamed;
  const escaped = old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`\\{\\s*${escaped}(\\s*[.}])`, 'g');
  const rewrite = (e: unknown) => (typeof e === 'string' ? e.replace(pattern, `{${name}$1`) : e);
  const fields = ['visibleIf', 'enableIf', 'requiredIf'];
  return {
    ...renamed,
    pages: renamed.pages.map((p) => ({
      ...p,
      ...(typeof p['visibleIf'] === 'string' ? { visibleIf: rewrite(p['visibleIf']) } : {}),
      elements: p.elements.map((e) => {
        const next = { ...e };
        for (const f of fields) if (typeof next[f] === 'string') next[f] = rewrite(next[f]);
        return next;
      }),
    })),
  };
}

/**
 * The question changed to another type: name, title, condition and binding stay; what the new type needs
 * (choices, scale, rows) comes from a new question of that type; a binding the new type cannot carry goes.
 */
export function changeType(def: TDefinition, at: TAt, type: TQuestionType): TDefinition {
  const q = questionAt(def, at);
  if (!q || q.type === type) return def;
  const fresh = newQuestion(def, type);
  const keep: TQuestion = { ...fresh, name: q.name };
  for (const key of ['title', 'description', 'isRequired', 'visibleIf'] as const) {
    if (q[key] !== undefined && type !== 'html') keep[key] = q[key];
  }
  if (type === 'html' && q['visibleIf'] !== undefined) keep['visibleIf'] = q['visibleIf'];
  if (CHOICE_TYPES.includes(type) && Array.isArray(q['choices'])) keep['choices'] = q['choices'];
  const binding = bindingRole(q);
  if (binding && rolesFor(type).includes(binding)) keep['mot'] = q['mot'];
  return replaceQuestion(def, at, keep);
}

/** The binding roles of the MOT model (docs/surveys.md). */
export const BINDING_ROLES = [
  'touchpoint_rating',
  'touchpoint_comment',
  'overall',
  'nps',
  'churn_intent',
  'csat',
  'ces',
  'comment',
] as const;
export type TBindingRole = (typeof BINDING_ROLES)[number];

/** The roles a question type can carry: ratings for the scores, comments and texts for the comments. */
export function rolesFor(type: string): TBindingRole[] {
  if (type === 'rating') return ['touchpoint_rating', 'overall', 'nps', 'churn_intent', 'csat', 'ces'];
  if (type === 'comment' || type === 'text') return ['touchpoint_comment', 'comment'];
  return [];
}

/** The role of a question's binding, if any. */
export function bindingRole(q: TQuestion): TBindingRole | null {
  const mot = q['mot'];
  if (!mot || typeof mot !== 'object') return null;
  const role = (mot as { role?: unknown }).role;
  return (BINDING_ROLES as readonly unknown[]).includes(role) ? (role as TBindingRole) : null;
}

/** Whether a role names a touchpoint. */
export const needsTouchpoint = (role: TBindingRole | null): boolean =>
  role === 'touchpoint_rating' || role === 'touchpoint_comment';

/**
 * The question bound to a role (null: unbound). NPS takes the 0-10 scale it requires; a touchpoint role
 * keeps the touchpoint it had, else takes `touchpoint`.
 */
export function withBinding(q: TQuestion, role: TBindingRole | null, touchpoint?: string): TQuestion {
  if (role === null) return withProperty(q, 'mot', undefined);
  if (needsTouchpoint(role)) {
    const had = (q['mot'] as { touchpoint?: string } | undefined)?.touchpoint;
    const key = touchpoint ?? had;
    return withProperty(q, 'mot', key ? { role, touchpoint: key } : { role });
  }
  const bound = withProperty(q, 'mot', { role });
  return role === 'nps' && q.type === 'rating' && presetOf(q) !== 'nps' ? applyPreset(bound, 'nps') : bound;
}

/** The value of an item (choice, row, column). */
export const itemValue = (item: TItem): string | number =>
  typeof item === 'object' && item !== null ? item.value : item;

/** An item's text in a locale (the value when it has none). */
export function itemText(item: TItem, locale: TLocale): string {
  if (typeof item === 'object' && item !== null) {
    return item.text === undefined ? String(item.value) : textIn(item.text, locale);
  }
  return locale === 'default' ? String(item) : '';
}

/** An item with its text in one locale changed. */
export function withItemText(item: TItem, locale: TLocale, text: string): TItem {
  const base = typeof item === 'object' && item !== null ? item : { value: item };
  const current = base.text ?? String(base.value);
  const next = withText(current, locale, text);
  const { text: _old, ...rest } = base;
  return next === undefined ? rest : { ...rest, text: next };
}

/** An item with a new value (text kept). Numeric-looking values stay strings: SurveyJS compares loosely. */
export function withItemValue(item: TItem, value: string): TItem {
  const base = typeof item === 'object' && item !== null ? item : { value: item, text: String(item) };
  return { ...base, value };
}

/** A new item for a list, its value not yet taken there. */
export function newItem(items: readonly TItem[], stem: string, en: string, zh: string): TItem {
  const taken = items.map((i) => String(itemValue(i)));
  const value = freeName(taken, `${stem}${items.length + 1}`);
  return { value, text: both(en, zh) };
}

/** A list with one item moved up or down. */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  next[index] = items[target] as T;
  next[target] = items[index] as T;
  return next;
}

/** An empty survey: one page, no question. */
export function blankDefinition(): TDefinition {
  return { pages: [{ name: 'page1', elements: [] }] };
}

/** The questions before `at` in survey order (what a condition may name). */
export function questionsBefore(def: TDefinition, at: TAt): TQuestion[] {
  return def.pages.flatMap((p, pi) =>
    p.elements.filter((q, qi) => (pi < at.page || (pi === at.page && qi < at.index)) && q.type !== 'html'),
  );
}
