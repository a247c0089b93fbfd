package dev.mamori.assessment.scoring;

/** Computes the scores of valid vectors of the versions it supports. */
interface CvssCalculator {

	Scores scores(CvssVector vector);

}
