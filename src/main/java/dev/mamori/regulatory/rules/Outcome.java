package dev.mamori.regulatory.rules;

/**
 * The outcome of health damage or an infection: death, the serious cases (1)–(5) of
 * 第228条の20 第1項第1号ハ, or non-serious.
 */
public enum Outcome {

	DEATH,

	/** (1) 障害. */
	DISABILITY,

	/** (2) 死亡又は障害につながるおそれのある症例. */
	LIFE_THREATENING,

	/** (3) 入院又は入院期間の延長が必要とされる症例. */
	HOSPITALIZATION,

	/** (4) 死亡又は (1)〜(3) に準じて重篤である症例. */
	OTHER_SERIOUS,

	/** (5) 後世代における先天性の疾病又は異常. */
	CONGENITAL,

	NON_SERIOUS

}
