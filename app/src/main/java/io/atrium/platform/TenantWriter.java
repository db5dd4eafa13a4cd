package io.atrium.platform;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.contracts.DemoContracts;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Account;
import io.atrium.identity.PasswordHashing;
import io.atrium.shared.NotFoundException;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.manifest.AccountStatus;
import io.atrium.tenancy.manifest.CentreManifest;
import io.atrium.tenancy.manifest.CompanyManifest;
import io.atrium.tenancy.manifest.MemberManifest;
import io.atrium.tenancy.manifest.OnDemandUserManifest;
import io.atrium.tenancy.manifest.RoleManifest;
import io.atrium.tenancy.manifest.StaffManifest;
import io.atrium.tenancy.manifest.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a checked manifest as a new tenant, in one transaction bound to that tenant with the right
 * to write the registry: either the whole operator exists afterwards, or nothing of it.
 */
@ApplicationScoped
public class TenantWriter {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject AuditTrail audit;

  @Inject OfferWriter offers;

  @Inject DemoContracts contracts; // i13-contracts

  /** In a platform transaction: the id for a new tenant, or empty when the slug is taken. */
  @Transactional
  public Optional<Long> reserve(String slug) {
    boolean taken =
        !em.createQuery("select t.id from Tenant t where t.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getResultList()
            .isEmpty();
    if (taken) {
      return Optional.empty();
    }
    return Optional.of(
        ((Number) em.createNativeQuery("SELECT nextval('atrium_id_seq')").getSingleResult())
            .longValue());
  }

  /** In a provisioning transaction for {@code id}: creates the tenant, then runs {@code then}. */
  @Transactional
  public Tenant create(long id, TenantManifest manifest, Consumer<Tenant> then) {
    Tenant tenant = create(id, manifest);
    then.accept(tenant);
    return tenant;
  }

  /** In a provisioning transaction for {@code id}. */
  @Transactional
  public Tenant create(long id, TenantManifest manifest) {
    Tenant tenant = new Tenant(id, manifest.slug(), manifest.legalName());
    tenant.setDefaultLocale(manifest.defaultLocale());
    tenant.setCurrency(manifest.currency().getCurrencyCode());
    tenant.setTimeZone(manifest.timeZone().getId());
    tenant.setCountry(manifest.country());
    var legal = manifest.legal();
    tenant.setSiren(legal.siren());
    tenant.setSiret(legal.siret());
    tenant.setVatNumber(legal.vatNumber());
    tenant.setPan(legal.pan());
    tenant.getGstins().putAll(legal.gstins());
    tenant.setInvoiceMentions(manifest.invoiceMentions());
    if (manifest.branding() != null) {
      tenant.setLogoUrl(manifest.branding().logoUrl());
      tenant.setPrimaryColour(manifest.branding().primaryColour());
    }
    em.persist(tenant);
    // Tenant rows reference the registry row by a foreign key JPA does not know about.
    em.flush();
    var passwords = new Passwords();
    Map<String, Centre> centres = new HashMap<>();
    manifest.centres().forEach(c -> centres.put(c.code(), centre(c)));
    Map<String, StaffRole> roles = new HashMap<>();
    manifest.roles().forEach(r -> roles.put(r.name(), role(r)));
    manifest.staff().forEach(s -> staff(s, roles, centres, passwords));
    Map<Company, Member> mainContacts = new HashMap<>();
    Map<String, Company> companies = new HashMap<>();
    manifest
        .companies()
        .forEach(c -> companies.put(c.name(), company(c, centres, passwords, mainContacts)));
    Map<String, Member> onDemandUsers = new HashMap<>();
    manifest
        .onDemandUsers()
        .forEach(u -> onDemandUsers.put(u.email(), onDemand(u, centres, passwords)));
    offers.write(id, manifest.offer(), centres, roles);
    // Company and member point at each other: both rows first, then the link.
    em.flush();
    mainContacts.forEach(Company::setMainContact);
    // i13-contracts: after the main contacts, whose language the first invoices take.
    em.flush();
    contracts.write(manifest.contracts(), centres, companies, onDemandUsers);
    audit.record(
        "Tenant",
        tenant.getId(),
        "CREATE",
        null,
        Changes.of()
            .field("slug", null, tenant.getSlug())
            .field("legalName", null, tenant.getLegalName())
            .field("centres", null, manifest.centres().size())
            .field("staff", null, manifest.staff().size())
            .field("companies", null, manifest.companies().size())
            .field("catalogueItems", null, manifest.offer().catalogue().size())
            .field("spaces", null, manifest.offer().spaces().size())
            .field("assets", null, manifest.offer().assets().size())
            .field("contracts", null, manifest.contracts().size()));
    return tenant;
  }

  /**
   * In a provisioning transaction for {@code id}: suspends or reinstates the tenant.
   *
   * @throws NotFoundException when there is no such tenant
   */
  @Transactional
  public Tenant setActive(long id, boolean active) {
    Tenant tenant = em.find(Tenant.class, id);
    if (tenant == null) {
      throw new NotFoundException();
    }
    boolean before = tenant.isActive();
    if (active) {
      tenant.reinstate();
    } else {
      tenant.suspend();
    }
    audit.record(
        "Tenant",
        tenant.getId(),
        active ? "REINSTATE" : "SUSPEND",
        null,
        Changes.of().field("active", before, tenant.isActive()));
    return tenant;
  }

  private Centre centre(CentreManifest manifest) {
    var address = manifest.address();
    var centre =
        new Centre(
            manifest.code(),
            manifest.name(),
            address.country(),
            manifest.timeZone().getId(),
            manifest.currency().getCurrencyCode());
    centre.setAddressLine(address.line());
    centre.setPostalCode(address.postalCode());
    centre.setCity(address.city());
    centre.setOpeningHours(manifest.openingHours());
    var tax = manifest.tax();
    if (tax.scheme() == CentreManifest.TaxScheme.GST) {
      centre.chargeGst(tax.rate(), tax.gstin(), tax.stateCode());
    } else {
      centre.chargeVat(tax.rate());
    }
    em.persist(centre);
    return centre;
  }

  private StaffRole role(RoleManifest manifest) {
    var role = new StaffRole(manifest.name());
    role.setMaxDiscountPercent(manifest.maxDiscountPercent());
    role.setMaySeeBalances(manifest.maySeeBalances());
    manifest.permissions().forEach(role::grant);
    em.persist(role);
    return role;
  }

  private void staff(
      StaffManifest manifest,
      Map<String, StaffRole> roles,
      Map<String, Centre> centres,
      Passwords passwords) {
    var staff = new StaffMember(manifest.fullName(), manifest.email(), manifest.language());
    staff.setPhone(manifest.phone());
    manifest.roles().forEach(name -> staff.getRoles().add(roles.get(name)));
    if (manifest.allCentres()) {
      staff.workInAllCentres();
    } else {
      var limited = new HashSet<Centre>();
      manifest.centres().forEach(code -> limited.add(centres.get(code)));
      staff.workIn(limited);
    }
    passwords.set(staff, manifest.password());
    em.persist(staff);
  }

  private Company company(
      CompanyManifest manifest,
      Map<String, Centre> centres,
      Passwords passwords,
      Map<Company, Member> mainContacts) {
    var company =
        new Company(
            manifest.name(),
            Company.Kind.valueOf(manifest.type().name()),
            centres.get(manifest.homeCentre()));
    if (manifest.legal() != null) {
      company.setSiren(manifest.legal().siren());
      company.setSiret(manifest.legal().siret());
      company.setVatNumber(manifest.legal().vatNumber());
      company.setGstin(manifest.legal().gstin());
    }
    if (manifest.billingAddress() != null) {
      company.setBillingLine(manifest.billingAddress().line());
      company.setBillingPostalCode(manifest.billingAddress().postalCode());
      company.setBillingCity(manifest.billingAddress().city());
      company.setBillingCountry(manifest.billingAddress().country());
    }
    company.setEmail(manifest.email());
    company.setPhone(manifest.phone());
    em.persist(company);
    for (MemberManifest m : manifest.members()) {
      var member = new Member(company, m.role(), m.fullName(), m.email(), m.language());
      member.setPhone(m.phone());
      status(member, m.status(), m.password(), passwords);
      em.persist(member);
      if (member.getEmail().equals(manifest.mainContact())) {
        mainContacts.put(company, member);
      }
    }
    return company;
  }

  private Member onDemand(
      OnDemandUserManifest manifest, Map<String, Centre> centres, Passwords passwords) {
    var member =
        new Member(
            centres.get(manifest.homeCentre()),
            manifest.fullName(),
            manifest.email(),
            manifest.language());
    member.setPhone(manifest.phone());
    status(member, manifest.status(), manifest.password(), passwords);
    em.persist(member);
    return member;
  }

  private static void status(
      Member member, AccountStatus status, String password, Passwords passwords) {
    if (password != null) {
      member.activate(passwords.hash(password));
    }
    if (status == AccountStatus.DISABLED) {
      member.disable();
    }
  }

  /**
   * Demo manifests give many accounts one password; hashing it once per import keeps start-up fast
   * (210,000 PBKDF2 rounds each) at the cost of equal hashes, acceptable for demo data only.
   */
  private static final class Passwords {
    private final Map<String, String> hashes = new HashMap<>();

    String hash(String password) {
      return hashes.computeIfAbsent(password, PasswordHashing::hash);
    }

    void set(Account account, String password) {
      if (password != null) {
        account.getLogin().changePassword(hash(password));
      }
    }
  }
}
