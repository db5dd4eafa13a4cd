package io.atrium.tenancy.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code staff}: e-mails unique, roles and centres among those the manifest declares. */
final class StaffMapper {

  private StaffMapper() {}

  static List<StaffManifest> staff(
      ManifestNode node, String defaultLanguage, List<String> centreCodes, Set<String> roleNames) {
    List<StaffManifest> staff = new ArrayList<>();
    Map<String, String> emails = new HashMap<>();
    for (ManifestNode item : node.list()) {
      ManifestMap map =
          item.map("fullName", "email", "phone", "language", "roles", "centres", "password");
      String fullName = map.get("fullName").text();
      String email = Values.email(map.get("email"));
      String first = emails.putIfAbsent(email, map.get("email").path());
      if (first != null) {
        throw map.get("email").problem("already used by " + first);
      }
      ManifestNode centres = map.get("centres");
      boolean allCentres = centres.isText() && "all".equals(centres.text());
      staff.add(
          new StaffManifest(
              fullName,
              email,
              Values.phone(map.get("phone")),
              Values.language(map.get("language"), defaultLanguage),
              roles(map.get("roles"), roleNames),
              allCentres,
              allCentres ? centreCodes : centres(centres, centreCodes),
              Values.password(map.get("password"))));
    }
    return staff;
  }

  private static List<String> roles(ManifestNode node, Set<String> roleNames) {
    if (!node.isPresent()) {
      throw node.problem("is required: a list of role names from roles");
    }
    Set<String> roles = new LinkedHashSet<>();
    for (ManifestNode item : node.list()) {
      String role = item.text();
      if (!roleNames.contains(role)) {
        throw item.problem("no role named \"" + role + "\" in roles");
      }
      if (!roles.add(role)) {
        throw item.problem("\"" + role + "\" is listed twice");
      }
    }
    if (roles.isEmpty()) {
      throw node.problem("must name at least one role");
    }
    return List.copyOf(roles);
  }

  private static List<String> centres(ManifestNode node, List<String> centreCodes) {
    if (!node.isPresent()) {
      throw node.problem("is required: all, or a list of centre codes");
    }
    if (node.isText()) {
      throw node.problem("must be all, or a list of centre codes");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (ManifestNode item : node.list()) {
      String code = item.text();
      if (!centreCodes.contains(code)) {
        throw item.problem("no centre with the code \"" + code + "\" in centres");
      }
      if (!codes.add(code)) {
        throw item.problem("\"" + code + "\" is listed twice");
      }
    }
    if (codes.isEmpty()) {
      throw node.problem("must name at least one centre, or be all");
    }
    return List.copyOf(codes);
  }
}
