package dev.mamori.notification.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of an SMTP server (RFC 5321: EHLO, MAIL, RCPT, DATA, QUIT) to receive what
 * Mamori sends, on a free local port, keeping each message's recipients and raw text.
 */
final class FakeSmtpServer implements AutoCloseable {

	record Message(List<String> recipients, String data) {
	}

	private final ServerSocket socket;

	private final List<Message> messages = new CopyOnWriteArrayList<>();

	FakeSmtpServer() {
		try {
			this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "fake-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	List<Message> messages() {
		return List.copyOf(this.messages);
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// closed, or a client that went away: wait for the next
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		OutputStream out = client.getOutputStream();
		reply(out, "220 fake ESMTP");
		List<String> recipients = new CopyOnWriteArrayList<>();
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(java.util.Locale.ROOT);
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 fake");
			}
			else if (command.startsWith("RCPT TO:")) {
				recipients.add(line.substring(8).replaceAll("[<>\\s]", ""));
				reply(out, "250 OK");
			}
			else if (command.startsWith("DATA")) {
				reply(out, "354 go ahead");
				StringBuilder data = new StringBuilder();
				while ((line = in.readLine()) != null && !line.equals(".")) {
					data.append(line).append('\n');
				}
				this.messages.add(new Message(List.copyOf(recipients), data.toString()));
				recipients.clear();
				reply(out, "250 queued");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				reply(out, "250 OK");
			}
		}
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
