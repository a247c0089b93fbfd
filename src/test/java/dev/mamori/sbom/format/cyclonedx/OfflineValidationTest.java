package dev.mamori.sbom.format.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xml.sax.SAXException;

/**
 * Validation never goes to the network: the schemas and everything they reference (SPDX
 * licence ids, JSF signatures) come from the library's class path. Any URL the JVM would
 * open meanwhile is recorded by a proxy selector that sends it to a loopback server, so
 * that nothing leaves the machine even if it failed.
 */
@Timeout(60)
class OfflineValidationTest {

	private final List<URI> requested = new CopyOnWriteArrayList<>();

	private ProxySelector original;

	private LoopbackServer server;

	@BeforeEach
	void recordEveryConnection() {
		this.server = new LoopbackServer();
		this.original = ProxySelector.getDefault();
		InetSocketAddress loopback = InetSocketAddress.createUnresolved("127.0.0.1",
				URI.create(this.server.url("/")).getPort());
		ProxySelector.setDefault(new ProxySelector() {
			@Override
			public List<Proxy> select(URI uri) {
				OfflineValidationTest.this.requested.add(uri);
				return List.of(new Proxy(Proxy.Type.HTTP, loopback));
			}

			@Override
			public void connectFailed(URI uri, SocketAddress address, IOException ex) {
				// Recorded in select already.
			}
		});
	}

	@AfterEach
	void restore() {
		ProxySelector.setDefault(this.original);
		this.server.close();
	}

	@Test
	void compilesAndAppliesEverySchemaWithoutAConnection() throws IOException, SAXException {
		for (String version : CycloneDxVersions.ACCEPTED) {
			Version library = Version.fromVersionString(version);
			String json = """
					{"bomFormat": "CycloneDX", "specVersion": "%s", "version": 1,
					 "components": [{"type": "library", "name": "a", "licenses": [{"license": {"id": "MIT"}}]}],
					 "signature": {"algorithm": "ES256", "value": "c2lnbmF0dXJl"}}
					""".formatted(version);

			assertThat(new JsonParser().getJsonSchema(library, new ObjectMapper())
				.validate(new ObjectMapper().readTree(json))).isEmpty();
			assertThat(new XmlParser().getXmlSchema(library)).isNotNull();
			assertThat(new CycloneDxJsonReader().read(json.getBytes(StandardCharsets.UTF_8)).components()).hasSize(1);
			assertThat(new CycloneDxXmlReader().read("""
					<bom xmlns="http://cyclonedx.org/schema/bom/%s" version="1">
					  <components><component type="library"><name>a</name>
					    <licenses><license><id>MIT</id></license></licenses></component></components>
					</bom>
					""".formatted(version).getBytes(StandardCharsets.UTF_8)).components()).hasSize(1);
		}

		assertThat(this.requested).isEmpty();
		assertThat(this.server.connections()).isZero();
	}

}
