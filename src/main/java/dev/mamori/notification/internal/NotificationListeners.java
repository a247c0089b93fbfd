package dev.mamori.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.mamori.access.Role;
import dev.mamori.common.MamoriTime;
import dev.mamori.identity.UserDirectory;
import dev.mamori.identity.UserView;
import dev.mamori.incident.IncidentChanged;
import dev.mamori.notification.NoticeKind;
import dev.mamori.product.Products;
import dev.mamori.product.Products.VersionSnapshot;
import dev.mamori.regulatory.ReportDeadlineReminder;
import dev.mamori.vulnerability.Findings;
import dev.mamori.vulnerability.FindingsChanged;
import dev.mamori.vulnerability.FindingView;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events of other modules into notices. Each listener runs after the event's
 * transaction committed, in a transaction of its own; the durable publication registry
 * keeps an event whose listener failed, to be delivered again at the next start.
 */
@Component
class NotificationListeners {

	private static final int LISTED_VULNERABILITIES = 5;

	private final Notifier notifier;

	private final SubscriptionStore subscriptions;

	private final Products products;

	private final Findings findings;

	private final UserDirectory users;

	private final Clock clock;

	NotificationListeners(Notifier notifier, SubscriptionStore subscriptions, Products products, Findings findings,
			UserDirectory users, Clock clock) {
		this.notifier = notifier;
		this.subscriptions = subscriptions;
		this.products = products;
		this.findings = findings;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * New findings: the product's followers whose severity threshold the news reaches.
	 */
	@ApplicationModuleListener
	void findingsChanged(FindingsChanged event) {
		if (event.added() == 0) {
			return;
		}
		// the scores the findings list shows (Mamori's own, from the vectors when a
		// source states none), most severe first
		Map<UUID, FindingView> added = new LinkedHashMap<>();
		this.findings.forVersion(event.version())
			.stream()
			.filter((finding) -> event.addedVulnerabilities().contains(finding.vulnerability()))
			.forEach((finding) -> added.putIfAbsent(finding.vulnerability(), finding));
		Double highest = added.values()
			.stream()
			.map(FindingView::highestScore)
			.filter(Objects::nonNull)
			.max(Double::compare)
			.orElse(null);
		Optional<VersionSnapshot> version = this.products.findVersion(event.version(), MamoriTime.today(this.clock));
		if (version.isEmpty()) {
			return;
		}
		VersionSnapshot snapshot = version.get();
		List<String> ids = added.values().stream().map(FindingView::primaryId).limit(LISTED_VULNERABILITIES).toList();
		Map<String, Object> payload = new LinkedHashMap<>(versionPayload(snapshot));
		payload.put("added", event.added());
		payload.put("removed", event.removed());
		payload.put("highestScore", highest);
		payload.put("kev", added.values().stream().anyMatch(FindingView::kev));
		payload.put("vulnerabilities", added.values().stream().map(FindingView::primaryId).toList());
		Notice notice = new Notice(NoticeKind.FINDINGS_CHANGED, "notification.findingsChanged",
				List.of(snapshot.productName(), snapshot.version(), Integer.toString(event.added()),
						String.join(", ", ids)),
				"/products/" + snapshot.productId() + "/versions/" + snapshot.versionId(), snapshot.productId().value(),
				payload);
		List<Notifier.Recipient> recipients = this.subscriptions.forProduct(event.product().value())
			.stream()
			.filter((subscription) -> subscription.minSeverity().admits(highest))
			.map((subscription) -> new Notifier.Recipient(subscription.username(), subscription.email()))
			.toList();
		this.notifier.tell(notice, recipients);
	}

	/**
	 * Incidents: followers hear of a new one; webhooks (ticketing, chat) also get every
	 * change.
	 */
	@ApplicationModuleListener
	void incidentChanged(IncidentChanged event) {
		Optional<VersionSnapshot> version = this.products.findVersion(event.version(), MamoriTime.today(this.clock));
		if (version.isEmpty()) {
			return;
		}
		VersionSnapshot snapshot = version.get();
		Map<String, Object> payload = new LinkedHashMap<>(versionPayload(snapshot));
		payload.put("incident", event.incident().toString());
		payload.put("opened", event.opened());
		payload.put("vulnerabilities", event.vulnerabilities());
		Notice notice = new Notice(NoticeKind.INCIDENT_CHANGED,
				event.opened() ? "notification.incidentOpened" : "notification.incidentChanged",
				List.of(snapshot.productName(), snapshot.version()), "/incidents/" + event.incident(),
				snapshot.productId().value(), payload);
		List<Notifier.Recipient> recipients = event.opened() ? this.subscriptions.forProduct(event.product().value())
			.stream()
			.map((subscription) -> new Notifier.Recipient(subscription.username(), subscription.email()))
			.toList() : List.of();
		this.notifier.tell(notice, recipients);
	}

	/**
	 * A report deadline: every safety officer, in the application and by e-mail; the
	 * administrators when there is no safety officer, so that the reminder reaches
	 * someone.
	 */
	@ApplicationModuleListener
	void reportDeadline(ReportDeadlineReminder event) {
		List<UserView> officers = this.users.withRole(Role.SAFETY_OFFICER);
		if (officers.isEmpty()) {
			officers = this.users.withRole(Role.ADMIN);
		}
		String key = (event.daysLeft() > 0) ? "notification.deadline.near"
				: (event.daysLeft() == 0) ? "notification.deadline.today" : "notification.deadline.overdue";
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("case", event.caseId().toString());
		payload.put("caseNumber", event.caseNumber());
		payload.put("title", event.title());
		payload.put("report", event.report());
		payload.put("category", event.category());
		payload.put("dueDate", event.dueDate().toString());
		payload.put("daysLeft", event.daysLeft());
		Notice notice = new Notice(NoticeKind.REPORT_DEADLINE, key, List.of(event.caseNumber(), event.title(),
				event.dueDate().toString(), Integer.toString(Math.abs(event.daysLeft()))), event.path(), null, payload);
		List<Notifier.Recipient> recipients = new ArrayList<>();
		officers.forEach((officer) -> recipients.add(new Notifier.Recipient(officer.username(), true)));
		this.notifier.tell(notice, recipients);
	}

	private static Map<String, Object> versionPayload(VersionSnapshot snapshot) {
		return Map.of("product", Map.of("id", snapshot.productId().toString(), "name", snapshot.productName()),
				"version", Map.of("id", snapshot.versionId().toString(), "version", snapshot.version()));
	}

}
