package dev.mamori.sbom.format.cyclonedx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on the loopback address that only counts the connections it receives, for the
 * URL of an external entity or schema: if a parser ever tried to fetch it, the count says
 * so, and no traffic leaves the machine.
 */
public final class LoopbackServer implements AutoCloseable {

	private final ServerSocket socket;

	private final AtomicInteger connections = new AtomicInteger();

	private final Thread acceptor;

	public LoopbackServer() {
		try {
			this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.acceptor = new Thread(this::accept, "loopback-server");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				this.connections.incrementAndGet();
				connection.close();
			}
			catch (SocketException ex) {
				return;
			}
			catch (IOException ex) {
				// Count nothing and go on accepting.
			}
		}
	}

	/** An http URL on this server. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.socket.getLocalPort() + path;
	}

	public int connections() {
		return this.connections.get();
	}

	@Override
	public void close() {
		try {
			this.socket.close();
			this.acceptor.join(1000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
