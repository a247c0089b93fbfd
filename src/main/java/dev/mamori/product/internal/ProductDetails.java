package dev.mamori.product.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.mamori.common.InputChecks;
import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.WirelessKind;

/**
 * What a product is (P1): its names and numbers, class, whether it is SaMD, where it is
 * used and how it can be reached. Always valid: build it with
 * {@link #from(ProductInput)}.
 *
 * @param genericName 一般的名称 (the JMDN generic name)
 * @param approvalNumber 承認・認証番号 (or notification number); {@code null} before approval
 */
public record ProductDetails(String name, String modelNumber, String genericName, DeviceClass deviceClass, boolean samd,
		String approvalNumber, IntendedEnvironment intendedEnvironment, Set<InterfaceType> interfaces,
		Set<WirelessKind> wirelessKinds, String securityContact) {

	static final int NAME_MAX = 200;

	static final int MODEL_NUMBER_MAX = 100;

	static final int APPROVAL_NUMBER_MAX = 100;

	static final int CONTACT_MAX = 300;

	public ProductDetails {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(modelNumber, "modelNumber");
		Objects.requireNonNull(genericName, "genericName");
		Objects.requireNonNull(deviceClass, "deviceClass");
		Objects.requireNonNull(intendedEnvironment, "intendedEnvironment");
		// Enum order, so that lists and audit entries read the same every time.
		interfaces = Collections
			.unmodifiableSet(interfaces.isEmpty() ? EnumSet.noneOf(InterfaceType.class) : EnumSet.copyOf(interfaces));
		wirelessKinds = Collections.unmodifiableSet(
				wirelessKinds.isEmpty() ? EnumSet.noneOf(WirelessKind.class) : EnumSet.copyOf(wirelessKinds));
	}

	/** Checks every field, refusing the input with all its violations at once. */
	public static ProductDetails from(ProductInput input) {
		InputChecks checks = new InputChecks();
		String name = checks.requiredText("name", input.name(), NAME_MAX);
		String modelNumber = checks.requiredText("modelNumber", input.modelNumber(), MODEL_NUMBER_MAX);
		String genericName = checks.requiredText("genericName", input.genericName(), NAME_MAX);
		checks.check(input.deviceClass() != null, "deviceClass", "product.deviceClass.required");
		String approvalNumber = checks.optionalText("approvalNumber", input.approvalNumber(), APPROVAL_NUMBER_MAX);
		checks.check(input.intendedEnvironment() != null, "intendedEnvironment", "validation.required");
		checkInterfaces(checks, input.interfaces(), input.wirelessKinds());
		String contact = checks.optionalText("securityContact", input.securityContact(), CONTACT_MAX);
		checks.throwIfInvalid();
		return new ProductDetails(name, modelNumber, genericName, input.deviceClass(),
				Boolean.TRUE.equals(input.samd()), approvalNumber, input.intendedEnvironment(), input.interfaces(),
				input.wirelessKinds(), contact);
	}

	/**
	 * At least one interface, or explicitly none; "none" alone; wireless kinds given
	 * exactly when the device has a wireless interface.
	 */
	private static void checkInterfaces(InputChecks checks, Set<InterfaceType> interfaces, Set<WirelessKind> kinds) {
		if (!checks.check(!interfaces.isEmpty(), "interfaces", "product.interfaces.required")) {
			return;
		}
		checks.check(!interfaces.contains(InterfaceType.NONE) || interfaces.size() == 1, "interfaces",
				"product.interfaces.noneExclusive");
		if (interfaces.contains(InterfaceType.WIRELESS)) {
			checks.check(!kinds.isEmpty(), "wirelessKinds", "product.wirelessKinds.required");
		}
		else {
			checks.check(kinds.isEmpty(), "wirelessKinds", "product.wirelessKinds.withoutWireless");
		}
	}

}
