package dev.mamori.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;

import dev.mamori.common.ConflictException;
import dev.mamori.common.DomainException;
import dev.mamori.common.NotFoundException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;
import dev.mamori.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a REST controller into an RFC 9457 problem detail in the caller's
 * language. Validation failures list each violation with its field, code and message.
 * Internal errors are logged with an id that the response repeats, and reveal nothing
 * else.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

	private final Problems problems;

	ApiExceptionAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ValidationFailedException.class)
	ResponseEntity<ProblemDetail> validationFailed(ValidationFailedException failure) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "validation", failure.messageCode(),
				failure.arguments(), locale);
		problem.setProperty("errors",
				failure.violations().stream().map((violation) -> error(violation, locale)).toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException failure) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] arguments = failure.arguments();
		arguments[0] = this.problems.message((String) arguments[0], null, locale);
		return respond(HttpStatus.NOT_FOUND, "not-found", failure.messageCode(), arguments);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException failure) {
		return respond(HttpStatus.CONFLICT, "conflict", failure.messageCode(), failure.arguments());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException failure) {
		return respond(HttpStatus.FORBIDDEN, "forbidden", "problem.detail.forbidden", new Object[0]);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> otherRefusal(DomainException failure) {
		return respond(HttpStatus.BAD_REQUEST, "refused", failure.messageCode(), failure.arguments());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected error {} on {} {}", incident, request.getMethod(), request.getRequestURI(), failure);
		ResponseEntity<ProblemDetail> response = respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
				"problem.detail.internal", new Object[] { incident });
		response.getBody().setProperty("incident", incident);
		return response;
	}

	/**
	 * Spring MVC's own errors: the status it chose, our title and a detail in the
	 * caller's language.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		if (failure instanceof HttpMessageNotReadableException unreadable) {
			if (unreadable.getCause() instanceof RequestSizeLimitFilter.PayloadTooLargeException) {
				return cast(
						respond(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "problem.detail.tooLarge", new Object[0]));
			}
			return cast(unreadableBody(unreadable));
		}
		if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
			return cast(respond(status, "bad-parameter", "problem.detail.badParameter",
					new Object[] { mismatch.getName(), String.valueOf(mismatch.getValue()) }));
		}
		String detailCode = "problem.detail." + status.value();
		ProblemDetail problem = this.problems.problem(status, "http-" + status.value(), detailCode, new Object[0],
				LocaleContextHolder.getLocale());
		return new ResponseEntity<>(problem, headers, status);
	}

	/**
	 * A body that is not JSON, or a value of the wrong type: say which property, and what
	 * was expected.
	 */
	private ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException failure) {
		if (failure.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath()
				.stream()
				.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse(null);
			Violation violation;
			if (mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
				violation = Violation.of(field, "validation.notOneOf", String.valueOf(invalid.getValue()),
						String.join(", ", enumNames(invalid.getTargetType())));
			}
			else {
				violation = Violation.of(field, "validation.wrongType");
			}
			return validationFailed(new ValidationFailedException(List.of(violation)));
		}
		return respond(HttpStatus.BAD_REQUEST, "unreadable", "problem.detail.unreadable", new Object[0]);
	}

	private static List<String> enumNames(Class<?> type) {
		return java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
	}

	private ResponseEntity<ProblemDetail> respond(HttpStatus status, String kind, String code, Object[] arguments) {
		return ResponseEntity.status(status)
			.body(this.problems.problem(status, kind, code, arguments, LocaleContextHolder.getLocale()));
	}

	private Map<String, Object> error(Violation violation, Locale locale) {
		String message = this.problems.message(violation.code(), violation.arguments().toArray(), locale);
		var error = new java.util.LinkedHashMap<String, Object>();
		error.put("field", violation.field());
		error.put("code", violation.code());
		error.put("message", message);
		return error;
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> cast(ResponseEntity<?> response) {
		return (ResponseEntity<Object>) response;
	}

}
