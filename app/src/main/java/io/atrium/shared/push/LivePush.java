package io.atrium.shared.push;

import java.util.regex.Pattern;

/**
 * "Something changed for these open pages of tenant T": the only thing that travels between
 * servers. It names a socket channel, the tenant and a target within it (a centre's id, an event's
 * id, a person), never the changed data: each page re-reads what it shows through its own session.
 */
public record LivePush(String channel, long tenantId, String target) {

  private static final Pattern CHANNEL = Pattern.compile("[a-z]{1,32}");
  private static final Pattern TARGET = Pattern.compile("[A-Z0-9:]{0,64}");

  public LivePush {
    if (channel == null || !CHANNEL.matcher(channel).matches()) {
      throw new IllegalArgumentException("not a channel name: " + channel);
    }
    if (tenantId <= 0) {
      throw new IllegalArgumentException("not a tenant id: " + tenantId);
    }
    if (target == null || !TARGET.matcher(target).matches()) {
      throw new IllegalArgumentException("not a push target: " + target);
    }
  }
}
