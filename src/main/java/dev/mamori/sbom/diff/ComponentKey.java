package dev.mamori.sbom.diff;

import java.util.Locale;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.mamori.sbom.model.SbomComponent;
import us.springett.parsers.cpe.Cpe;
import us.springett.parsers.cpe.CpeParser;
import us.springett.parsers.cpe.exceptions.CpeParsingException;

/**
 * Which entries of two SBOMs are "the same component" whatever its version: the package
 * URL without version, qualifiers and subpath; else the CPE's part, vendor and product;
 * else the supplier and name, case-insensitive. Also the key of the component repository.
 */
public final class ComponentKey {

	private ComponentKey() {
	}

	public static String of(SbomComponent component) {
		if (component.purl() != null) {
			String purl = purlBase(component.purl());
			if (purl != null) {
				return purl;
			}
		}
		for (String cpe : component.cpes()) {
			try {
				Cpe parsed = CpeParser.parse(cpe);
				return ("cpe:" + parsed.getPart().getAbbreviation() + ":" + parsed.getVendor() + ":"
						+ parsed.getProduct())
					.toLowerCase(Locale.ROOT);
			}
			catch (CpeParsingException ex) {
				// fall through to the next identifier
			}
		}
		String supplier = (component.supplier() != null) ? component.supplier() : "";
		String name = (component.name() != null) ? component.name() : component.ref();
		return ("name:" + supplier + "/" + name).toLowerCase(Locale.ROOT);
	}

	/**
	 * {@code pkg:type/namespace/name} of a purl, in canonical form (type lower case, and
	 * what the purl specification normalizes per type), or {@code null} when it does not
	 * parse.
	 */
	public static String purlBase(String purl) {
		try {
			PackageURL parsed = new PackageURL(purl);
			StringBuilder base = new StringBuilder("pkg:").append(parsed.getType()).append('/');
			if (parsed.getNamespace() != null) {
				base.append(parsed.getNamespace()).append('/');
			}
			return base.append(parsed.getName()).toString();
		}
		catch (MalformedPackageURLException | RuntimeException ex) {
			return null;
		}
	}

}
