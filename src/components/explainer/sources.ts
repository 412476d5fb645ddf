import type { SectionId } from './sections.js';

/**
 * One cited work. `ref` is a DOI (`10.…`), a PubMed Central id (`PMC…`) or a
 * PubMed id (digits); a book has none. Every DOI and id was checked to name
 * the work cited.
 */
export interface Source {
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  readonly journal: string;
  readonly ref?: string;
}

const s = (authors: string, year: number, title: string, journal: string, ref?: string): Source => ({
  authors,
  year,
  title,
  journal,
  ref,
});

/** The works the explainer cites, keyed by id. Titles stay in their original English. */
export const SOURCES = {
  kessler2005: s(
    'Kessler RC, et al.',
    2005,
    'Lifetime prevalence and age-of-onset distributions of DSM-IV disorders in the National Comorbidity Survey Replication',
    'Arch Gen Psychiatry',
    '10.1001/archpsyc.62.6.593',
  ),
  wang2004: s(
    'Wang PS, et al.',
    2004,
    'Delays in initial treatment contact after first onset of a mental disorder',
    'Health Serv Res',
    '10.1111/j.1475-6773.2004.00234.x',
  ),
  wang2005: s(
    'Wang PS, et al.',
    2005,
    'Twelve-month use of mental health services in the United States: results from the National Comorbidity Survey Replication',
    'Arch Gen Psychiatry',
    '10.1001/archpsyc.62.6.629',
  ),
  bystritsky2006: s('Bystritsky A', 2006, 'Treatment-resistant anxiety disorders', 'Mol Psychiatry', '16847460'),
  raichle2001: s(
    'Raichle ME, et al.',
    2001,
    'A default mode of brain function',
    'Proc Natl Acad Sci U S A',
    '10.1073/pnas.98.2.676',
  ),
  hamilton2015: s(
    'Hamilton JP, et al.',
    2015,
    'Depressive rumination, the default-mode network, and the dark matter of clinical neuroscience',
    'Biol Psychiatry',
    '10.1016/j.biopsych.2015.02.020',
  ),
  sylvester2012: s(
    'Sylvester CM, et al.',
    2012,
    'Functional network dysfunction in anxiety and anxiety disorders',
    'Trends Neurosci',
    '10.1016/j.tins.2012.04.012',
  ),
  scheidegger2012: s(
    'Scheidegger M, et al.',
    2012,
    'Ketamine decreases resting state functional network connectivity in healthy subjects: implications for antidepressant drug action',
    'PLoS One',
    '10.1371/journal.pone.0044799',
  ),
  evans2018: s(
    'Evans JW, et al.',
    2018,
    'Default mode connectivity in major depressive disorder measured up to 10 days after ketamine administration',
    'Biol Psychiatry',
    '10.1016/j.biopsych.2018.01.027',
  ),
  adhikari2020: s(
    'Adhikari BM, et al.',
    2020,
    'Effects of ketamine and midazolam on resting state connectivity and comparison with ENIGMA connectivity deficit patterns in schizophrenia',
    'Hum Brain Mapp',
    'PMC7267897',
  ),
  li2010: s(
    'Li N, et al.',
    2010,
    'mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists',
    'Science',
    '10.1126/science.1190287',
  ),
  duman2012: s(
    'Duman RS, Aghajanian GK',
    2012,
    'Synaptic dysfunction in depression: potential therapeutic targets',
    'Science',
    '10.1126/science.1222939',
  ),
  autry2011: s(
    'Autry AE, et al.',
    2011,
    'NMDA receptor blockade at rest triggers rapid behavioural antidepressant responses',
    'Nature',
    '10.1038/nature10130',
  ),
  modaSava2019: s(
    'Moda-Sava RN, et al.',
    2019,
    'Sustained rescue of prefrontal circuit dysfunction by antidepressant-induced spine formation',
    'Science',
    '10.1126/science.aat8078',
  ),
  ratey2008: s('Ratey JJ, Hagerman E', 2008, 'Spark: The Revolutionary New Science of Exercise and the Brain', 'Little, Brown'),
  ly2018: s(
    'Ly C, et al.',
    2018,
    'Psychedelics promote structural and functional neural plasticity',
    'Cell Rep',
    '10.1016/j.celrep.2018.05.022',
  ),
  nardou2023: s(
    'Nardou R, et al.',
    2023,
    'Psychedelics reopen the social reward learning critical period',
    'Nature',
    '10.1038/s41586-023-06204-3',
  ),
  glue2017: s(
    'Glue P, et al.',
    2017,
    'Ketamine’s dose-related effects on anxiety symptoms in patients with treatment refractory anxiety disorders',
    'J Psychopharmacol',
    '10.1177/0269881117705089',
  ),
  taylor2018: s(
    'Taylor JH, et al.',
    2018,
    'Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial',
    'Neuropsychopharmacology',
    '10.1038/npp.2017.194',
  ),
  mathai2023: s(
    'Mathai DS, et al.',
    2023,
    'Reconsidering “dissociation” as a predictor of antidepressant efficacy for esketamine',
    'Psychopharmacology (Berl)',
    '10.1007/s00213-023-06324-8',
  ),
  hoge2023: s(
    'Hoge EA, et al.',
    2023,
    'Mindfulness-based stress reduction vs escitalopram for the treatment of adults with anxiety disorders: a randomized clinical trial',
    'JAMA Psychiatry',
    '10.1001/jamapsychiatry.2022.3679',
  ),
  balban2023: s(
    'Balban MY, et al.',
    2023,
    'Brief structured respiration practices enhance mood and reduce physiological arousal',
    'Cell Rep Med',
    '10.1016/j.xcrm.2022.100895',
  ),
  smyth2018: s(
    'Smyth JM, et al.',
    2018,
    'Online positive affect journaling in the improvement of mental distress and well-being in general medical patients with elevated anxiety symptoms: a preliminary randomized controlled trial',
    'JMIR Ment Health',
    '10.2196/11290',
  ),
} satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** Which works each section cites, in the order they are listed under "What the research says". */
export const CITATIONS: Record<SectionId, readonly SourceId[]> = {
  gap: ['kessler2005', 'wang2004', 'wang2005', 'bystritsky2006', 'glue2017', 'taylor2018'],
  dmn: ['raichle2001', 'hamilton2015', 'sylvester2012', 'scheidegger2012', 'evans2018', 'adhikari2020'],
  plasticity: ['duman2012', 'li2010', 'autry2011', 'modaSava2019', 'ratey2008'],
  window: ['ly2018', 'nardou2023'],
  insight: ['glue2017', 'taylor2018', 'mathai2023'],
  integration: ['hoge2023', 'balban2023', 'smyth2018'],
};

/** The link for a source and the text to show for it, or nothing for a book. */
export function sourceLink(ref: string | undefined): { href: string; text: string } | undefined {
  if (!ref) return undefined;
  if (ref.startsWith('10.')) return { href: `https://doi.org/${ref}`, text: `doi:${ref}` };
  if (ref.startsWith('PMC')) return { href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref}/`, text: ref };
  return { href: `https://pubmed.ncbi.nlm.nih.gov/${ref}/`, text: `PMID ${ref}` };
}
