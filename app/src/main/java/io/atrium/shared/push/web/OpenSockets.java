package io.atrium.shared.push.web;

import io.atrium.shared.push.LivePushes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.omnifaces.cdi.push.SocketEvent;

/**
 * The socket users with a live page open on this server, by channel, with how many of their sockets
 * are open: whom {@link LivePushes} tells to re-read after it may have missed changes. OmniFaces
 * keeps its own register but does not show it. Kept only when the cluster is on.
 */
@ApplicationScoped
public class OpenSockets {

  @Inject LivePushes pushes;

  private final Map<String, Map<String, Integer>> open = new ConcurrentHashMap<>();

  /** The channels with open sockets, and their users. */
  public Map<String, List<String>> byChannel() {
    Map<String, List<String>> users = new HashMap<>();
    open.forEach(
        (channel, counts) -> {
          if (!counts.isEmpty()) {
            users.put(channel, List.copyOf(counts.keySet()));
          }
        });
    return users;
  }

  void opened(@Observes @SocketEvent.Opened SocketEvent socket) {
    count(socket.getChannel(), socket.getUser(), 1);
  }

  void switched(@Observes @SocketEvent.Switched SocketEvent socket) {
    count(socket.getChannel(), socket.getPreviousUser(), -1);
    count(socket.getChannel(), socket.getUser(), 1);
  }

  void closed(@Observes @SocketEvent.Closed SocketEvent socket) {
    count(socket.getChannel(), socket.getUser(), -1);
  }

  private void count(String channel, Object user, int change) {
    if (user instanceof String socketUser && pushes.clustered()) {
      open.computeIfAbsent(channel, c -> new ConcurrentHashMap<>())
          .compute(socketUser, (u, n) -> positive((n == null ? 0 : n) + change));
    }
  }

  private static Integer positive(int count) {
    return count > 0 ? count : null;
  }
}
