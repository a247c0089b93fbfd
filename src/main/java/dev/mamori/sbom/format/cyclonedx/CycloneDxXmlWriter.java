package dev.mamori.sbom.format.cyclonedx;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import dev.mamori.sbom.format.SbomWriter;
import dev.mamori.sbom.model.SbomDocument;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;

/**
 * Writes CycloneDX 1.6 XML (S2, S6) with cyclonedx-core-java's generator; the mapping is
 * {@link CycloneDxBomBuilder}'s. The clock dates a document whose model has no timestamp.
 */
public final class CycloneDxXmlWriter implements SbomWriter {

	private final CycloneDxBomBuilder builder;

	public CycloneDxXmlWriter() {
		this(Clock.systemUTC());
	}

	public CycloneDxXmlWriter(Clock clock) {
		this.builder = new CycloneDxBomBuilder(clock);
	}

	@Override
	public byte[] write(SbomDocument document) {
		try {
			return BomGeneratorFactory.createXml(Version.VERSION_16, this.builder.build(document))
				.toXmlString()
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (GeneratorException ex) {
			throw new IllegalStateException("CycloneDX XML could not be generated", ex);
		}
	}

}
