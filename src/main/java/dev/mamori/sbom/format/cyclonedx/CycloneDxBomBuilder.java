package dev.mamori.sbom.format.cyclonedx;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.mamori.sbom.model.ComponentHash;
import dev.mamori.sbom.model.SbomComponent;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomMetadata;
import dev.mamori.sbom.model.SupportInfo;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Swid;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * The normalized model as a cyclonedx-core-java {@link Bom}, ready for the 1.6
 * generators. What the model holds and CycloneDX has no field for goes into properties,
 * so that the output is always valid against the 1.6 schema:
 * <ul>
 * <li>serial number kept when it is a {@code urn:uuid}, else a new one; BOM version
 * 1;</li>
 * <li>timestamp kept (to the second, as the library writes it), else the time of
 * export;</li>
 * <li>authors as {@code metadata.authors} ("name &lt;email&gt;" split again), tools as
 * 1.6 {@code tools.components}, the document supplier as {@code metadata.supplier};</li>
 * <li>a component without a name is written with its ref as name and the property
 * {@code mamori:name-missing}, which the reader turns back into no name;</li>
 * <li>the first CPE as {@code cpe}, the others as {@code mamori:cpe} properties;</li>
 * <li>hashes whose algorithm or value CycloneDX does not allow as
 * {@code mamori:hash:ALGORITHM} properties;</li>
 * <li>licences: one SPDX expression as {@code expression}, else each SPDX id as
 * {@code license.id} and anything else as {@code license.name};</li>
 * <li>support information as the properties {@code Level of Support},
 * {@code End-of-Support} and {@code End-of-Life};</li>
 * <li>components placed and relationships written by {@link ContainmentPlan}.</li>
 * </ul>
 */
final class CycloneDxBomBuilder {

	static final String HASH_PROPERTY_PREFIX = "mamori:hash:";

	private static final Pattern URN_UUID = Pattern
		.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern HEX_HASH = Pattern
		.compile("[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}");

	private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512",
			"SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3");

	private static final Pattern CONTACT = Pattern.compile("(.*?)\\s*<([^<>]+)>\\s*");

	private static final Pattern EXPRESSION = Pattern.compile(".*(\\s(AND|OR|WITH)\\s|[()]).*");

	private final Clock clock;

	CycloneDxBomBuilder(Clock clock) {
		this.clock = clock;
	}

	Bom build(SbomDocument document) {
		ContainmentPlan plan = ContainmentPlan.of(document);
		Map<String, SbomComponent> byRef = document.components()
			.stream()
			.collect(Collectors.toMap(SbomComponent::ref, Function.identity()));
		Bom bom = new Bom();
		bom.setSerialNumber(serialNumber(document.metadata().serialNumber()));
		bom.setVersion(1);
		bom.setMetadata(metadata(document.metadata(), plan, byRef));
		List<Component> components = new ArrayList<>();
		plan.topLevel().forEach((ref) -> components.add(component(byRef.get(ref), plan, byRef)));
		bom.setComponents(components);
		List<Dependency> dependencies = new ArrayList<>();
		plan.dependencies().forEach((from, targets) -> {
			Dependency dependency = new Dependency(from);
			targets.forEach((to) -> dependency.addDependency(new Dependency(to)));
			dependencies.add(dependency);
		});
		if (!dependencies.isEmpty()) {
			bom.setDependencies(dependencies);
		}
		return bom;
	}

	private Metadata metadata(SbomMetadata source, ContainmentPlan plan, Map<String, SbomComponent> byRef) {
		Metadata metadata = new Metadata();
		Instant timestamp = (source.timestamp() != null) ? source.timestamp() : this.clock.instant();
		metadata.setTimestamp(Date.from(timestamp.truncatedTo(ChronoUnit.SECONDS)));
		if (!source.authors().isEmpty()) {
			metadata.setAuthors(source.authors().stream().map(CycloneDxBomBuilder::contact).toList());
		}
		if (!source.tools().isEmpty()) {
			ToolInformation tools = new ToolInformation();
			tools.setComponents(source.tools().stream().map(CycloneDxBomBuilder::tool).toList());
			metadata.setToolChoice(tools);
		}
		if (source.supplier() != null) {
			metadata.setSupplier(organization(source.supplier()));
		}
		if (plan.subjectRef() != null) {
			metadata.setComponent(component(byRef.get(plan.subjectRef()), plan, byRef));
		}
		return metadata;
	}

	private Component component(SbomComponent source, ContainmentPlan plan, Map<String, SbomComponent> byRef) {
		Component component = new Component();
		component.setBomRef(source.ref());
		component.setType(type(source.type()));
		if (source.supplier() != null) {
			component.setSupplier(organization(source.supplier()));
		}
		String group = source.properties().get(ComponentMapping.GROUP_PROPERTY);
		if (group != null && !group.isBlank()) {
			component.setGroup(group);
		}
		List<Property> properties = new ArrayList<>();
		if (source.name() != null) {
			component.setName(source.name());
		}
		else {
			// CycloneDX requires a name; the ref stands in, and the property says the
			// name is missing.
			component.setName(source.ref());
			properties.add(new Property(ComponentMapping.NAME_MISSING_PROPERTY, "true"));
		}
		component.setVersion(source.version());
		component.setDescription(source.description());
		component.setPurl(source.purl());
		if (!source.cpes().isEmpty()) {
			component.setCpe(source.cpes().get(0));
			source.cpes()
				.stream()
				.skip(1)
				.forEach((cpe) -> properties.add(new Property(ComponentMapping.EXTRA_CPE_PROPERTY, cpe)));
		}
		if (source.swidTagId() != null) {
			Swid swid = new Swid();
			swid.setTagId(source.swidTagId());
			swid.setName((source.name() != null) ? source.name() : source.swidTagId());
			swid.setVersion(source.version());
			component.setSwid(swid);
		}
		List<Hash> hashes = new ArrayList<>();
		for (ComponentHash hash : source.hashes()) {
			if (HASH_ALGORITHMS.contains(hash.algorithm()) && HEX_HASH.matcher(hash.value()).matches()) {
				hashes.add(new Hash(hash.algorithm(), hash.value()));
			}
			else {
				properties.add(new Property(HASH_PROPERTY_PREFIX + hash.algorithm(), hash.value()));
			}
		}
		if (!hashes.isEmpty()) {
			component.setHashes(hashes);
		}
		if (!source.licenses().isEmpty()) {
			component.setLicenses(licenses(source.licenses()));
		}
		properties.addAll(support(source.support()));
		properties.addAll(otherProperties(source.properties(), source.support()));
		if (!properties.isEmpty()) {
			component.setProperties(properties);
		}
		List<Component> nested = new ArrayList<>();
		plan.childrenOf(source.ref()).forEach((ref) -> nested.add(component(byRef.get(ref), plan, byRef)));
		if (!nested.isEmpty()) {
			component.setComponents(nested);
		}
		return component;
	}

	private static LicenseChoice licenses(List<String> licenses) {
		LicenseChoice choice = new LicenseChoice();
		if (licenses.size() == 1 && SpdxLicenseIds.canonical(licenses.get(0)).isEmpty()
				&& EXPRESSION.matcher(licenses.get(0)).matches()) {
			choice.setExpression(new Expression(licenses.get(0)));
			return choice;
		}
		for (String value : licenses) {
			License license = new License();
			SpdxLicenseIds.canonical(value).ifPresentOrElse(license::setId, () -> license.setName(value));
			choice.addLicense(license);
		}
		return choice;
	}

	private static List<Property> support(SupportInfo support) {
		List<Property> properties = new ArrayList<>();
		if (support.level() != null) {
			properties.add(new Property(SupportProperties.LEVEL, support.level()));
		}
		String endOfSupport = (support.endOfSupport() != null) ? support.endOfSupport()
				: (support.endOfSupportDate() != null) ? support.endOfSupportDate().toString() : null;
		if (endOfSupport != null) {
			properties.add(new Property(SupportProperties.END_OF_SUPPORT, endOfSupport));
		}
		if (support.endOfLife() != null) {
			properties.add(new Property(SupportProperties.END_OF_LIFE, support.endOfLife().toString()));
		}
		return properties;
	}

	/**
	 * The model's properties by name, without those written elsewhere (group, CPEs, a
	 * support statement the support information already gives); repeated values (one per
	 * line) become repeated properties.
	 */
	private static List<Property> otherProperties(Map<String, String> properties, SupportInfo support) {
		List<Property> written = new ArrayList<>();
		properties.entrySet()
			.stream()
			.filter((property) -> !property.getKey().equals(ComponentMapping.GROUP_PROPERTY)
					&& !property.getKey().equals(ComponentMapping.EXTRA_CPE_PROPERTY)
					&& !property.getKey().equals(ComponentMapping.NAME_MISSING_PROPERTY)
					&& !isGivenBy(support, SupportProperties.kindOf(property.getKey())))
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.forEach((property) -> {
				if (property.getValue().isEmpty()) {
					written.add(new Property(property.getKey(), ""));
				}
				else {
					property.getValue().lines().forEach((value) -> written.add(new Property(property.getKey(), value)));
				}
			});
		return written;
	}

	private static boolean isGivenBy(SupportInfo support, SupportProperties.Kind kind) {
		if (kind == null) {
			return false;
		}
		return switch (kind) {
			case LEVEL -> support.level() != null;
			case END_OF_SUPPORT -> support.endOfSupport() != null || support.endOfSupportDate() != null;
			case END_OF_LIFE -> support.endOfLife() != null;
		};
	}

	private static Component.Type type(String type) {
		if (type != null) {
			for (Component.Type candidate : Component.Type.values()) {
				if (candidate.getTypeName().equals(type.strip().toLowerCase(Locale.ROOT))) {
					return candidate;
				}
			}
		}
		// CycloneDX requires a type; a component of unknown type is most often a library.
		return Component.Type.LIBRARY;
	}

	private static String serialNumber(String serialNumber) {
		if (serialNumber != null) {
			String lower = serialNumber.strip().toLowerCase(Locale.ROOT);
			if (URN_UUID.matcher(lower).matches()) {
				return lower;
			}
		}
		return "urn:uuid:" + UUID.randomUUID();
	}

	private static OrganizationalContact contact(String author) {
		OrganizationalContact contact = new OrganizationalContact();
		Matcher matcher = CONTACT.matcher(author);
		if (matcher.matches() && matcher.group(2).contains("@")) {
			if (!matcher.group(1).isBlank()) {
				contact.setName(matcher.group(1).strip());
			}
			contact.setEmail(matcher.group(2).strip());
		}
		else {
			contact.setName(author);
		}
		return contact;
	}

	private static Component tool(String name) {
		Component tool = new Component();
		tool.setType(Component.Type.APPLICATION);
		tool.setName(name);
		return tool;
	}

	private static OrganizationalEntity organization(String name) {
		OrganizationalEntity entity = new OrganizationalEntity();
		entity.setName(name);
		return entity;
	}

}
