import { describe, expect, it } from 'vitest';
import en from '../../../src/components/eligibility-check/locales/en.js';

// The instruments' published wording, written out here on purpose (from shared/clinical/instruments.md:
// Spitzer et al. 2006; Kroenke et al. 2001), so any change to the strings the widget shows fails this test.
const SCALE = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

describe('GAD-7 and PHQ-9 wording is verbatim', () => {
  it('GAD-7: stem, seven items, answers, difficulty item', () => {
    expect(en.gad7.stem).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
    expect(en.gad7.items).toEqual([
      'Feeling nervous, anxious, or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid, as if something awful might happen',
    ]);
    expect(en.gad7.scale).toEqual(SCALE);
    expect(en.gad7.difficulty).toBe(
      'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
    );
    expect(en.gad7.difficultyScale).toEqual([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
  });

  it('PHQ-9: stem ("any of"), nine items, answers', () => {
    expect(en.phq9.stem).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect(en.phq9.items).toEqual([
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    ]);
    expect(en.phq9.scale).toEqual(SCALE);
  });
});
