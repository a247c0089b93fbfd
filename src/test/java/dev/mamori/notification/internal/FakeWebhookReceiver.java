package dev.mamori.notification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a free local port: answers each post with the next status of its
 * queue (200 when the queue is empty) and keeps what it received.
 */
final class FakeWebhookReceiver implements AutoCloseable {

	record Post(String path, Map<String, List<String>> headers, String body, int answered) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	private final HttpServer server;

	private final Map<String, Queue<Integer>> answers = new ConcurrentHashMap<>();

	private final List<Post> posts = new CopyOnWriteArrayList<>();

	FakeWebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/hook", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			Integer status = queue(path).poll();
			int answer = (status != null) ? status : 200;
			this.posts.add(new Post(path, Map.copyOf(exchange.getRequestHeaders()), body, answer));
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
		});
		this.server.start();
	}

	/** The URL of one receiving endpoint: each has its own answers and posts. */
	String url(String name) {
		return "http://localhost:" + this.server.getAddress().getPort() + "/hook/" + name;
	}

	void answerNext(String name, int... statuses) {
		for (int status : statuses) {
			queue("/hook/" + name).add(status);
		}
	}

	List<Post> posts(String name) {
		return this.posts.stream().filter((post) -> post.path().equals("/hook/" + name)).toList();
	}

	private Queue<Integer> queue(String path) {
		return this.answers.computeIfAbsent(path, (key) -> new ConcurrentLinkedQueue<>());
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
