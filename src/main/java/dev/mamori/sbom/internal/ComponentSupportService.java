package dev.mamori.sbom.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.access.CurrentActor;
import dev.mamori.audit.AuditLog;
import dev.mamori.audit.AuditRecord;
import dev.mamori.common.InputChecks;
import dev.mamori.common.NotFoundException;
import dev.mamori.sbom.support.ManualSupport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * End-of-support dates of components entered by hand (P3, S5), for when the SBOM gives
 * none or only text ("Until hardware support ends"). One entry covers every product using
 * the component.
 */
@Service
public class ComponentSupportService {

	private final ComponentSupportStore store;

	private final AuditLog audit;

	private final Clock clock;

	ComponentSupportService(ComponentSupportStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ManualSupport> entries() {
		return this.store.all();
	}

	/**
	 * Records the end of support of a component (by its key), for one version or
	 * ({@code version} blank) all, with the source of the information as a note.
	 */
	@Transactional
	public ManualSupport set(String componentKey, String version, LocalDate endOfSupport, String note) {
		InputChecks checks = new InputChecks();
		String key = checks.requiredText("componentKey", componentKey, 1000);
		String componentVersion = checks.optionalText("version", version, 200);
		checks.check(endOfSupport != null, "endOfSupport", "validation.required");
		String source = checks.requiredText("note", note, 2000);
		checks.throwIfInvalid();
		ManualSupport entry = new ManualSupport(UUID.randomUUID(), key, componentVersion, endOfSupport, source,
				CurrentActor.get().name());
		this.store.put(entry, this.clock.instant());
		this.audit.record(new AuditRecord("componentSupport.set", "component", key, source,
				Map.of("version", String.valueOf(componentVersion), "endOfSupport", endOfSupport.toString())));
		return entry;
	}

	@Transactional
	public void remove(UUID id, String reason) {
		ManualSupport entry = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("entity.componentSupport", id));
		InputChecks checks = new InputChecks();
		String why = checks.requiredText("reason", reason, 2000);
		checks.throwIfInvalid();
		this.store.delete(id);
		this.audit.record(new AuditRecord("componentSupport.removed", "component", entry.componentKey(), why,
				Map.of("version", String.valueOf(entry.version()), "endOfSupport", entry.endOfSupport().toString())));
	}

}
