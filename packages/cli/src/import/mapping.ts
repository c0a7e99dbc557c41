/** The column mapping of an import lives in core (`@mot/core/import`): the server's import route uses it too. */
export {
  MappingError,
  REQUIRED_FIELDS,
  SCALAR_FIELDS,
  ZFieldSource,
  ZImportMapping,
  parseMapping,
} from '@mot/core/import';
export type { TFieldSource, TImportMapping, TScalarField } from '@mot/core/import';
