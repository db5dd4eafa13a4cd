package io.atrium.collection;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for Zoho's accounts and Books servers, on one port: answers each path with the
 * next scripted (status, body) for it, or the path's last one, and records every request.
 */
final class ZohoStub implements AutoCloseable {

  record Request(String method, String path, String query, String authorization, String body) {}

  record Answer(int status, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  ZohoStub(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String path = exchange.getRequestURI().getPath();
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  path,
                  exchange.getRequestURI().getRawQuery(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  body));
          Deque<Answer> answers = script.getOrDefault(path, new ArrayDeque<>());
          Answer answer =
              answers.size() > 1
                  ? answers.poll()
                  : answers.isEmpty() ? new Answer(404, "{}") : answers.peek();
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
          exchange.sendResponseHeaders(answer.status(), bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  ZohoStub answer(String path, int status, String body) {
    script.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Answer(status, body));
    return this;
  }

  List<Request> to(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
