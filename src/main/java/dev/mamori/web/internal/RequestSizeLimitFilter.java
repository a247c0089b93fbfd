package dev.mamori.web.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import dev.mamori.web.RequestSizeLimit;

import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 before anything reads them. A declared
 * {@code Content-Length} is checked at once; a chunked body is counted as it is read and
 * fails when it passes the limit.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long defaultLimit;

	private final List<RequestSizeLimit> limits;

	private final AntPathMatcher paths = new AntPathMatcher();

	RequestSizeLimitFilter(long defaultLimit, List<RequestSizeLimit> limits) {
		this.defaultLimit = defaultLimit;
		this.limits = List.copyOf(limits);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
		if (request.getContentLengthLong() > limit) {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private long limitFor(String path) {
		return this.limits.stream()
			.filter((limit) -> this.paths.match(limit.pathPattern(), path))
			.mapToLong(RequestSizeLimit::maxBytes)
			.max()
			.orElse(this.defaultLimit);
	}

	/** Thrown while reading a body that grew past the limit; mapped to 413. */
	static final class PayloadTooLargeException extends IOException {

		PayloadTooLargeException(long limit) {
			super("Request body exceeds the limit of " + limit + " bytes");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int value = this.delegate.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int bytes) throws PayloadTooLargeException {
			this.count += bytes;
			if (this.count > this.limit) {
				throw new PayloadTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
