// The paper questionnaire's layout rules: marking notes, numbering, room for written answers.
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/lib/survey/definition';
import { demoDefinition } from '../../src/lib/survey/demo-definition';
import { choiceLayout, instructionNeeds, markRule, numberWidth, questionNumbers, textLineCount } from '../../src/lib/survey/paper-layout';

const demo = parseDefinition(demoDefinition);
const byId = (id: string) => demo.questions.find((q) => q.id === id)!;

describe('paper layout', () => {
  it('tells how many crosses each kind of question takes', () => {
    expect(markRule(byId('stadtteil'))).toEqual({ kind: 'single' });
    expect(markRule(byId('sicherheit_tag'))).toEqual({ kind: 'single' });
    expect(markRule(byId('sorgen'))).toEqual({ kind: 'multipleMax', max: 3 });
    expect(markRule({ ...byId('sorgen'), maxSelections: 1 } as never)).toEqual({ kind: 'single' });
    expect(markRule({ ...byId('sorgen'), maxSelections: undefined } as never)).toEqual({ kind: 'multiple' });
    expect(markRule(byId('anmerkung'))).toBeUndefined();
  });

  it('numbers the questions straight through', () => {
    const numbers = questionNumbers(demo);
    expect(numbers.get('stadtteil')).toBe(1);
    expect(numbers.get('anmerkung')).toBe(demo.questions.length);
  });

  it('gives written answers room to match their limits', () => {
    expect(textLineCount(10)).toBe(3);
    expect(textLineCount(500)).toBe(8);
    expect(textLineCount(5000)).toBe(10);
    expect(numberWidth(0, 120, true)).toBe(3);
    expect(numberWidth(-5, 5, false)).toBe(5);
  });

  it('explains only the marking rules the questionnaire uses', () => {
    expect(instructionNeeds(demo)).toMatchObject({ crosses: true, single: true, multiple: false, multipleMax: 3, noAnswer: true, writing: true });
  });

  it('puts a few short answers in a row, long lists in columns', () => {
    expect(choiceLayout(['ja', 'nein'])).toBe('row');
    expect(choiceLayout(Array.from({ length: 7 }, (_, i) => `Antwort ${i}`))).toBe('columns');
    expect(choiceLayout(['eine sehr lange Antwort, die nicht passt'])).toBe('columns');
  });
});
