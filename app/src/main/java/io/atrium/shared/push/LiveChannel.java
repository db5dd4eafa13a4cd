package io.atrium.shared.push;

import java.util.Collection;
import java.util.Optional;

/**
 * One OmniFaces socket channel whose pages {@link LivePushes} keeps up to date on every server. Its
 * bean knows how a push's target becomes the socket user of the pages concerned, which always
 * starts with the push's tenant, so a push for one tenant can reach only that tenant's pages.
 */
public interface LiveChannel {

  /** The {@code <o:socket channel>} name. */
  String channel();

  /** The socket user a push of this tenant and target addresses; empty when the target is bad. */
  Optional<String> socketUser(long tenantId, String target);

  /** Tells the pages of these socket users, on this server, to re-read what they show. */
  void send(Collection<String> socketUsers);

  /** A target that is an id; anything else is refused. */
  static Optional<Long> id(String target) {
    return target.matches("[1-9][0-9]{0,17}")
        ? Optional.of(Long.parseLong(target))
        : Optional.empty();
  }
}
