package io.atrium.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build just packaged, whole, so tests
 * run what ships and never a hand-picked subset of classes. Only test support is added: {@link
 * InContainerPageAccess}, so in-container tests get past the sign-in check, and the fixtures that
 * in-container tests use ({@link TenantFixtures}, {@link InTransaction}, {@link TestDatabase},
 * {@link TenantTables}).
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive app() {
    File war = new File(System.getProperty("atrium.war", "target/atrium.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Package the application first: " + war + " is missing");
    }
    return ShrinkWrap.create(ZipImporter.class, "atrium-it.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(
            Deployments.class,
            TenantFixtures.class,
            Transactions.class,
            IsolatedTenants.class,
            InTransaction.class,
            TestDatabase.class,
            TenantTables.class);
  }
}
