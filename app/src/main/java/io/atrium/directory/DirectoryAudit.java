package io.atrium.directory;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * What the audit log keeps of companies and members: their fields as people read them (centres by
 * code, the main contact by name), compared before and after each command.
 */
@ApplicationScoped
class DirectoryAudit {

  @Inject AuditTrail trail;

  void company(Company company, String action, Map<String, Object> before) {
    trail.record(
        "Company",
        company.getId(),
        action,
        company.getHomeCentre().getId(),
        Changes.between(before, fields(company)));
  }

  void member(Member member, String action, Map<String, Object> before) {
    trail.record(
        "Member",
        member.getId(),
        action,
        member.getHomeCentre().getId(),
        Changes.between(before, fields(member)));
  }

  static Map<String, Object> fields(Company company) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", company.getName());
    fields.put("kind", company.getKind());
    fields.put("siren", company.getSiren());
    fields.put("siret", company.getSiret());
    fields.put("vatNumber", company.getVatNumber());
    fields.put("gstin", company.getGstin());
    fields.put("email", company.getEmail());
    fields.put("phone", company.getPhone());
    fields.put("billingLine", company.getBillingLine());
    fields.put("billingPostalCode", company.getBillingPostalCode());
    fields.put("billingCity", company.getBillingCity());
    fields.put("billingCountry", company.getBillingCountry());
    fields.put("homeCentre", company.getHomeCentre().getCode());
    fields.put(
        "mainContact",
        company.getMainContact() == null ? null : company.getMainContact().getFullName());
    fields.put("status", company.getStatus());
    return fields;
  }

  static Map<String, Object> fields(Member member) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("fullName", member.getFullName());
    fields.put("email", member.getEmail());
    fields.put("phone", member.getPhone());
    fields.put("language", member.getLanguage());
    fields.put("company", member.getCompany() == null ? null : member.getCompany().getName());
    fields.put("companyRole", member.getCompanyRole());
    fields.put("homeCentre", member.getHomeCentre().getCode());
    fields.put("status", member.getStatus());
    return fields;
  }
}
