package dev.mamori.sbom.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.mamori.sbom.internal.StoredSbom;
import dev.mamori.sbom.quality.NtiaJson;
import dev.mamori.sbom.support.SupportFlag;
import dev.mamori.web.Messages;

import org.springframework.stereotype.Component;

/** The JSON bodies of the SBOM API; never the stored types themselves. */
@Component
class SbomJson {

	private final Messages messages;

	SbomJson(Messages messages) {
		this.messages = messages;
	}

	record Document(UUID id, UUID versionId, String kind, Integer revision, String vendorComponent, String filename,
			String sha256, long size, String format, String specVersion, String name, String serialNumber,
			Instant timestamp, List<String> authors, List<String> tools, Instant uploadedAt, String uploadedBy,
			String channel, Map<String, Object> ntia, List<Map<String, Object>> problems) {
	}

	record Flag(String component, String version, LocalDate endOfSupport, String source, String against,
			LocalDate deviceDate) {
	}

	Document document(StoredSbom sbom) {
		return new Document(sbom.id().value(), sbom.versionId().value(), sbom.kind().name(), sbom.revision(),
				sbom.vendorComponentName(), sbom.filename(), sbom.sha256(), sbom.size(), sbom.format().name(),
				sbom.specVersion(), sbom.documentName(), sbom.serialNumber(), sbom.assembledAt(), sbom.authors(),
				sbom.tools(), sbom.uploadedAt(), sbom.uploadedBy(), sbom.channel(), NtiaJson.ntia(sbom.ntia()),
				NtiaJson.problems(sbom.ntia(),
						(problem) -> this.messages.get(problem.code(), problem.arguments().toArray())));
	}

	static Flag flag(SupportFlag flag) {
		return new Flag(flag.component().name(), flag.component().version(), flag.endOfSupport(), flag.source().name(),
				flag.against().name(), flag.deviceDate());
	}

	static Map<String, Object> token(UUID token) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token", token);
		return body;
	}

}
