package dev.mamori.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, sends forms with the page's CSRF token,
 * does not follow redirects (so tests see them).
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Signs in through the login form and returns where it redirected to. After a
	 * successful sign-in it reads the start page, as a browser would, which also renews
	 * the CSRF token.
	 */
	public String login(String username, String password) {
		get("/login");
		Page page = post("/login", Map.of("username", username, "password", password));
		if (page.location() != null && !page.location().contains("/login")) {
			get("/");
		}
		return page.location();
	}

	public Page get(String path) {
		Page page = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		Matcher matcher = CSRF.matcher(page.body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return page;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts one file as multipart part {@code file}, as htmx does: the CSRF token of the
	 * last page read goes in the {@code X-CSRF-TOKEN} header.
	 */
	public Page postFile(String path, String filename, byte[] content) {
		String boundary = "mamori-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		return send(request);
	}

	private Page send(HttpRequest.Builder request) {
		request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A response: status, HTML, and the redirect target if any. */
	public record Page(int status, String body, String location) {
	}

}
