package dev.mamori.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes taken from a stream: zip readers compare what they inflate with the
 * compressed bytes actually read, since an archive's headers can lie about both.
 */
public final class CountingInputStream extends FilterInputStream {

	private long count;

	public CountingInputStream(InputStream in) {
		super(in);
	}

	/** The bytes read or skipped so far. */
	public long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int read = super.read();
		if (read >= 0) {
			this.count++;
		}
		return read;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			this.count += read;
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		this.count += skipped;
		return skipped;
	}

}
