package dev.mamori.regulatory.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.mamori.common.ConflictException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The draft report as a PDF (R3): the printable page's template rendered to A4 with a
 * Japanese font. PMDA's forms are Japanese; without a font that has the glyphs a PDF
 * would show empty boxes, so the PDF is refused until one is found (the printable HTML
 * stays). The font is {@code mamori.reports.pdf-font}, else the first of the usual system
 * paths (Debian's {@code fonts-ipaexfont-gothic}, {@code fonts-noto-cjk}).
 */
@Component
public class DraftPdf {

	static final String FONT_FAMILY = "MamoriJapanese";

	private static final List<Path> SYSTEM_FONTS = List.of(
			Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
			Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
			Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"));

	private final ITemplateEngine templates;

	private final Optional<Path> font;

	DraftPdf(ITemplateEngine templates, @Value("${mamori.reports.pdf-font:}") String configuredFont) {
		this.templates = templates;
		this.font = configuredFont.isBlank() ? SYSTEM_FONTS.stream().filter(Files::isReadable).findFirst()
				: Stream.of(Path.of(configuredFont)).filter(Files::isReadable).findFirst();
	}

	public boolean available() {
		return this.font.isPresent();
	}

	/**
	 * The case's draft, or what was sent in one of its reports, as a PDF; refused without
	 * a font.
	 */
	public byte[] render(CaseView view, UUID report) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("view", view);
		variables.put("sent",
				view.reports().stream().filter((sent) -> sent.id().equals(report)).findFirst().orElse(null));
		variables.put("today", view.today());
		return render(variables);
	}

	private byte[] render(Map<String, Object> variables) {
		Path fontFile = this.font.orElseThrow(() -> new ConflictException("report.pdf.noFont"));
		Context context = new Context(Locale.JAPANESE, variables);
		context.setVariable("pdf", true);
		context.setVariable("pdfFont", FONT_FAMILY);
		String html = this.templates.process("regulatory/draft", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(fontFile.toFile(), FONT_FAMILY);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
