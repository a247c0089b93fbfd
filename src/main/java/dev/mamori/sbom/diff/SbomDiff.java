package dev.mamori.sbom.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.mamori.common.VersionOrder;
import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.SbomComponent;

/**
 * The difference between two component lists (S4).
 * <p>
 * Entries are paired by {@link ComponentKey}. Within one key, entries of equal version
 * pair first; the rest pair in version order, so that an upgrade of one library reads as
 * a version change, and a second copy that appeared reads as an addition.
 */
public record SbomDiff(List<SbomComponent> added, List<SbomComponent> removed, List<ComponentChange> changed,
		int unchanged) {

	public SbomDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		changed = List.copyOf(changed);
	}

	public boolean isEmpty() {
		return this.added.isEmpty() && this.removed.isEmpty() && this.changed.isEmpty();
	}

	public static SbomDiff between(List<SbomComponent> before, List<SbomComponent> after) {
		Map<String, List<SbomComponent>> old = byKey(before);
		Map<String, List<SbomComponent>> now = byKey(after);
		List<SbomComponent> added = new ArrayList<>();
		List<SbomComponent> removed = new ArrayList<>();
		List<ComponentChange> changed = new ArrayList<>();
		int unchanged = 0;
		Set<String> keys = new HashSet<>(old.keySet());
		keys.addAll(now.keySet());
		for (String key : keys.stream().sorted().toList()) {
			List<SbomComponent> left = new ArrayList<>(old.getOrDefault(key, List.of()));
			List<SbomComponent> right = new ArrayList<>(now.getOrDefault(key, List.of()));
			for (SbomComponent component : List.copyOf(left)) {
				SbomComponent same = right.stream()
					.filter((candidate) -> Objects.equals(candidate.version(), component.version()))
					.findFirst()
					.orElse(null);
				if (same != null) {
					left.remove(component);
					right.remove(same);
					Set<ChangedField> fields = fields(component, same);
					if (fields.isEmpty()) {
						unchanged++;
					}
					else {
						changed.add(new ComponentChange(key, component, same, fields));
					}
				}
			}
			Comparator<SbomComponent> byVersion = Comparator.comparing(SbomComponent::version,
					Comparator.nullsFirst(VersionOrder.INSTANCE));
			left.sort(byVersion);
			right.sort(byVersion);
			int pairs = Math.min(left.size(), right.size());
			for (int i = 0; i < pairs; i++) {
				changed.add(new ComponentChange(key, left.get(i), right.get(i), fields(left.get(i), right.get(i))));
			}
			removed.addAll(left.subList(pairs, left.size()));
			added.addAll(right.subList(pairs, right.size()));
		}
		return new SbomDiff(added, removed, changed, unchanged);
	}

	private static Set<ChangedField> fields(SbomComponent before, SbomComponent after) {
		Set<ChangedField> fields = EnumSet.noneOf(ChangedField.class);
		if (!Objects.equals(before.version(), after.version())) {
			fields.add(ChangedField.VERSION);
		}
		if (!Objects.equals(before.supplier(), after.supplier())) {
			fields.add(ChangedField.SUPPLIER);
		}
		if (!hashes(before).equals(hashes(after))) {
			fields.add(ChangedField.HASH);
		}
		if (!new HashSet<>(before.licenses()).equals(new HashSet<>(after.licenses()))) {
			fields.add(ChangedField.LICENSE);
		}
		if (!Objects.equals(identifiersWithoutVersion(before), identifiersWithoutVersion(after))) {
			fields.add(ChangedField.IDENTIFIER);
		}
		return fields;
	}

	private static Set<String> hashes(SbomComponent component) {
		Set<String> hashes = new HashSet<>();
		for (ComponentHash hash : component.hashes()) {
			hashes.add(hash.toString());
		}
		return hashes;
	}

	/**
	 * Identifiers change with the version; what matters is a change of what they name.
	 */
	private static List<Object> identifiersWithoutVersion(SbomComponent component) {
		String purl = (component.purl() != null) ? ComponentKey.purlBase(component.purl()) : null;
		List<String> cpes = new ArrayList<>();
		for (String cpe : component.cpes()) {
			cpes.add(cpeWithoutVersion(cpe));
		}
		return List.of(String.valueOf(purl), cpes.stream().sorted().toList(), String.valueOf(component.swidTagId()));
	}

	private static String cpeWithoutVersion(String cpe) {
		String[] parts = cpe.split(":");
		if (cpe.startsWith("cpe:2.3:") && parts.length > 5) {
			parts[5] = "*";
			return String.join(":", parts);
		}
		if (cpe.startsWith("cpe:/") && parts.length > 3) {
			parts[3] = "";
			return String.join(":", parts);
		}
		return cpe;
	}

	private static Map<String, List<SbomComponent>> byKey(List<SbomComponent> components) {
		Map<String, List<SbomComponent>> byKey = new LinkedHashMap<>();
		for (SbomComponent component : components) {
			byKey.computeIfAbsent(ComponentKey.of(component), (key) -> new ArrayList<>()).add(component);
		}
		return byKey;
	}

}
