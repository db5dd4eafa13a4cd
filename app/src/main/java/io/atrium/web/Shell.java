package io.atrium.web;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** What the top bar shows: the operator, the centres the user works in, the user. */
@Named
@RequestScoped
public class Shell {

  @Inject Caller caller;

  @Inject Tenants tenants;

  @Inject Centres centres;

  private Tenant tenant;
  private String centreLabel;

  public Tenant getTenant() {
    AtriumPrincipal principal = caller.getPrincipal();
    if (tenant == null && principal != null && principal.tenantId() != null) {
      tenant = tenants.current().orElse(null);
    }
    return tenant;
  }

  /** "PAR1" for a centre-limited user; null when they see every centre. */
  public String getCentreLabel() {
    if (centreLabel == null && caller.isSignedIn() && !caller.centres().all()) {
      List<Centre> visible = centres.visible();
      centreLabel = visible.stream().map(Centre::getCode).collect(Collectors.joining(", "));
    }
    return centreLabel;
  }

  public String getUserName() {
    return caller.principal().map(AtriumPrincipal::fullName).orElse(null);
  }
}
