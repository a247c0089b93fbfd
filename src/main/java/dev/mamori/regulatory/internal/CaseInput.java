package dev.mamori.regulatory.internal;

import java.util.UUID;

import dev.mamori.regulatory.rules.CaseFacts;

/**
 * A case as someone preparing it enters it; {@code incident} and {@code vulnerability}
 * are optional links.
 *
 * @param ifuVersion the version of the 注意事項等情報 the "predictable" fact was judged against,
 * and {@code ifuPassage} the passage
 */
public record CaseInput(UUID product, UUID version, UUID incident, String vulnerability, String title, String summary,
		CaseFacts facts, String ifuVersion, String ifuPassage, ReportDraft draft) {

	public CaseInput {
		draft = (draft != null) ? draft : ReportDraft.EMPTY;
	}

}
