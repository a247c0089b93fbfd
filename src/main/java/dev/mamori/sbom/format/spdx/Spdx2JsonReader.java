package dev.mamori.sbom.format.spdx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.sbom.format.SbomReadException;
import dev.mamori.sbom.format.SbomReader;
import dev.mamori.sbom.model.SbomDocument;
import dev.mamori.sbom.model.SbomFormat;

/**
 * Reads SPDX 2.x JSON (2.2 and 2.3 in practice; any {@code SPDX-2.x} is accepted) into
 * the model (S2, S3); see {@link Spdx2Mapper} for the mapping.
 * <p>
 * Strict on structure: a document that is not an object, has no {@code spdxVersion},
 * whose {@code packages}, {@code files} or {@code relationships} is not an array, or with
 * a package without {@code SPDXID} or {@code name}, is refused with the JSON pointer of
 * the fault. Lenient with what real tools get wrong: unknown relationship types,
 * relationships to files or undefined elements, duplicate SPDXIDs and unreadable dates
 * are accepted with warnings.
 */
public final class Spdx2JsonReader implements SbomReader {

	static final Pattern VERSION_2 = Pattern.compile("SPDX-2\\.\\d+");

	@Override
	public SbomDocument read(byte[] content) {
		JsonNode root = SpdxJson.parse(content);
		if (!root.isObject()) {
			throw new SbomReadException("sbom.spdx.notAnObject", null);
		}
		String version = SpdxJson.requiredText(root, "spdxVersion", "");
		if (!VERSION_2.matcher(version).matches()) {
			throw new SbomReadException("sbom.spdx.unsupportedVersion", "/spdxVersion", version);
		}
		String documentId = SpdxText.clean(SpdxJson.text(root, "SPDXID", ""));
		JsonNode creationInfo = SpdxJson.object(root, "creationInfo", "");
		String created = null;
		List<String> creators = new ArrayList<>();
		if (creationInfo != null) {
			created = SpdxJson.text(creationInfo, "created", "/creationInfo");
			JsonNode creatorArray = SpdxJson.array(creationInfo, "creators", "/creationInfo");
			for (int i = 0; i < creatorArray.size(); i++) {
				creators.add(SpdxJson.textItem(creatorArray, i, "/creationInfo/creators"));
			}
		}
		JsonNode describeArray = SpdxJson.array(root, "documentDescribes", "");
		List<String> describes = new ArrayList<>(describeArray.size());
		for (int i = 0; i < describeArray.size(); i++) {
			describes.add(SpdxJson.textItem(describeArray, i, "/documentDescribes"));
		}
		List<Spdx2Element> packages = packages(root);
		List<Spdx2Element> files = files(root, packages.isEmpty());
		return Spdx2Mapper.map(new Spdx2Source(SbomFormat.SPDX_JSON, version,
				(documentId != null) ? documentId : "SPDXRef-DOCUMENT", SpdxJson.text(root, "name", ""),
				SpdxJson.text(root, "documentNamespace", ""), created, "/creationInfo/created", creators, describes,
				"/documentDescribes", packages, files, snippetIds(root), relationships(root), licenceNames(root)));
	}

	private static List<Spdx2Element> packages(JsonNode root) {
		JsonNode array = SpdxJson.array(root, "packages", "");
		List<Spdx2Element> packages = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			String at = SpdxJson.pointer("/packages", i);
			JsonNode node = SpdxJson.objectItem(array, i, "/packages");
			Spdx2Element.Builder builder = new Spdx2Element.Builder(at)
				.spdxId(SpdxJson.requiredText(node, "SPDXID", at))
				.name(SpdxJson.requiredText(node, "name", at))
				.version(SpdxJson.text(node, "versionInfo", at))
				.supplier(SpdxJson.text(node, "supplier", at))
				.originator(SpdxJson.text(node, "originator", at))
				.licenseConcluded(SpdxJson.text(node, "licenseConcluded", at))
				.licenseDeclared(SpdxJson.text(node, "licenseDeclared", at))
				.purpose(SpdxJson.text(node, "primaryPackagePurpose", at))
				.description(SpdxJson.text(node, "description", at))
				.summary(SpdxJson.text(node, "summary", at))
				.validUntil(SpdxJson.text(node, "validUntilDate", at))
				.comment(SpdxJson.text(node, "comment", at))
				.downloadLocation(SpdxJson.text(node, "downloadLocation", at))
				.homepage(SpdxJson.text(node, "homepage", at));
			String refsAt = SpdxJson.pointer(at, "externalRefs");
			JsonNode refs = SpdxJson.array(node, "externalRefs", at);
			for (int r = 0; r < refs.size(); r++) {
				JsonNode ref = SpdxJson.objectItem(refs, r, refsAt);
				String refAt = SpdxJson.pointer(refsAt, r);
				builder.externalRef(SpdxJson.text(ref, "referenceCategory", refAt),
						SpdxJson.text(ref, "referenceType", refAt), SpdxJson.text(ref, "referenceLocator", refAt));
			}
			checksums(node, at, builder);
			packages.add(builder.build());
		}
		return packages;
	}

	/**
	 * Files are components only in a document without packages; otherwise only their ids
	 * matter (to tell a relationship to a file from one to nothing).
	 */
	private static List<Spdx2Element> files(JsonNode root, boolean asComponents) {
		JsonNode array = SpdxJson.array(root, "files", "");
		List<Spdx2Element> files = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			String at = SpdxJson.pointer("/files", i);
			JsonNode node = SpdxJson.objectItem(array, i, "/files");
			Spdx2Element.Builder builder = new Spdx2Element.Builder(at)
				.spdxId(SpdxJson.requiredText(node, "SPDXID", at));
			if (asComponents) {
				builder.name(SpdxJson.requiredText(node, "fileName", at))
					.licenseConcluded(SpdxJson.text(node, "licenseConcluded", at))
					.comment(SpdxJson.text(node, "comment", at));
				checksums(node, at, builder);
			}
			files.add(builder.build());
		}
		return files;
	}

	private static void checksums(JsonNode node, String at, Spdx2Element.Builder builder) {
		String checksumsAt = SpdxJson.pointer(at, "checksums");
		JsonNode checksums = SpdxJson.array(node, "checksums", at);
		for (int c = 0; c < checksums.size(); c++) {
			JsonNode checksum = SpdxJson.objectItem(checksums, c, checksumsAt);
			String checksumAt = SpdxJson.pointer(checksumsAt, c);
			builder.checksum(SpdxJson.text(checksum, "algorithm", checksumAt),
					SpdxJson.text(checksum, "checksumValue", checksumAt), checksumAt);
		}
	}

	private static Set<String> snippetIds(JsonNode root) {
		JsonNode array = SpdxJson.array(root, "snippets", "");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = SpdxJson.objectItem(array, i, "/snippets");
			String id = SpdxJson.text(node, "SPDXID", SpdxJson.pointer("/snippets", i));
			if (id != null) {
				ids.add(id.strip());
			}
		}
		return ids;
	}

	private static List<Spdx2Source.Relationship> relationships(JsonNode root) {
		JsonNode array = SpdxJson.array(root, "relationships", "");
		List<Spdx2Source.Relationship> relationships = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			String at = SpdxJson.pointer("/relationships", i);
			JsonNode node = SpdxJson.objectItem(array, i, "/relationships");
			relationships.add(new Spdx2Source.Relationship(SpdxJson.requiredText(node, "spdxElementId", at),
					SpdxJson.requiredText(node, "relationshipType", at),
					SpdxJson.requiredText(node, "relatedSpdxElement", at), at));
		}
		return relationships;
	}

	private static Map<String, String> licenceNames(JsonNode root) {
		JsonNode array = SpdxJson.array(root, "hasExtractedLicensingInfos", "");
		Map<String, String> names = new HashMap<>();
		for (int i = 0; i < array.size(); i++) {
			String at = SpdxJson.pointer("/hasExtractedLicensingInfos", i);
			JsonNode node = SpdxJson.objectItem(array, i, "/hasExtractedLicensingInfos");
			String id = SpdxText.clean(SpdxJson.text(node, "licenseId", at));
			String name = SpdxText.asserted(SpdxJson.text(node, "name", at));
			if (id != null && name != null) {
				names.put(id, name);
			}
		}
		return names;
	}

}
