package io.atrium.platform.web;

import io.atrium.platform.Operators;
import io.atrium.shared.BusinessException;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Tenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The platform's tenant registry ({@code platform/tenants.xhtml}): every operator with its status;
 * suspend and reinstate. Creating tenants is on the same page ({@link TenantUploadBacking}, {@link
 * NewTenantBacking}).
 */
@Named
@ViewScoped
public class TenantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Formats formats;

  @Inject Operators operators;

  private List<Tenant> tenants;

  public void open() throws IOException {
    try {
      tenants = operators.list();
      announceCreated(Faces.getRequestParameter("created"));
    } catch (ForbiddenException e) {
      Faces.responseSendError(403, e.messageKey());
    }
  }

  /** After an upload: said only of a tenant that is in the list, so the URL cannot make it up. */
  private void announceCreated(String slug) {
    if (slug != null && tenants.stream().anyMatch(t -> t.getSlug().equals(slug))) {
      Messages.addGlobalInfo("platform.upload.done", slug);
    }
  }

  public void suspend(long tenantId) {
    try {
      Tenant tenant = operators.suspend(tenantId);
      Messages.addGlobalInfo("platform.suspended", tenant.getSlug());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "tenants");
    }
    tenants = operators.list();
  }

  public void reinstate(long tenantId) {
    try {
      Tenant tenant = operators.reinstate(tenantId);
      Messages.addGlobalInfo("platform.reinstated", tenant.getSlug());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "tenants");
    }
    tenants = operators.list();
  }

  public String created(Instant instant) {
    return instant == null ? "" : formats.dateTime(instant, ZoneOffset.UTC) + " UTC";
  }

  public List<Tenant> getTenants() {
    return tenants;
  }
}
