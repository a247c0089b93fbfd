package dev.mamori.product.web;

import java.util.EnumSet;
import java.util.Set;

import dev.mamori.product.DeviceClass;
import dev.mamori.product.IntendedEnvironment;
import dev.mamori.product.InterfaceType;
import dev.mamori.product.WirelessKind;
import dev.mamori.product.internal.ProductDetails;
import dev.mamori.product.internal.ProductInput;

/** The product form. */
public class ProductForm {

	private String name;

	private String modelNumber;

	private String genericName;

	private DeviceClass deviceClass;

	private boolean samd;

	private String approvalNumber;

	private IntendedEnvironment intendedEnvironment;

	private Set<InterfaceType> interfaces = EnumSet.noneOf(InterfaceType.class);

	private Set<WirelessKind> wirelessKinds = EnumSet.noneOf(WirelessKind.class);

	private String securityContact;

	private Integer revision;

	private String reason;

	static ProductForm of(ProductDetails details, int revision) {
		ProductForm form = new ProductForm();
		form.name = details.name();
		form.modelNumber = details.modelNumber();
		form.genericName = details.genericName();
		form.deviceClass = details.deviceClass();
		form.samd = details.samd();
		form.approvalNumber = details.approvalNumber();
		form.intendedEnvironment = details.intendedEnvironment();
		form.interfaces = details.interfaces().isEmpty() ? EnumSet.noneOf(InterfaceType.class)
				: EnumSet.copyOf(details.interfaces());
		form.wirelessKinds = details.wirelessKinds().isEmpty() ? EnumSet.noneOf(WirelessKind.class)
				: EnumSet.copyOf(details.wirelessKinds());
		form.securityContact = details.securityContact();
		form.revision = revision;
		return form;
	}

	ProductInput toInput() {
		return new ProductInput(this.name, this.modelNumber, this.genericName, this.deviceClass, this.samd,
				this.approvalNumber, this.intendedEnvironment, this.interfaces, this.wirelessKinds,
				this.securityContact);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getModelNumber() {
		return this.modelNumber;
	}

	public void setModelNumber(String modelNumber) {
		this.modelNumber = modelNumber;
	}

	public String getGenericName() {
		return this.genericName;
	}

	public void setGenericName(String genericName) {
		this.genericName = genericName;
	}

	public DeviceClass getDeviceClass() {
		return this.deviceClass;
	}

	public void setDeviceClass(DeviceClass deviceClass) {
		this.deviceClass = deviceClass;
	}

	public boolean isSamd() {
		return this.samd;
	}

	public void setSamd(boolean samd) {
		this.samd = samd;
	}

	public String getApprovalNumber() {
		return this.approvalNumber;
	}

	public void setApprovalNumber(String approvalNumber) {
		this.approvalNumber = approvalNumber;
	}

	public IntendedEnvironment getIntendedEnvironment() {
		return this.intendedEnvironment;
	}

	public void setIntendedEnvironment(IntendedEnvironment intendedEnvironment) {
		this.intendedEnvironment = intendedEnvironment;
	}

	public Set<InterfaceType> getInterfaces() {
		return this.interfaces;
	}

	public void setInterfaces(Set<InterfaceType> interfaces) {
		this.interfaces = (interfaces == null) ? EnumSet.noneOf(InterfaceType.class) : interfaces;
	}

	public Set<WirelessKind> getWirelessKinds() {
		return this.wirelessKinds;
	}

	public void setWirelessKinds(Set<WirelessKind> wirelessKinds) {
		this.wirelessKinds = (wirelessKinds == null) ? EnumSet.noneOf(WirelessKind.class) : wirelessKinds;
	}

	public String getSecurityContact() {
		return this.securityContact;
	}

	public void setSecurityContact(String securityContact) {
		this.securityContact = securityContact;
	}

	public Integer getRevision() {
		return this.revision;
	}

	public void setRevision(Integer revision) {
		this.revision = revision;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
