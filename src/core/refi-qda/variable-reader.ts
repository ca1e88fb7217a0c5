/**
 * Reading variables: the `<Variables>` declarations, `<VariableValue>`s on a
 * source (MAXQDA's document variables, the app's report metadata) and on the
 * cases a source belongs to (NVivo's classifications, QualCoder's case
 * attributes). A case's values apply to each source its `<SourceRef>`s name.
 */
import { readGuid } from './code-reader';
import type { QdaVariableType, QdaVariableValue } from './qda-project';
import { isVariableValue, typeOfValueElement, variableType } from './variable-value';
import type { XmlElement } from './xml-element';

/** A declared variable. */
export interface VariableDeclaration {
  name: string;
  type: QdaVariableType;
}

/** The project's variable declarations, by GUID. */
export function readVariables(project: XmlElement): Map<string, VariableDeclaration> {
  const variables = new Map<string, VariableDeclaration>();
  for (const element of project.child('Variables')?.children('Variable') ?? []) {
    const name = (element.attribute('name') ?? '').trim();
    if (name === '') continue;
    variables.set(readGuid(element.attribute('guid')), { name, type: variableType(element.attribute('typeOfVariable')) ?? 'Text' });
  }
  return variables;
}

/**
 * The value of a `<VariableValue>`, or null when its variable is not
 * declared or it holds no value. A value its element's type does not accept
 * is kept as Text rather than lost.
 */
function readValue(element: XmlElement, variables: ReadonlyMap<string, VariableDeclaration>): QdaVariableValue | null {
  const declaration = variables.get(readGuid(element.child('VariableRef')?.attribute('targetGUID')));
  if (declaration === undefined) return null;
  for (const child of element.children()) {
    const type = typeOfValueElement(child.name);
    if (type === null) continue;
    const text = child.text();
    const value = type === 'Text' ? text : text.trim();
    if (value.trim() === '') return null;
    return isVariableValue(type, value) ? { name: declaration.name, type, value } : { name: declaration.name, type: 'Text', value: text };
  }
  return null;
}

/** The values of the `<VariableValue>` children of `element`. */
export function readValues(element: XmlElement, variables: ReadonlyMap<string, VariableDeclaration>): QdaVariableValue[] {
  return element
    .children('VariableValue')
    .map((value) => readValue(value, variables))
    .filter((value): value is QdaVariableValue => value !== null);
}

/** The values each source inherits from its cases, by the source's GUID. */
export function caseValues(project: XmlElement, variables: ReadonlyMap<string, VariableDeclaration>): Map<string, QdaVariableValue[]> {
  const bySource = new Map<string, QdaVariableValue[]>();
  for (const element of project.child('Cases')?.children('Case') ?? []) {
    const values = readValues(element, variables);
    if (values.length === 0) continue;
    for (const ref of element.children('SourceRef')) {
      const source = readGuid(ref.attribute('targetGUID'));
      bySource.set(source, [...(bySource.get(source) ?? []), ...values]);
    }
  }
  return bySource;
}
