package dev.mamori.product.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The versioned catalog of compensating controls (Table 3, P6). */
public record ControlCatalog(String id, String version, List<CompensatingControl> controls) {

	public ControlCatalog {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(version, "version");
		controls = List.copyOf(controls);
		Map<String, CompensatingControl> byId = new LinkedHashMap<>();
		for (CompensatingControl control : controls) {
			if (byId.put(control.id(), control) != null) {
				throw new IllegalArgumentException("duplicate control id " + control.id());
			}
		}
	}

	public Optional<CompensatingControl> find(String controlId) {
		return this.controls.stream().filter((control) -> control.id().equals(controlId)).findFirst();
	}

	/**
	 * The control's name in the language, or its id when the catalog no longer knows it.
	 */
	public String nameOf(String controlId, String language) {
		return find(controlId).map((control) -> control.name(language)).orElse(controlId);
	}

	public boolean contains(String controlId) {
		return find(controlId).isPresent();
	}

}
