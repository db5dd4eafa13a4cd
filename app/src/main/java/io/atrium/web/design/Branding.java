package io.atrium.web.design;

import io.atrium.tenancy.Tenant;
import io.atrium.web.Shell;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in tenant's look on every page: its colour (as the design tokens of {@link Palette})
 * and its logo and name in the headers. Pages without a tenant show Atrium's own palette and name.
 */
@Named
@RequestScoped
public class Branding {

  @Inject Shell shell;

  /**
   * The head's custom properties by tenant colour. Every page draws them, and they depend on the
   * colour alone, so a changed colour simply finds (or makes) its own entry, on any server: nothing
   * to invalidate. Bounded, in case colours keep changing.
   */
  private static final Map<String, String> VARIABLES = new ConcurrentHashMap<>();

  private static final int MOST_COLOURS = 1000;

  private String cssVariables;

  /** The {@code :root} custom properties for the page head. */
  public String getCssVariables() {
    if (cssVariables == null) {
      Tenant tenant = shell.getTenant();
      String colour =
          tenant == null || tenant.getPrimaryColour() == null ? "" : tenant.getPrimaryColour();
      cssVariables = VARIABLES.get(colour);
      if (cssVariables == null) {
        cssVariables = Palette.of(colour).cssVariables();
        if (VARIABLES.size() >= MOST_COLOURS) {
          VARIABLES.clear();
        }
        VARIABLES.put(colour, cssVariables);
      }
    }
    return cssVariables;
  }

  /** The tenant's name where a header names the operator; "Atrium" without a tenant. */
  public String getName() {
    Tenant tenant = shell.getTenant();
    return tenant == null ? "Atrium" : tenant.getLegalName();
  }

  /**
   * The tenant's logo, only over HTTPS: the page's security policy loads no plain-HTTP images, and
   * a logo that cannot load would show a broken picture.
   */
  public String getLogoUrl() {
    Tenant tenant = shell.getTenant();
    if (tenant == null || tenant.getLogoUrl() == null) {
      return null;
    }
    return "https".equalsIgnoreCase(URI.create(tenant.getLogoUrl()).getScheme())
        ? tenant.getLogoUrl()
        : null;
  }

  /** The letter of the brand mark shown where there is no logo. */
  public String getInitial() {
    String name = getName();
    return name.isBlank() ? "A" : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
  }
}
