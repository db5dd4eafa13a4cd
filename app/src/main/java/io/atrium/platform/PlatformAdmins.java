package io.atrium.platform;

import io.atrium.identity.PasswordHashing;
import io.atrium.identity.PlatformAdmin;
import io.atrium.shared.database.DatabaseReady;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first platform administrator, created at start when there is none: from {@code
 * PLATFORM_ADMIN_EMAIL} and {@code PLATFORM_ADMIN_PASSWORD}, or, with the embedded database only,
 * the demo account {@value #DEMO_EMAIL}.
 */
@ApplicationScoped
public class PlatformAdmins {

  static final String DEMO_EMAIL = "platform@atrium.test";
  static final String DEMO_PASSWORD = "Atrium-demo-2026";
  private static final Logger LOG = Logger.getLogger(PlatformAdmins.class.getName());

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject
  @ConfigProperty(name = "platform.admin.email", defaultValue = "")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "platform.admin.password", defaultValue = "")
  Optional<String> password;

  void onReady(@Observes DatabaseReady ready) {
    String wantedEmail =
        email.filter(e -> !e.isBlank()).orElse(ready.embedded() ? DEMO_EMAIL : null);
    String wantedPassword =
        password.filter(p -> !p.isBlank()).orElse(ready.embedded() ? DEMO_PASSWORD : null);
    if (wantedEmail == null || wantedPassword == null) {
      return;
    }
    if (tenancy.runAsPlatform(() -> ensure(wantedEmail, wantedPassword))) {
      LOG.info("Created the platform administrator " + wantedEmail);
    }
  }

  @Transactional
  public boolean ensure(String adminEmail, String adminPassword) {
    long count =
        em.createQuery("select count(a) from PlatformAdmin a", Long.class).getSingleResult();
    if (count > 0) {
      return false;
    }
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('atrium_id_seq')").getSingleResult())
            .longValue();
    var admin = new PlatformAdmin(id, adminEmail, "Platform administrator");
    admin.getLogin().changePassword(PasswordHashing.hash(adminPassword));
    em.persist(admin);
    return true;
  }
}
