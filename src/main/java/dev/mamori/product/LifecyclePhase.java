package dev.mamori.product;

/**
 * Where a product version stands in its total product life cycle on a given day (T§6.6.1,
 * Fig. 1). Always derived from the milestone dates, never stored.
 */
public enum LifecyclePhase {

	/** Before commercial release, or release date not yet set. */
	DEVELOPMENT,

	/** From commercial release until EOL: updates, fixes, security updates. */
	SUPPORT,

	/** From EOL until EOS (限定的サポート段階): security updates and specific parts only. */
	LIMITED_SUPPORT,

	/** From EOS on: no more updates; responsibility has passed to the customer. */
	END_OF_SUPPORT

}
