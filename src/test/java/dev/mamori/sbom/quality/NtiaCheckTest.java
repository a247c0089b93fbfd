package dev.mamori.sbom.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.mamori.sbom.SbomFixtures;
import dev.mamori.sbom.model.ReadWarning;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;
import org.junit.jupiter.api.Test;

/** S3 (Table 4): the minimum elements, per SBOM and per component. */
class NtiaCheckTest {

	@Test
	void findsTheGuidesExampleComplete() {
		NtiaReport report = NtiaCheck.check(SbomFixtures.medicalDevice2());
		assertThat(report.complete()).isTrue();
		assertThat(report.components()).isEqualTo(4);
		assertThat(report.componentsMissing()).isEmpty();
		assertThat(report.missingCounts().values()).allMatch((count) -> count == 0);
		assertThat(report.problems()).isEmpty();
	}

	@Test
	void countsComponentsMissingEachElement() {
		SbomComponent noSupplier = SbomFixtures.component("a", null, "libfoo", "1.0", "pkg:npm/libfoo@1.0", null);
		SbomComponent noVersion = SbomFixtures.component("b", "Acme", "libbar", null, "pkg:npm/libbar", null);
		SbomDocument document = SbomFixtures.document(List.of(SbomFixtures.device(), noSupplier, noVersion));
		NtiaReport report = NtiaCheck.check(document);
		assertThat(report.complete()).isFalse();
		assertThat(report.missingCounts()).containsEntry(Element.SUPPLIER, 1)
			.containsEntry(Element.VERSION, 1)
			.containsEntry(Element.HASH, 2)
			.containsEntry(Element.NAME, 0);
		assertThat(report.componentsMissing()).extracting(ComponentGaps::ref).containsExactly("a", "b");
		assertThat(report.componentsMissing().get(0).missing()).containsExactly(Element.SUPPLIER);
	}

	@Test
	void treatsAMissingHashAsOptional() {
		SbomComponent unhashed = SbomFixtures.component("a", "Acme", "libfoo", "1.0", "pkg:npm/libfoo@1.0", null);
		NtiaReport report = NtiaCheck.check(SbomFixtures.document(List.of(SbomFixtures.device(), unhashed)));
		assertThat(report.complete()).isTrue();
		assertThat(report.missingCounts()).containsEntry(Element.HASH, 1);
	}

	@Test
	void findsAComponentWithoutRelationships() {
		SbomDocument document = SbomFixtures.medicalDevice2();
		SbomDocument orphan = new SbomDocument(document.format(), document.specVersion(), document.metadata(),
				document.components(), document.relationships().subList(0, 2), List.of());
		NtiaReport report = NtiaCheck.check(orphan);
		assertThat(report.complete()).isFalse();
		assertThat(report.componentsMissing()).singleElement()
			.satisfies((gaps) -> assertThat(gaps.missing()).containsExactly(Element.RELATIONSHIPS));
	}

	@Test
	void countsAMissingAuthorAndTimestampForEveryComponent() {
		SbomDocument document = SbomFixtures.medicalDevice2();
		SbomDocument anonymous = new SbomDocument(document.format(), document.specVersion(),
				new SbomMetadata("x", null, null, List.of(), List.of("syft"), null, document.metadata().subjectRef()),
				document.components(), document.relationships(), List.of());
		NtiaReport report = NtiaCheck.check(anonymous);
		assertThat(report.complete()).isFalse();
		assertThat(report.documentMissing()).containsExactlyInAnyOrder(Element.AUTHOR, Element.TIMESTAMP);
		assertThat(report.missingCounts()).containsEntry(Element.AUTHOR, 4).containsEntry(Element.TIMESTAMP, 4);
		assertThat(report.componentsMissing()).isEmpty();
	}

	@Test
	void reportsWhatCannotBeMatchedToVulnerabilities() {
		SbomComponent anonymousLib = SbomFixtures.component("a", "Acme", "libfoo", "1.0", null, null);
		SbomComponent badPurl = SbomFixtures.component("b", "Acme", "libbar", "1.0", "npm:libbar@1.0", null);
		SbomComponent badCpe = new SbomComponent("c", null, "Acme", "fw", "2", null, List.of("cpe:not-a-cpe"), null,
				List.of(), List.of(), null, SupportInfo.NONE, Map.of());
		NtiaReport report = NtiaCheck
			.check(SbomFixtures.document(List.of(SbomFixtures.device(), anonymousLib, badPurl, badCpe)));
		assertThat(report.problems()).extracting(Problem::kind, Problem::componentRef)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.Kind.NO_IDENTIFIER, "a"),
					org.assertj.core.groups.Tuple.tuple(Problem.Kind.MALFORMED_PURL, "b"),
					org.assertj.core.groups.Tuple.tuple(Problem.Kind.MALFORMED_CPE, "c"));
		assertThat(report.missingCounts()).as("a malformed identifier is still an identifier")
			.containsEntry(Element.UNIQUE_ID, 1);
	}

	@Test
	void reportsDuplicatesAndReadWarnings() {
		SbomComponent again = SbomFixtures.acrobat().withRef("acrobat-2");
		SbomDocument document = SbomFixtures
			.document(List.of(SbomFixtures.device(), SbomFixtures.acrobat(), again, SbomFixtures.java()));
		SbomDocument warned = new SbomDocument(document.format(), document.specVersion(), document.metadata(),
				document.components(), document.relationships(),
				List.of(ReadWarning.of("sbom.warn.example", "/relationships/3", "DESCRIBE")));
		NtiaReport report = NtiaCheck.check(warned);
		assertThat(report.problems()).extracting(Problem::kind)
			.as("what the reader accepted leniently concerns the whole document, so it comes first")
			.containsExactly(Problem.Kind.READ_WARNING, Problem.Kind.DUPLICATE);
		assertThat(report.problems().get(1).arguments()).containsExactly("Acrobat DC 21.001.20135", "acrobat");
	}

}
