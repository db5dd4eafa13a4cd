package io.atrium.identity;

import io.atrium.shared.ForbiddenException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in person of this request, and what they may do. Services check with {@link #require};
 * pages hide what is not allowed with {@code #{caller.can('companies:edit')}}.
 */
@Named
@RequestScoped
public class Caller {

  @Inject HttpServletRequest request;

  @Inject CallerRights loader;

  private CallerRights.Rights rights;

  /** Answers of {@link #can}: a table asks the same few questions for each of its rows. */
  private final Map<String, Boolean> answers = new HashMap<>();

  public Optional<AtriumPrincipal> principal() {
    return Optional.ofNullable(
        (AtriumPrincipal) request.getAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE));
  }

  public AtriumPrincipal getPrincipal() {
    return principal().orElse(null);
  }

  public boolean isSignedIn() {
    return principal().isPresent();
  }

  public boolean isStaff() {
    return principal().filter(AtriumPrincipal::staff).isPresent();
  }

  public boolean isMember() {
    return principal().filter(AtriumPrincipal::member).isPresent();
  }

  public boolean may(Permission permission) {
    return rights().permissions().contains(permission);
  }

  public boolean may(ClientRight right) {
    return rights().clientRights().contains(right);
  }

  /** For pages: {@code area:action}, e.g. {@code companies:edit}. */
  public boolean can(String permission) {
    // Loading the rights clears the answers: done first, never inside computeIfAbsent's function,
    // where changing the map throws ConcurrentModificationException.
    CallerRights.Rights loaded = rights();
    return answers.computeIfAbsent(
        permission, p -> loaded.permissions().contains(Permission.parse(p)));
  }

  /** For the client space's pages: a client right by name, e.g. {@code INCIDENTS}. */
  public boolean allows(String clientRight) {
    return may(ClientRight.valueOf(clientRight));
  }

  /** Throws unless the caller is active staff holding the permission. */
  public AtriumPrincipal require(Area area, Action action) {
    AtriumPrincipal principal = principal().orElseThrow(NotSignedInException::new);
    if (!principal.staff() || !may(Permission.of(area, action))) {
      throw new ForbiddenException();
    }
    return principal;
  }

  /** Throws unless the caller is an active member whose company role grants the right. */
  public AtriumPrincipal require(ClientRight right) {
    AtriumPrincipal principal = principal().orElseThrow(NotSignedInException::new);
    if (!principal.member() || !may(right)) {
      throw new ForbiddenException();
    }
    return principal;
  }

  /** Throws unless the caller is an active member, whatever their company role. */
  public AtriumPrincipal requireMember() {
    AtriumPrincipal principal = principal().orElseThrow(NotSignedInException::new);
    if (!principal.member() || !rights().active()) {
      throw new ForbiddenException();
    }
    return principal;
  }

  public CentreScope centres() {
    return rights().centres();
  }

  public CallerRights.Rights rights() {
    if (rights == null) {
      answers.clear();
      rights = principal().map(loader::of).orElse(CallerRights.Rights.NONE);
    }
    return rights;
  }
}
