package io.atrium.directory;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Client companies (Annuaire → Entreprises). Staff see the companies of their centres with
 * companies:read, create them with companies:create, edit them with companies:edit and archive them
 * with companies:delete; a member sees their own company only. Any other company is "not found",
 * whether it is another centre's, another tenant's or absent.
 */
@ApplicationScoped
public class Companies {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Enrolments enrolments;

  @Inject Validator validator;

  @Inject DirectoryAudit audit;

  @Transactional
  public List<Company> list(CompanySearch search, int first, int max) {
    Filters filters = visible(search);
    return filters
        .bind(
            em.createQuery(
                "select c from Company c" + filters.where() + search.orderBy(), Company.class))
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(CompanySearch search) {
    Filters filters = visible(search);
    return filters
        .bind(em.createQuery("select count(c) from Company c" + filters.where(), Long.class))
        .getSingleResult();
  }

  /** A company the caller may read, if any. */
  @Transactional
  public Optional<Company> find(long id) {
    if (!caller.isMember()) {
      caller.require(Area.COMPANIES, Action.READ);
    }
    return Optional.ofNullable(em.find(Company.class, id)).filter(this::readable);
  }

  /**
   * @throws NotFoundException unless the caller may read the company
   */
  @Transactional
  public Company get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  /**
   * Creates a company with its main contact, who becomes its first member (an administrator).
   *
   * @throws InvalidFieldsException for a centre the caller does not work in, or a contact whose
   *     e-mail is already a member's
   */
  @Transactional
  public Company create(Company draft, NewMember contact) {
    caller.require(Area.COMPANIES, Action.CREATE);
    check(draft);
    requireContact(contact);
    Centre centre = centreFor(draft);
    enrolments.requireFreeEmail(contact.getEmail(), null, "contactEmail");
    Company company = new Company(draft.getName().trim(), draft.getKind(), centre);
    company.takeDetailsFrom(draft);
    em.persist(company);
    enrolments.add(company, contact, CompanyRole.ADMINISTRATOR);
    audit.company(company, "CREATE", Map.of());
    return company;
  }

  /** Saves the company's form; moving it to another centre moves its members with it. */
  @Transactional
  public Company update(Company edited) {
    Company company = managed(edited.getId(), Action.EDIT);
    var before = DirectoryAudit.fields(company);
    check(edited);
    Centre centre = centreFor(edited);
    company.takeDetailsFrom(edited);
    if (!centre.equals(company.getHomeCentre())) {
      company.setHomeCentre(centre);
      enrolments.moveAll(company, centre);
    }
    audit.company(company, "UPDATE", before);
    return company;
  }

  /** Takes the company out of the lists; its history stays. */
  @Transactional
  public Company archive(long id) {
    Company company = managed(id, Action.DELETE);
    var before = DirectoryAudit.fields(company);
    company.archive();
    audit.company(company, "ARCHIVE", before);
    return company;
  }

  @Transactional
  public Company restore(long id) {
    Company company = managed(id, Action.DELETE);
    var before = DirectoryAudit.fields(company);
    company.restore();
    audit.company(company, "RESTORE", before);
    return company;
  }

  /** A company of the caller's centres that staff may act on with the given permission. */
  Company managed(Long id, Action action) {
    caller.require(Area.COMPANIES, action);
    Company company = id == null ? null : em.find(Company.class, id);
    if (company == null || !caller.centres().allows(company.getHomeCentre().getId())) {
      throw new NotFoundException();
    }
    return company;
  }

  private boolean readable(Company company) {
    if (caller.isMember()) {
      return company.getId().equals(caller.rights().companyId());
    }
    return caller.centres().allows(company.getHomeCentre().getId());
  }

  private Filters visible(CompanySearch search) {
    Filters filters;
    if (caller.isMember()) {
      Long own = caller.rights().companyId();
      filters = Filters.none().and("c.id = :own", "own", own == null ? -1L : own);
    } else {
      caller.require(Area.COMPANIES, Action.READ);
      filters = Filters.inCentres("c.homeCentre.id", caller.centres());
    }
    return filters
        .matching(
            search.text(), "c.name", "c.email", "c.siren", "c.siret", "c.vatNumber", "c.gstin")
        .andIf(search.kind(), "c.kind = :kind", "kind")
        .andIf(search.status(), "c.status = :status", "status")
        .andIf(search.centreId(), "c.homeCentre.id = :centre", "centre");
  }

  private static void requireContact(NewMember contact) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (contact == null || blank(contact.getFullName())) {
      missing.put("contactName", "company.contact.required");
    }
    if (contact == null || blank(contact.getEmail())) {
      missing.put("contactEmail", "company.contact.required");
    }
    if (!missing.isEmpty()) {
      throw new InvalidFieldsException(missing);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The company's centre, provided the caller works in it. */
  private Centre centreFor(Company company) {
    Long id = company.getHomeCentre().getId();
    Centre centre = id == null ? null : em.find(Centre.class, id);
    if (centre == null || !caller.centres().allows(id)) {
      throw InvalidFieldsException.of("homeCentre", "company.homeCentre.unknown");
    }
    return centre;
  }

  private void check(Company company) {
    var violations = validator.validate(company);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }
}
