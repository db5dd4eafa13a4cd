package io.atrium.directory;

import io.atrium.identity.CompanyRole;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes new members and on-demand users once a service has checked that the caller may: the form's
 * rules, the tenant-wide unique e-mail, the operator's language by default, and the company's first
 * member as its main contact ("Le contact renseigné devient automatiquement le premier utilisateur
 * lié à cette entreprise"). Runs in the calling service's transaction.
 */
@ApplicationScoped
class Enrolments {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenants tenants;

  @Inject Validator validator;

  @Inject DirectoryAudit audit;

  Member add(Company company, NewMember who, CompanyRole role) {
    check(who);
    requireFreeEmail(who.getEmail(), null, "email");
    var member = new Member(company, role, who.getFullName().trim(), who.getEmail(), language(who));
    member.setPhone(who.getPhone());
    em.persist(member);
    if (company.getMainContact() == null) {
      company.setMainContact(member);
    }
    audit.member(member, "CREATE", Map.of());
    return member;
  }

  Member addOnDemand(Centre centre, NewMember who) {
    check(who);
    requireFreeEmail(who.getEmail(), null, "email");
    var member = new Member(centre, who.getFullName().trim(), who.getEmail(), language(who));
    member.setPhone(who.getPhone());
    em.persist(member);
    audit.member(member, "CREATE", Map.of());
    return member;
  }

  /**
   * @throws InvalidFieldsException on the given field when another member has the e-mail
   */
  void requireFreeEmail(String email, Long except, String field) {
    long others =
        em.createQuery(
                "select count(m) from Member m where m.email = :email and m.id <> :except",
                Long.class)
            .setParameter("email", email == null ? "" : email.trim().toLowerCase(Locale.ROOT))
            .setParameter("except", except == null ? -1L : except)
            .getSingleResult();
    if (others > 0) {
      throw InvalidFieldsException.of(field, "member.email.taken");
    }
  }

  /** Members follow their company to its new home centre, so they are seen where it is. */
  void moveAll(Company company, Centre centre) {
    em.createQuery("select m from Member m where m.company = :company", Member.class)
        .setParameter("company", company)
        .getResultList()
        .forEach(
            m -> {
              var before = DirectoryAudit.fields(m);
              m.moveTo(centre);
              audit.member(m, "UPDATE", before);
            });
  }

  private String language(NewMember who) {
    if (who.getLanguage() != null && !who.getLanguage().isBlank()) {
      return who.getLanguage();
    }
    return tenants.current().map(Tenant::getDefaultLocale).orElse("en");
  }

  /** Checks a form's Bean Validation rules, as pages and the API did before. */
  void check(Object form) {
    var violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }
}
