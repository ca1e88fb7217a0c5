import { describe, expect, it } from 'vitest';
import { isVariableValue, typeOfValueElement, valueElementName, variableType } from './variable-value';

describe('variable values', () => {
  it.each([
    ['Integer', '2024', true],
    ['Integer', '-7', true],
    ['Integer', '二〇二四', false],
    ['Float', '5.5', true],
    ['Float', '1e3', false],
    ['Boolean', 'true', true],
    ['Boolean', '是', false],
    ['Date', '2024-01-16', true],
    ['Date', '2024-1-16', false],
    ['Date', '2024-02-30', true],
    ['DateTime', '2024-01-16T09:00:00.000Z', true],
    ['DateTime', '2024-01-16 09:00', false],
    ['Text', '', true],
  ] as const)('a %s value %j is %s', (type, value, ok) => {
    expect(isVariableValue(type, value)).toBe(ok);
  });

  it('names the elements that carry each type, both ways', () => {
    expect(valueElementName('Integer')).toBe('IntegerValue');
    expect(typeOfValueElement('DateTimeValue')).toBe('DateTime');
    expect(typeOfValueElement('VariableRef')).toBeNull();
    expect(variableType(' Float ')).toBe('Float');
    expect(variableType('Number')).toBeNull();
  });
});
