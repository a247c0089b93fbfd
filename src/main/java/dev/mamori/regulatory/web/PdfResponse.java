package dev.mamori.regulatory.web;

import java.util.UUID;

import dev.mamori.regulatory.internal.CaseView;
import dev.mamori.regulatory.internal.DraftPdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The draft PDF as a download named after the case's management number. */
final class PdfResponse {

	private PdfResponse() {
	}

	static ResponseEntity<byte[]> of(CaseView view, UUID report, DraftPdf drafts) {
		byte[] pdf = drafts.render(view, report);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(view.reportCase().number() + ".pdf").build().toString())
			.body(pdf);
	}

}
