package dev.mamori.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.mamori.audit.AuditEntry;
import dev.mamori.audit.ChainVerification;
import org.junit.jupiter.api.Test;

class AuditChainTest {

	static List<AuditEntry> chain(int length) {
		List<AuditEntry> entries = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (int i = 1; i <= length; i++) {
			Instant at = Instant.parse("2026-11-22T01:00:00.123456Z").plusSeconds(i);
			String hash = AuditChain.hash(i, at, "psirt", "web", "product.updated", "product", "p" + i, "why " + i,
					"{}", previous);
			entries.add(new AuditEntry(i, at, "psirt", "web", "product.updated", "product", "p" + i, "why " + i, "{}",
					previous, hash));
			previous = hash;
		}
		return entries;
	}

	static ChainVerification verify(List<AuditEntry> entries) {
		AuditChain.Verifier verifier = new AuditChain.Verifier();
		for (AuditEntry entry : entries) {
			if (!verifier.accept(entry)) {
				break;
			}
		}
		return verifier.result();
	}

	static AuditEntry withReason(AuditEntry entry, String reason) {
		return new AuditEntry(entry.sequence(), entry.occurredAt(), entry.actor(), entry.channel(), entry.action(),
				entry.entityType(), entry.entityId(), reason, entry.details(), entry.previousHash(), entry.hash());
	}

	@Test
	void acceptsAnIntactChainAndReportsItsHead() {
		List<AuditEntry> entries = chain(5);
		ChainVerification result = verify(entries);
		assertThat(result.intact()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(5);
		assertThat(result.headHash()).isEqualTo(entries.get(4).hash());
	}

	@Test
	void acceptsAnEmptyLog() {
		assertThat(verify(List.of())).isEqualTo(ChainVerification.intact(0, null));
	}

	@Test
	void namesTheAlteredEntry() {
		List<AuditEntry> entries = chain(5);
		entries.set(2, withReason(entries.get(2), "nothing happened"));
		ChainVerification result = verify(entries);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBroken()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo(ChainVerification.Problem.CONTENT_ALTERED);
	}

	@Test
	void detectsADeletedEntryAsAGap() {
		List<AuditEntry> entries = chain(5);
		entries.remove(1);
		ChainVerification result = verify(entries);
		assertThat(result.firstBroken()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo(ChainVerification.Problem.SEQUENCE_GAP);
	}

	@Test
	void detectsARenumberedDeletionAsABrokenLink() {
		List<AuditEntry> entries = chain(5);
		AuditEntry third = entries.get(2);
		entries.remove(1);
		entries.set(1,
				new AuditEntry(2, third.occurredAt(), third.actor(), third.channel(), third.action(),
						third.entityType(), third.entityId(), third.reason(), third.details(), third.previousHash(),
						third.hash()));
		assertThat(verify(entries).problem()).isEqualTo(ChainVerification.Problem.LINK_BROKEN);
	}

	@Test
	void keepsFieldBoundariesInTheHash() {
		Instant at = Instant.parse("2026-01-01T00:00:00Z");
		String one = AuditChain.hash(1, at, "ab", "c", "x", "y", "z", "", "{}", AuditChain.GENESIS);
		String other = AuditChain.hash(1, at, "a", "bc", "x", "y", "z", "", "{}", AuditChain.GENESIS);
		assertThat(one).isNotEqualTo(other);
	}

	@Test
	void hashesOnlyWhatPostgresKeeps() {
		Instant nanos = Instant.parse("2026-01-01T00:00:00.123456789Z");
		assertThat(AuditChain.storablePrecision(nanos)).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
	}

}
