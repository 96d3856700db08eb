import { describe, expect, it } from 'vitest';
import { noteProblem, settleProblems, strongest, type ProblemEvidence } from '../../../../src/lib/errors/bounce-problems.ts';
import { BOUNCE_TABLES, type Problem } from '../../../../src/lib/errors/bounce-tables.ts';

const evidence = (items: Array<[Problem, number, number]>): ProblemEvidence => new Map(items.map(([p, weight, at]) => [p, { weight, at }]));

describe('noteProblem and strongest', () => {
  it('keeps the strongest evidence of a kind, the earliest on a tie', () => {
    const problems: ProblemEvidence = new Map();
    noteProblem(problems, 'spf', 15, 100);
    noteProblem(problems, 'spf', 40, 80);
    noteProblem(problems, 'spf', 40, 90);
    expect(problems.get('spf')).toEqual({ weight: 40, at: 80 });
  });

  it('picks the heaviest kind, the first in the text on a tie, and none from nothing', () => {
    expect(strongest(evidence([['rate', 40, 50], ['dkim', 40, 10]]))).toBe('dkim');
    expect(strongest(evidence([['rate', 40, 5], ['dkim', 30, 10]]))).toBe('rate');
    expect(strongest(new Map())).toBeUndefined();
  });
});

describe('settleProblems', () => {
  it('ranks a rate limit after the failed check that explains it, and keeps it', () => {
    const problems = evidence([['rate', 40, 10], ['dkim', 40, 60]]);
    settleProblems(problems, BOUNCE_TABLES);
    expect(strongest(problems)).toBe('dkim');
    expect(problems.get('rate')).toEqual({ weight: 20, at: 10 });
  });

  it('ranks a deferral after the reputation it names, even when its code is the stronger evidence', () => {
    const problems = evidence([['temporary-failure', 40, 10], ['reputation', 40, 50]]);
    settleProblems(problems, BOUNCE_TABLES);
    expect(strongest(problems)).toBe('reputation');
  });

  it('leaves a consequence alone when no cause is named', () => {
    const problems = evidence([['rate', 40, 10], ['spam-content', 40, 50]]);
    settleProblems(problems, BOUNCE_TABLES);
    expect(problems.get('rate')).toEqual({ weight: 40, at: 10 });
  });

  it('drops the SMTP-login readings of a failed SPF, DKIM or DMARC check and rules out all of them', () => {
    const problems = evidence([['encryption', 30, 0], ['relaying', 40, 90], ['dmarc', 40, 20]]);
    expect(settleProblems(problems, BOUNCE_TABLES)).toEqual(new Set(['relaying', 'auth-failed', 'encryption']));
    expect([...problems.keys()]).toEqual(['dmarc']);
  });

  it('keeps a login reading when the text names no check of the domain', () => {
    const problems = evidence([['auth-failed', 40, 0]]);
    expect(settleProblems(problems, BOUNCE_TABLES)).toEqual(new Set());
    expect(problems.has('auth-failed')).toBe(true);
  });
});
