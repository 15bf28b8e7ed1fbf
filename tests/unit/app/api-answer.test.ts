import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parseAnswer, UnexpectedAnswerError } from '../../../src/lib/api-answer.ts';

describe('parseAnswer', () => {
  const schema = z.object({ count: z.number() });

  it('returns an answer that matches the contract', () => {
    expect(parseAnswer(schema, { count: 3, extra: true }, 'GET /tickets')).toEqual({ count: 3 });
  });

  it('names the request when the answer does not match (e.g. a proxy page instead of JSON)', () => {
    expect(() => parseAnswer(schema, '<html>502</html>', 'GET /tickets')).toThrow(
      new UnexpectedAnswerError('GET /tickets'),
    );
    expect(() => parseAnswer(schema, { count: '3' }, 'GET /tickets')).toThrow('Unexpected answer to GET /tickets');
  });
});
