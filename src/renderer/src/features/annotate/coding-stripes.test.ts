import { describe, expect, it } from 'vitest';
import { mergeStripes } from './coding-stripes';

describe('mergeStripes', () => {
  it.each([
    ['nothing', [], []],
    ['one box', [{ lane: 0, top: 10, bottom: 30 }], [{ lane: 0, top: 10, bottom: 30 }]],
    [
      'consecutive lines of one passage become one stripe',
      [
        { lane: 0, top: 10, bottom: 30 },
        { lane: 0, top: 31, bottom: 50 },
      ],
      [{ lane: 0, top: 10, bottom: 50 }],
    ],
    [
      'separate passages stay apart',
      [
        { lane: 0, top: 100, bottom: 120 },
        { lane: 0, top: 10, bottom: 30 },
      ],
      [
        { lane: 0, top: 10, bottom: 30 },
        { lane: 0, top: 100, bottom: 120 },
      ],
    ],
    [
      'lanes never merge with each other',
      [
        { lane: 1, top: 10, bottom: 30 },
        { lane: 0, top: 20, bottom: 40 },
      ],
      [
        { lane: 0, top: 20, bottom: 40 },
        { lane: 1, top: 10, bottom: 30 },
      ],
    ],
    [
      'a box inside another adds nothing',
      [
        { lane: 2, top: 10, bottom: 60 },
        { lane: 2, top: 20, bottom: 30 },
      ],
      [{ lane: 2, top: 10, bottom: 60 }],
    ],
  ])('%s', (_name, boxes, expected) => {
    expect(mergeStripes(boxes)).toEqual(expected);
  });

  it('does not change the boxes it is given', () => {
    const boxes = [
      { lane: 0, top: 10, bottom: 30 },
      { lane: 0, top: 30, bottom: 50 },
    ];
    mergeStripes(boxes);
    expect(boxes[0]).toEqual({ lane: 0, top: 10, bottom: 30 });
  });
});
