package dev.mamori.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small JSON bodies for API tests. */
public final class Json {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Json() {
	}

	/** An object from alternating names and values. */
	public static String object(Object... namesAndValues) {
		Map<String, Object> map = map(namesAndValues);
		try {
			return JSON.writeValueAsString(map);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** A map from alternating names and values, to nest in {@link #object}. */
	public static Map<String, Object> map(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}
