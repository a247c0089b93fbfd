package dev.mamori.product.internal;

import java.util.Set;

import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.WirelessKind;

/** A product as entered (form or API), before it is checked. Any field may be missing. */
public record ProductInput(String name, String modelNumber, String genericName, DeviceClass deviceClass, Boolean samd,
		String approvalNumber, IntendedEnvironment intendedEnvironment, Set<InterfaceType> interfaces,
		Set<WirelessKind> wirelessKinds, String securityContact) {

	public ProductInput {
		interfaces = (interfaces == null) ? Set.of() : Set.copyOf(interfaces);
		wirelessKinds = (wirelessKinds == null) ? Set.of() : Set.copyOf(wirelessKinds);
	}

}
