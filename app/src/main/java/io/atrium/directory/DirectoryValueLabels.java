package io.atrium.directory;

import io.atrium.audit.ValueLabels;
import io.atrium.identity.CompanyRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The kinds and states of companies, and members' roles and states, the audit log shows by their
 * labels.
 */
@ApplicationScoped
public class DirectoryValueLabels implements ValueLabels {

  @Override
  public Map<String, Class<? extends Enum<?>>> labelledFields() {
    return Map.of(
        "Company.kind",
        Company.Kind.class,
        "Company.status",
        Company.Status.class,
        "Member.companyRole",
        CompanyRole.class,
        "Member.status",
        Member.Status.class);
  }
}
