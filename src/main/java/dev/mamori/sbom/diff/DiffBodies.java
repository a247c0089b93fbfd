package dev.mamori.sbom.diff;

import java.time.LocalDate;
import java.util.List;

import dev.mamori.sbom.merge.VendorMerge;
import dev.mamori.sbom.model.SbomComponent;

/**
 * The JSON shapes of components and diffs, shared by the REST API and
 * {@code mamori sbom diff
 * --json} so that both answer alike.
 */
public final class DiffBodies {

	private DiffBodies() {
	}

	public record Hash(String algorithm, String value) {
	}

	public record Support(String level, String endOfSupport, LocalDate endOfSupportDate, LocalDate endOfLife) {
	}

	/** A component; {@code suppliedBy} names the vendor SBOM it came from, if any. */
	public record ComponentBody(String ref, String type, String supplier, String name, String version, String purl,
			List<String> cpes, String swidTagId, List<Hash> hashes, List<String> licenses, String description,
			Support support, String suppliedBy) {
	}

	public record Change(String key, ComponentBody before, ComponentBody after, List<String> fields) {
	}

	public record Diff(List<ComponentBody> added, List<ComponentBody> removed, List<Change> changed, int unchanged) {
	}

	public static ComponentBody component(SbomComponent component) {
		return new ComponentBody(component.ref(), component.type(), component.supplier(), component.name(),
				component.version(), component.purl(), component.cpes(), component.swidTagId(),
				component.hashes().stream().map((hash) -> new Hash(hash.algorithm(), hash.value())).toList(),
				component.licenses(), component.description(),
				new Support(component.support().level(), component.support().endOfSupport(),
						component.support().endOfSupportDate(), component.support().endOfLife()),
				component.properties().get(VendorMerge.SUPPLIED_BY));
	}

	public static Diff diff(SbomDiff diff) {
		return new Diff(diff.added().stream().map(DiffBodies::component).toList(),
				diff.removed().stream().map(DiffBodies::component).toList(),
				diff.changed()
					.stream()
					.map((change) -> new Change(change.key(), component(change.before()), component(change.after()),
							change.fields().stream().map(Enum::name).sorted().toList()))
					.toList(),
				diff.unchanged());
	}

}
