package io.atrium.shared.push;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A {@link LivePush} as the text of a PostgreSQL notification, with the server that sent it: {@code
 * 1|server|channel|tenant|target}. Decoding trusts nothing: anyone who can connect to the database
 * can send a notification, so a text that is not exactly this shape is refused with the reason.
 */
public record PushPayload(String server, LivePush push) {

  /** PostgreSQL refuses longer notification payloads; anything longer was not sent by Atrium. */
  static final int MOST_BYTES = 8000;

  private static final String VERSION = "1";
  private static final Pattern SERVER = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern TENANT = Pattern.compile("[1-9][0-9]{0,17}");

  public PushPayload {
    if (server == null || !SERVER.matcher(server).matches()) {
      throw new IllegalArgumentException("not a server id: " + server);
    }
  }

  public String encode() {
    return String.join(
        "|", VERSION, server, push.channel(), Long.toString(push.tenantId()), push.target());
  }

  /** The payload of a notification, or an {@link IllegalArgumentException} saying what is wrong. */
  public static PushPayload decode(String text) {
    if (text == null || text.getBytes(StandardCharsets.UTF_8).length > MOST_BYTES) {
      throw new IllegalArgumentException("missing or longer than " + MOST_BYTES + " bytes");
    }
    String[] parts = text.split("\\|", -1);
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      throw new IllegalArgumentException("not a version " + VERSION + " push");
    }
    if (!TENANT.matcher(parts[3]).matches()) {
      throw new IllegalArgumentException("not a tenant id");
    }
    return new PushPayload(parts[1], new LivePush(parts[2], Long.parseLong(parts[3]), parts[4]));
  }
}
