package io.atrium.tenancy.manifest;

import io.atrium.identity.CompanyRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code companies} and {@code onDemandUsers}: the client side. One instance per manifest,
 * because a client e-mail must be unique across every company's members and the on-demand users (it
 * is their login).
 */
final class DirectoryMapper {

  private final String defaultLanguage;
  private final List<String> centreCodes;
  private final Map<String, String> emails = new HashMap<>();

  DirectoryMapper(String defaultLanguage, List<String> centreCodes) {
    this.defaultLanguage = defaultLanguage;
    this.centreCodes = centreCodes;
  }

  List<CompanyManifest> companies(ManifestNode node) {
    List<CompanyManifest> companies = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ManifestNode item : node.list()) {
      ManifestMap map =
          item.map(
              "name",
              "type",
              "homeCentre",
              "legal",
              "billingAddress",
              "email",
              "phone",
              "members",
              "mainContact");
      String name = map.get("name").text();
      if (!names.add(name)) {
        throw map.get("name").problem("another company is already named \"" + name + "\"");
      }
      CompanyManifest.Type type = map.get("type").choice(CompanyManifest.Type.class, null);
      String homeCentre = centre(map.get("homeCentre"));
      CompanyManifest.Legal legal = LegalMapper.company(map.get("legal"));
      ManifestNode billing = map.get("billingAddress");
      if (!billing.isPresent() && type == CompanyManifest.Type.CLIENT) {
        throw billing.problem("is required for a client (invoices are addressed to it)");
      }
      Address billingAddress = billing.isPresent() ? Values.address(billing) : null;
      String email = Values.emailOrNull(map.get("email"));
      String phone = Values.phone(map.get("phone"));
      List<MemberManifest> members = new ArrayList<>();
      for (ManifestNode member : map.get("members").list()) {
        members.add(member(member));
      }
      String mainContact = mainContact(map.get("mainContact"), members);
      companies.add(
          new CompanyManifest(
              name, type, homeCentre, legal, billingAddress, email, phone, members, mainContact));
    }
    return companies;
  }

  List<OnDemandUserManifest> onDemandUsers(ManifestNode node) {
    List<OnDemandUserManifest> users = new ArrayList<>();
    for (ManifestNode item : node.list()) {
      ManifestMap map =
          item.map("fullName", "email", "phone", "language", "homeCentre", "status", "password");
      String fullName = map.get("fullName").text();
      String email = uniqueEmail(map.get("email"));
      String phone = Values.phone(map.get("phone"));
      String language = Values.language(map.get("language"), defaultLanguage);
      String homeCentre = centre(map.get("homeCentre"));
      AccountStatus status = map.get("status").choice(AccountStatus.class, AccountStatus.INVITED);
      users.add(
          new OnDemandUserManifest(
              fullName, email, phone, language, homeCentre, status, password(map, status)));
    }
    return users;
  }

  private MemberManifest member(ManifestNode node) {
    ManifestMap map =
        node.map("fullName", "email", "phone", "language", "role", "status", "password");
    String fullName = map.get("fullName").text();
    String email = uniqueEmail(map.get("email"));
    String phone = Values.phone(map.get("phone"));
    String language = Values.language(map.get("language"), defaultLanguage);
    CompanyRole role = map.get("role").choice(CompanyRole.class, null);
    AccountStatus status = map.get("status").choice(AccountStatus.class, AccountStatus.INVITED);
    return new MemberManifest(
        fullName, email, phone, language, role, status, password(map, status));
  }

  private String uniqueEmail(ManifestNode node) {
    String email = Values.email(node);
    String first = emails.putIfAbsent(email, node.path());
    if (first != null) {
      throw node.problem("already used by " + first);
    }
    return email;
  }

  private String centre(ManifestNode node) {
    String code = node.text();
    if (!centreCodes.contains(code)) {
      throw node.problem("no centre with the code \"" + code + "\" in centres");
    }
    return code;
  }

  /** An invited person chooses their password when accepting the invitation. */
  private static String password(ManifestMap map, AccountStatus status) {
    String password = Values.password(map.get("password"));
    if (password != null && status == AccountStatus.INVITED) {
      throw map.get("password").problem("an invited account has no password yet; leave it out");
    }
    return password;
  }

  private static String mainContact(ManifestNode node, List<MemberManifest> members) {
    if (!node.isPresent()) {
      return members.isEmpty() ? null : members.get(0).email();
    }
    String email = Values.email(node);
    if (members.stream().noneMatch(member -> member.email().equals(email))) {
      throw node.problem("must be the e-mail of one of the company's members");
    }
    return email;
  }
}
