package dev.mamori.product.lifecycle;

/** How information reached the hospitals. */
public enum DeliveryChannel {

	LETTER, EMAIL, WEBSITE, PORTAL, IN_PERSON, OTHER

}
