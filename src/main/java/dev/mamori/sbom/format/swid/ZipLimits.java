package dev.mamori.sbom.format.swid;

/**
 * How much a SWID zip may hold: entries, bytes once inflated (counted as read, never
 * taken from the headers, which a crafted archive can fake), and how much one entry may
 * inflate relative to the compressed bytes it was read from. The ratio only applies past
 * {@code ratioFloorBytes}, so that small files, which compress badly or very well, are
 * never refused for it.
 */
record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {

	/** 10,000 entries, 100 MB in all, 100 times per entry past 1 MiB. */
	static final ZipLimits DEFAULT = new ZipLimits(10_000, 100L * 1024 * 1024, 100, 1024L * 1024);

	ZipLimits {
		if (maxEntries <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || ratioFloorBytes < 0) {
			throw new IllegalArgumentException("zip limits must be positive");
		}
	}

}
