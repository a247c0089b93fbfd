/**
 * The medical CVSS rubric (V2; T§5.2, F§4(3)): yes/no/unknown questions that re-score a
 * vulnerability's CVSS 3.1 base metrics for the clinical environment. The questions and
 * their decision tree are versioned data
 * ({@link dev.mamori.assessment.rubric.RubricDefinition}, validated when built);
 * {@link dev.mamori.assessment.rubric.RubricEvaluator} turns answers into a vector, a
 * score and, per metric, the path of questions that decided it, or says which questions
 * are still to be asked. Pure: no Spring, no I/O.
 */
package dev.mamori.assessment.rubric;
