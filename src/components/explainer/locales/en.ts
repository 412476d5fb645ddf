import type { SectionId } from '../sections.js';

/** One section's text: its short tab label, heading, body paragraphs, key takeaway and diagram [title, description]. */
export interface SectionText {
  tab: string;
  heading: string;
  body: string[];
  takeaway: string;
  fig?: [title: string, description: string];
}

/**
 * English strings of `<kc-explainer>`, written at about an 8th-grade reading
 * level. Every claim is backed by a source listed for its section in
 * `sources.ts`. Every other locale file must have the same keys.
 */
const en = {
  configErrorHeading: 'Some settings of this explainer could not be used:',
  label: 'How ketamine may help with anxiety',
  research: 'What the research says',
  takeaway: 'Key takeaway',
  book: 'book',
  loadingSources: 'Loading the sources…',
  sourcesFailed: 'The sources could not be loaded. Please reload the page to see them.',
  cta: 'Try the breathing exercise',
  reviewed: 'Last reviewed',
  dose: 'Dose',
  window: 'Window',
  disclaimer:
    'General information, not medical advice or a promise of results. Ketamine is not FDA-approved for anxiety and is not right for everyone; talk with a licensed clinician about your care. In a crisis in the US, call or text 988.',
  sections: {
    gap: {
      tab: 'Treatment gap',
      heading: 'The treatment gap',
      body: [
        'Anxiety disorders are the most common mental health conditions in the US: more than 1 in 4 adults has one at some point in life (lifetime prevalence).',
        'Help often comes late, and often falls short. In a national survey, people with a mental disorder, anxiety included, waited more than ten years, on average, before first seeing a professional. In a later survey, only 41% of people with a mental disorder in the past year got any treatment. Most were untreated or poorly treated.',
        'The usual first treatments, SSRI medicines and cognitive behavioral therapy (CBT), help many people, but only about 60% respond well and many keep some symptoms. Ketamine is being studied for them. It is not approved for anxiety (this use is off-label), and the trials so far are small and short.',
      ],
      takeaway: 'Anxiety is common, and standard care does not help everyone. That gap is why new options are studied.',
    },
    dmn: {
      tab: 'Brain networks',
      heading: 'Quieting the default mode network',
      body: [
        'The default mode network (DMN) links brain areas that are busiest when we rest rather than focus on a task. Its hubs are the medial prefrontal cortex, behind the forehead; the posterior cingulate and precuneus, deep in the middle; and the angular gyrus, toward the back.',
        'The DMN is tied to thinking about ourselves. In depression, tighter links between the DMN and a mood area go along with rumination, replaying the same worries. In anxiety the picture is less clear: one major review suggests the DMN is less active, not more.',
        'Scans suggest ketamine can change DMN links for a while. In healthy volunteers, links within the DMN were weaker a day after one dose. In depression, two days after an infusion, links between the DMN and the insula moved toward those of healthy people; by day ten the change was gone. The effects are modest and not unique: midazolam, a sedative, also lowers DMN connectivity.',
      ],
      takeaway: 'Ketamine may briefly quiet a self-focused brain network, but the scan evidence is early and mixed.',
      fig: [
        'Default mode network hubs',
        'A brain seen from the side with three linked hubs: the medial prefrontal cortex at the front, the posterior cingulate and precuneus in the middle, the angular gyrus toward the back.',
      ],
    },
    plasticity: {
      tab: 'New connections',
      heading: 'Rebuilding connections: BDNF and neuroplasticity',
      body: [
        'Long-lasting stress wears brain cells down. In animals it strips away synapses, the contact points between cells, in the prefrontal cortex, which helps manage emotions.',
        'Ketamine blocks the NMDA receptor, a switch for the messenger glutamate. In rats and mice this quickly raised BDNF, a protein that helps brain cells grow, turned on a growth signal called mTOR, and built new synapses that helped the benefit last.',
        'Psychiatrist John Ratey calls BDNF “Miracle-Gro for the brain” (Spark, 2008), speaking of BDNF in general, not of ketamine. Most of this evidence comes from animals; how well it applies to people is not yet known.',
      ],
      takeaway: 'In animals, ketamine helps rebuild connections that stress wears down. Proof in people is still limited.',
      fig: [
        'New spines on a brain cell branch',
        'A nerve cell branch with small bumps called spines, where synapses form; new ones sprout between them.',
      ],
    },
    window: {
      tab: 'A window',
      heading: 'A window for change',
      body: [
        'After a dose, the brain may stay more open to change for a while. In mice, ketamine reopened a “critical period” for social learning, a time when learning comes easier, for about 48 hours; longer-acting drugs kept it open for two to four weeks.',
        'How long such a window lasts in people is not known. The idea is that practice between sessions, such as new ways of thinking, may take root more easily then. It is promising but still being tested.',
      ],
      takeaway: 'There may be a short window after treatment when new habits take hold more easily. Use it with support.',
      fig: ['A window for change', 'A timeline from a dose, then a shaded stretch when the brain may be more open to change.'],
    },
    insight: {
      tab: 'In session',
      heading: 'Insight in session',
      body: [
        'At the low doses used for anxiety, many people feel dreamlike, detached or turned inward during a session. Thoughts can seem farther away. The feeling passes.',
        'Some people use it to see old worries from a new angle, and talking it over with a therapist can help. A re-analysis of 576 patients from two trials of esketamine, a close relative of ketamine, counted those given the drug and those given a placebo together. In it, feeling more detached did not predict who improved.',
        'In one small study without a placebo group (12 people), anxiety eased within an hour and the effect lasted up to a week. In 18 people with social anxiety, clinicians saw improvement, but in the main analysis people’s own ratings did not beat placebo.',
      ],
      takeaway:
        'A session can feel unusual and reflective. In one large analysis, feeling more detached did not predict who improved.',
    },
    integration: {
      tab: 'Integration',
      heading: 'Integration',
      body: [
        'Integration means bringing what you noticed into daily life between sessions. Three practices have their own evidence.',
        'Meditation: an 8-week mindfulness course worked about as well as the medicine escitalopram in 276 adults with anxiety disorders. Breathwork: five minutes a day of slow breathing with long exhales lifted mood over a month. Journaling: writing about good moments three times a week eased distress in patients with anxiety symptoms.',
        'Want to try? The breathing exercise takes about five minutes.',
      ],
      takeaway:
        'Practices like these helped people in their own studies; they may help you build on what you notice in sessions.',
      fig: ['A breathing wave', 'A wave that rises with each breath in and falls with a longer breath out.'],
    },
  } satisfies Record<SectionId, SectionText>,
};

export type ExplainerStrings = typeof en;
export default en;
