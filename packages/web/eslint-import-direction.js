// ESLint rule of the web app's layout: imports run one way, app -> features -> components and lib. A feature
// never imports another feature (compose them in app); components and lib never import a feature or app.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src');

/** The area of a file under src: `app`, `features/<name>`, `components`, `lib`, or null outside them. */
function areaOf(file) {
  const parts = relative(SRC, file).split(sep);
  if (parts[0] === '..' || parts.length < 2) return null;
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const webImportDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'app -> features -> components/lib; a feature never imports another feature' },
    schema: [],
  },
  create(context) {
    const from = areaOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = areaOf(resolve(dirname(context.filename), source));
      if (!to || to === from) return;
      const bad =
        (from.startsWith('features/') && (to.startsWith('features/') || to === 'app')) ||
        ((from === 'components' || from === 'lib') && (to.startsWith('features/') || to === 'app'));
      if (bad)
        context.report({
          node,
          message: `${from} must not import ${to} (imports run app -> features -> components, lib)`,
        });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
