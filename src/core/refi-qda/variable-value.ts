/**
 * The typed values of REFI-QDA variables: which element carries each type
 * (`<TextValue>`, `<IntegerValue>`…) and which strings the schema accepts for
 * it (xsd:boolean, xsd:integer, xsd:decimal, xsd:date, xsd:dateTime).
 */
import type { QdaVariableType } from './qda-project';

/** Every variable type, in the schema's order. */
export const QDA_VARIABLE_TYPES: readonly QdaVariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

const TIME_ZONE = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';
const DATE = '-?\\d{4,}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';

const LEXICAL: Record<Exclude<QdaVariableType, 'Text'>, RegExp> = {
  Boolean: /^(?:true|false|1|0)$/,
  Integer: /^[+-]?\d+$/,
  Float: /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/,
  Date: new RegExp(`^${DATE}${TIME_ZONE}$`),
  DateTime: new RegExp(`^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?${TIME_ZONE}$`),
};

/** The element that carries a value of `type`: `TextValue`, `BooleanValue`… */
export function valueElementName(type: QdaVariableType): string {
  return `${type}Value`;
}

/** The type a value element carries (`IntegerValue` → Integer), or null for another element. */
export function typeOfValueElement(name: string): QdaVariableType | null {
  return QDA_VARIABLE_TYPES.find((type) => valueElementName(type) === name) ?? null;
}

/** The type a `typeOfVariable` attribute names, or null for anything else. */
export function variableType(value: string | undefined): QdaVariableType | null {
  return QDA_VARIABLE_TYPES.find((type) => type === value?.trim()) ?? null;
}

/** True when the schema accepts `value` (already whitespace-trimmed for non-Text types) as a value of `type`. */
export function isVariableValue(type: QdaVariableType, value: string): boolean {
  return type === 'Text' || LEXICAL[type].test(value);
}
