package dev.mamori.product.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mamori.product.internal.SpecifiedControl;
import dev.mamori.product.lifecycle.ControlCatalog;

/**
 * The compensating-controls form: one row per catalog entry, ticked or not, with its
 * specification.
 */
public class ControlsForm {

	private List<Row> rows = new ArrayList<>();

	private String reason;

	static ControlsForm of(ControlCatalog catalog, List<SpecifiedControl> specified) {
		ControlsForm form = new ControlsForm();
		Map<String, String> texts = new HashMap<>();
		specified.forEach((control) -> texts.put(control.controlId(), control.specification()));
		catalog.controls().forEach((control) -> {
			Row row = new Row();
			row.setControlId(control.id());
			row.setSelected(texts.containsKey(control.id()));
			row.setSpecification(texts.getOrDefault(control.id(), ""));
			form.rows.add(row);
		});
		return form;
	}

	List<SpecifiedControl> selected() {
		return this.rows.stream()
			.filter(Row::isSelected)
			.map((row) -> new SpecifiedControl(row.getControlId(), row.getSpecification()))
			.toList();
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	/** One control of the catalog. */
	public static class Row {

		private String controlId;

		private boolean selected;

		private String specification;

		public String getControlId() {
			return this.controlId;
		}

		public void setControlId(String controlId) {
			this.controlId = controlId;
		}

		public boolean isSelected() {
			return this.selected;
		}

		public void setSelected(boolean selected) {
			this.selected = selected;
		}

		public String getSpecification() {
			return this.specification;
		}

		public void setSpecification(String specification) {
			this.specification = specification;
		}

	}

}
