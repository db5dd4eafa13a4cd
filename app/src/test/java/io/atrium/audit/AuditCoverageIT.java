package io.atrium.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.Members;
import io.atrium.directory.NewMember;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.CompanyRole;
import io.atrium.identity.Permission;
import io.atrium.platform.Operators;
import io.atrium.signin.SignIn;
import io.atrium.staff.RoleRights;
import io.atrium.staff.StaffAssignment;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffMembers;
import io.atrium.staff.StaffRole;
import io.atrium.staff.StaffRoles;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.TestTenants;
import io.atrium.testing.TestTenants.TestStaff;
import io.atrium.testing.TestTenants.TestTenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Privileged changes leave an entry naming the person who made them, and a transaction that writes
 * without an entry is refused ({@link AuditCoverage}, on in every integration test). Each test
 * makes its own tenant; a test signs in by putting a principal on the runner's request, as the
 * sign-in mechanism does.
 */
@ExtendWith(ArquillianExtension.class)
class AuditCoverageIT {

  private static final String ADMIN_NAME = "Sabine Superadmin";

  @Deployment
  static WebArchive deployment() {
    return Deployments.app().addClass(CoverageProbe.class);
  }

  @Inject AuditTrail trail;

  @Inject TestTenants fixtures;

  @Inject Tenancy tenancy;

  @Inject HttpServletRequest request;

  @Inject CoverageProbe probe;

  @Inject StaffRoles roles;

  @Inject StaffMembers staffMembers;

  @Inject Companies companies;

  @Inject Members members;

  @Inject Centres centres;

  @Inject SignIn signIn;

  @Inject Operators operators;

  private TestTenant tenant;
  private TestStaff admin;

  private void setUp(String prefix) {
    tenant = fixtures.fresh(prefix);
    admin =
        fixtures.staff(
            tenant,
            ADMIN_NAME,
            Permission.of(Area.STAFF, Action.READ),
            Permission.of(Area.STAFF, Action.CREATE),
            Permission.of(Area.STAFF, Action.EDIT),
            Permission.of(Area.STAFF, Action.DELETE),
            Permission.of(Area.COMPANIES, Action.READ),
            Permission.of(Area.COMPANIES, Action.CREATE),
            Permission.of(Area.COMPANIES, Action.EDIT),
            Permission.of(Area.COMPANIES, Action.DELETE),
            Permission.of(Area.AUDIT, Action.READ));
    signIn(admin.principal());
  }

  private void signIn(AtriumPrincipal principal) {
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, principal);
  }

  /** The entries of one entity, newest first, read by the admin. */
  private List<AuditEntry> entries(String type, Object id) {
    var reader = request.getAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE);
    signIn(admin.principal());
    try {
      return trail.list(new AuditFilter(type, String.valueOf(id), null, null, null), 0, 50);
    } finally {
      request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, reader);
    }
  }

  private AuditEntry only(String type, Object id, String action) {
    var found = entries(type, id).stream().filter(e -> e.getAction().equals(action)).toList();
    assertEquals(1, found.size(), type + " " + id + " " + action + ": " + entries(type, id));
    return found.get(0);
  }

  private static void byStaff(String name, AuditEntry entry) {
    assertEquals(ActorKind.STAFF, entry.getActorKind(), entry.getChangesJson());
    assertEquals(name, entry.getActorName());
  }

  private static void changed(AuditEntry entry, String field, String before, String after) {
    var change = entry.getChanges().get(field);
    assertTrue(change != null, field + " not in " + entry.getChangesJson());
    assertEquals(before, change.before(), field);
    assertEquals(after, change.after(), field);
  }

  @Test
  void aWriteWithoutAnAuditEntryIsRefusedAndRolledBack() {
    setUp("cover-refuse");
    long roleId = roles.create("Front desk").getId();

    var refused =
        assertThrows(
            UnauditedWriteException.class, () -> probe.renameWithoutAudit(roleId, "Reception"));
    assertEquals("CoverageProbe.renameWithoutAudit", refused.getCommand());
    assertEquals(Set.of("staff_role"), refused.getTables());
    assertEquals("Front desk", probe.read(roleId), "the unaudited change was not committed");

    probe.renameAudited(roleId, "Reception");
    assertEquals("Reception", probe.read(roleId));
    byStaff(ADMIN_NAME, entries("StaffRole", roleId).get(0));
  }

  @Test
  void rolesCreatedRenamedAndTheirRightsTickedNameTheStaffWhoDidIt() {
    setUp("cover-roles");
    StaffRole role = roles.create("Night manager");
    changed(only("StaffRole", role.getId(), "CREATE"), "name", null, "Night manager");

    roles.rename(role.getId(), "Night shift");
    roles.grant(role.getId(), Permission.of(Area.COMPANIES, Action.READ));
    List<AuditEntry> updates =
        entries("StaffRole", role.getId()).stream()
            .filter(e -> e.getAction().equals("UPDATE"))
            .toList();
    assertEquals(2, updates.size(), updates.toString());
    byStaff(ADMIN_NAME, updates.get(0));
    changed(updates.get(0), "permissions", "[]", "[companies:read]");
    byStaff(ADMIN_NAME, updates.get(1));
    changed(updates.get(1), "name", "Night manager", "Night shift");

    roles.saveMatrix(
        Map.of(
            role.getId(),
            new RoleRights(
                "Night shift",
                new BigDecimal("5"),
                true,
                Set.of(Permission.of(Area.COMPANIES, Action.EDIT)))));
    AuditEntry matrix = entries("StaffRole", role.getId()).get(0);
    byStaff(ADMIN_NAME, matrix);
    changed(matrix, "permissions", "[companies:read]", "[companies:edit]");
    assertEquals(
        0,
        new BigDecimal(matrix.getChanges().get("maxDiscountPercent").after())
            .compareTo(BigDecimal.valueOf(5)));
    changed(matrix, "maySeeBalances", "false", "true");
  }

  @Test
  void staffCreatedAndEditedNameTheStaffWhoDidIt() {
    setUp("cover-staff");
    long roleId = roles.create("Hosts").getId();
    StaffMember draft = new StaffMember("Noé Night", "noe@" + tenant.slug() + ".test", "fr");
    long id =
        staffMembers.create(draft, new StaffAssignment(Set.of(roleId), true, Set.of())).getId();
    AuditEntry created = only("StaffMember", id, "CREATE");
    byStaff(ADMIN_NAME, created);
    changed(created, "fullName", null, "Noé Night");
    changed(created, "roles", null, "[Hosts]");

    StaffMember edited = staffMembers.get(id);
    edited.setFullName("Noé Nightingale");
    staffMembers.update(edited, new StaffAssignment(Set.of(roleId), true, Set.of()));
    AuditEntry updated = only("StaffMember", id, "UPDATE");
    byStaff(ADMIN_NAME, updated);
    changed(updated, "fullName", "Noé Night", "Noé Nightingale");
  }

  @Test
  void companiesAndTheirMembersEditedByStaffNameTheStaffWhoDidIt() {
    setUp("cover-companies");
    var draft = new Company("Atelier Ocre", Company.Kind.PROSPECT, centres.get(tenant.centreId()));
    var contact = new NewMember("Inès Ocre", "ines@ocre-" + tenant.slug() + ".test", null);
    long companyId = companies.create(draft, contact).getId();
    AuditEntry created = only("Company", companyId, "CREATE");
    byStaff(ADMIN_NAME, created);
    changed(created, "name", null, "Atelier Ocre");
    changed(created, "mainContact", null, "Inès Ocre");
    assertEquals(tenant.centreId(), created.getCentreId());
    long inès = members.ofCompany(companyId).get(0).getId();
    byStaff(ADMIN_NAME, only("Member", inès, "CREATE"));

    Company edited = companies.get(companyId);
    edited.setName("Atelier Ocre SAS");
    companies.update(edited);
    AuditEntry updated = only("Company", companyId, "UPDATE");
    byStaff(ADMIN_NAME, updated);
    changed(updated, "name", "Atelier Ocre", "Atelier Ocre SAS");
    companies.archive(companyId);
    changed(only("Company", companyId, "ARCHIVE"), "status", "ACTIVE", "ARCHIVED");

    var member = members.get(inès);
    member.setPhone("+33 6 00 00 00 02");
    members.update(member);
    members.disable(inès);
    byStaff(ADMIN_NAME, only("Member", inès, "UPDATE"));
    changed(only("Member", inès, "DISABLE"), "status", "INVITED", "DISABLED");
  }

  /**
   * The member acts for the whole request: a request's rights are read once, so the company and its
   * administrator are made by the probe rather than by staff.
   */
  @Test
  void membersEditedByTheirCompanysAdministratorNameThatMember() {
    tenant = fixtures.fresh("cover-members");
    var inès =
        tenancy.runAsTenant(
            tenant.id(),
            () -> probe.companyWithAdministrator(tenant.centreId(), "Inès Ocre", tenant.slug()));
    signIn(
        new AtriumPrincipal(
            AtriumPrincipal.Kind.MEMBER,
            tenant.id(),
            tenant.slug(),
            inès.getId(),
            inès.getEmail(),
            "Inès Ocre"));

    var added =
        members.create(
            inès.getCompany().getId(),
            new NewMember("Paul Ocre", "paul@ocre-" + tenant.slug() + ".test", CompanyRole.USER));
    var paul = members.get(added.getId());
    paul.setPhone("+33 6 00 00 00 01");
    members.update(paul);

    List<AuditEntry> entries = probe.entries("Member", added.getId());
    assertEquals(List.of("UPDATE", "CREATE"), entries.stream().map(AuditEntry::getAction).toList());
    for (AuditEntry entry : entries) {
      assertEquals(ActorKind.MEMBER, entry.getActorKind());
      assertEquals("Inès Ocre", entry.getActorName());
      assertEquals(inès.getId(), entry.getActorId());
    }
    changed(entries.get(0), "phone", null, "+33 6 00 00 00 01");
  }

  @Test
  void aSignInIsByThePersonWhoSignedInNotTheSystem() {
    setUp("cover-signin");
    request.removeAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE);

    assertTrue(
        signIn.attempt(tenant.slug(), admin.email(), admin.password(), "198.51.100.7").succeeded());

    AuditEntry entry = only("StaffMember", admin.id(), "SIGN_IN");
    byStaff(ADMIN_NAME, entry);
    assertEquals(admin.id(), entry.getActorId());
  }

  @Test
  void suspendingATenantIsWrittenInItsLogUnderThePlatformAdministratorsName() {
    setUp("cover-suspend");
    signIn(
        new AtriumPrincipal(
            AtriumPrincipal.Kind.PLATFORM, null, null, 1L, "ops@atrium.test", "Olga Ops"));

    operators.suspend(tenant.id());
    operators.reinstate(tenant.id());

    AuditEntry suspended = only("Tenant", tenant.id(), "SUSPEND");
    assertEquals(ActorKind.SYSTEM, suspended.getActorKind());
    assertEquals("Olga Ops", suspended.getActorName());
    changed(suspended, "active", "true", "false");
    changed(only("Tenant", tenant.id(), "REINSTATE"), "active", "false", "true");
  }
}
