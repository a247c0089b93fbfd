package dev.mamori.web;

import java.util.Optional;
import java.util.function.Supplier;

import dev.mamori.common.ConflictException;
import dev.mamori.common.ValidationFailedException;
import dev.mamori.common.Violation;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts the violations of a refused input on a form, each on its field where the form has
 * one, so that the page shows them in the user's language next to what needs fixing.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult form, ValidationFailedException failure) {
		for (Violation violation : failure.violations()) {
			Object[] arguments = violation.arguments().toArray();
			if (violation.field() != null && hasField(form, violation.field())) {
				form.rejectValue(violation.field(), violation.code(), arguments, violation.code());
			}
			else {
				form.reject(violation.code(), arguments, violation.code());
			}
		}
	}

	/**
	 * Runs a save unless the form already has binding errors; a validation failure or a
	 * conflict becomes errors on the form, and the result is empty.
	 */
	public static <T> Optional<T> attempt(BindingResult form, Supplier<T> save) {
		if (form.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(save.get());
		}
		catch (ValidationFailedException failure) {
			reject(form, failure);
		}
		catch (ConflictException conflict) {
			form.reject(conflict.messageCode(), conflict.arguments(), conflict.messageCode());
		}
		return Optional.empty();
	}

	/**
	 * {@link #attempt(BindingResult, Supplier)} for a save without a result; true when it
	 * succeeded.
	 */
	public static boolean save(BindingResult form, Runnable save) {
		return attempt(form, () -> {
			save.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			return form.getFieldType(field) != null;
		}
		catch (InvalidPropertyException ex) {
			return false;
		}
	}

}
