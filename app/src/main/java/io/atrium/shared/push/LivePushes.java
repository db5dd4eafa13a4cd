package io.atrium.shared.push;

import io.atrium.shared.push.web.OpenSockets;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers live pushes to the open pages of every server. A push reaches this server's pages at
 * once, as it always did; when the cluster is on, it also goes to the other servers as a PostgreSQL
 * notification, which their {@link PushListener} hands to {@link #receive}.
 */
@ApplicationScoped
public class LivePushes {

  /** The PostgreSQL notification channel all of Atrium's servers listen on. */
  static final String NOTIFY_CHANNEL = "atrium_push";

  private static final Logger LOG = Logger.getLogger(LivePushes.class.getName());

  @Inject @Any Instance<LiveChannel> channels;

  @Inject OpenSockets sockets;

  @Resource(lookup = "jdbc/atrium")
  DataSource database;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "cluster.events", defaultValue = "")
  Optional<String> events;

  @Inject
  @ConfigProperty(name = "cluster", defaultValue = "off")
  Optional<String> cluster;

  /** Tells this server's own notifications, which come back to it too, from the others'. */
  private final String server = newServerId();

  private static String newServerId() {
    byte[] id = new byte[8];
    new SecureRandom().nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  /**
   * Whether pushes travel between servers: {@code CLUSTER_EVENTS}, else whether the session cluster
   * is on ({@code CLUSTER=on}).
   */
  static boolean clustered(String events, String cluster) {
    return events.isBlank()
        ? "on".equalsIgnoreCase(cluster.strip())
        : Boolean.parseBoolean(events.strip());
  }

  public boolean clustered() {
    return clustered(events.orElse(""), cluster.orElse("off"));
  }

  String server() {
    return server;
  }

  /** Call after the change is committed: its pages on this server now, the others' soon after. */
  public void publish(LivePush push) {
    channel(push.channel())
        .ifPresentOrElse(
            channel -> deliver(channel, push),
            () -> LOG.warning("No live channel " + push.channel() + " to push to"));
    if (clustered()) {
      executor.execute(() -> tellOtherServers(push));
    }
  }

  /** A notification from the database: another server's push, or our own coming back. */
  void receive(String text) {
    try {
      PushPayload payload = PushPayload.decode(text);
      if (payload.server().equals(server)) {
        return; // already delivered here by publish
      }
      LiveChannel channel =
          channel(payload.push().channel())
              .orElseThrow(() -> new IllegalArgumentException("unknown channel"));
      if (!deliver(channel, payload.push())) {
        throw new IllegalArgumentException("bad target for its channel");
      }
    } catch (RuntimeException e) {
      // Anyone connected to the database can notify: a bad text is dropped, never obeyed.
      LOG.warning("Dropped a live push notification (" + e.getMessage() + "): " + excerpt(text));
    }
  }

  /**
   * After a time without notifications (the listener reconnected), every open page of this server
   * re-reads what it shows, as any of them may have missed a change.
   */
  void resync() {
    sockets
        .byChannel()
        .forEach(
            (name, users) ->
                channel(name)
                    .ifPresent(
                        channel -> {
                          try {
                            channel.send(users);
                          } catch (RuntimeException e) {
                            LOG.log(
                                Level.WARNING, "Could not refresh the open " + name + " pages", e);
                          }
                        }));
  }

  private boolean deliver(LiveChannel channel, LivePush push) {
    Optional<String> user = channel.socketUser(push.tenantId(), push.target());
    user.ifPresent(u -> channel.send(List.of(u)));
    return user.isPresent();
  }

  private Optional<LiveChannel> channel(String name) {
    return channels.stream().filter(c -> c.channel().equals(name)).findFirst();
  }

  private void tellOtherServers(LivePush push) {
    try (Connection connection = database.getConnection();
        PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      notify.setString(1, NOTIFY_CHANNEL);
      notify.setString(2, new PushPayload(server, push).encode());
      notify.execute();
    } catch (SQLException e) {
      // Their pages catch up when their listener resynchronises, or at their next change.
      LOG.warning("A live push did not reach the other servers: " + e.getMessage());
    }
  }

  private static String excerpt(String text) {
    if (text == null) {
      return "(none)";
    }
    String flat = text.replaceAll("\\p{Cntrl}", "?");
    return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
  }
}
