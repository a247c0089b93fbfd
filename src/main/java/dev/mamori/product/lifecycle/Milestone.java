package dev.mamori.product.lifecycle;

/**
 * The occasions on which the manufacturer owes hospitals information (Table 2): the three
 * milestones, and any later change of the EOL or EOS date ({@link #CHANGE}).
 */
public enum Milestone {

	RELEASE, EOL, EOS, CHANGE

}
