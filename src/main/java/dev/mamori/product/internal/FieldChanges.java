package dev.mamori.product.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields that differ between two snapshots, as {@code field -> [before, after]}, for
 * the audit log.
 */
final class FieldChanges {

	private FieldChanges() {
	}

	static Map<String, Object> between(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		for (String field : after.keySet()) {
			Object old = before.get(field);
			Object now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.put(field, java.util.Arrays.asList(text(old), text(now)));
			}
		}
		return changes;
	}

	static Map<String, Object> of(ProductDetails details) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", details.name());
		fields.put("modelNumber", details.modelNumber());
		fields.put("genericName", details.genericName());
		fields.put("deviceClass", details.deviceClass());
		fields.put("samd", details.samd());
		fields.put("approvalNumber", details.approvalNumber());
		fields.put("intendedEnvironment", details.intendedEnvironment());
		fields.put("interfaces", details.interfaces().stream().map(Enum::name).sorted().toList());
		fields.put("wirelessKinds", details.wirelessKinds().stream().map(Enum::name).sorted().toList());
		fields.put("securityContact", details.securityContact());
		return fields;
	}

	static Map<String, Object> of(VersionDetails details) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("version", details.version());
		fields.put("releaseDate", details.dates().release());
		fields.put("eolDate", details.dates().eol());
		fields.put("eosDate", details.dates().eos());
		fields.put("supportPlan", details.supportPlan());
		fields.put("upgradeOptions", details.upgradeOptions());
		return fields;
	}

	private static Object text(Object value) {
		if (value == null || value instanceof Boolean || value instanceof Number || value instanceof List) {
			return value;
		}
		return value.toString();
	}

}
