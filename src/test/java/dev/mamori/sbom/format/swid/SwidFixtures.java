package dev.mamori.sbom.format.swid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The SWID tags of the IP-200 infusion pump (its software, the pump application and
 * OpenSSL) and zips built from them in memory.
 */
final class SwidFixtures {

	static final String PRODUCT = "mamori.example+ip200-2.1.0";

	static final String APPLICATION = "mamori.example+pump-control-2.1.0";

	static final String OPENSSL = "openssl.org+openssl-3.0.13";

	static final String LINUX = "kernel.org+linux-5.10.180";

	private SwidFixtures() {
	}

	static byte[] tag(String name) {
		try (InputStream in = SwidFixtures.class.getClassLoader().getResourceAsStream("sbom/swid/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The three tags under {@code swidtags/}, as a manufacturer would ship them. */
	static Map<String, byte[]> pumpTags() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("swidtags/", new byte[0]);
		entries.put("swidtags/ip200-software.swidtag", tag("ip200-software.swidtag"));
		entries.put("swidtags/pump-control.swidtag", tag("pump-control.swidtag"));
		entries.put("swidtags/openssl.xml", tag("openssl.swidtag"));
		return entries;
	}

	/** A zip of the entries; a name ending in {@code /} is a directory. */
	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
