package io.atrium.directory;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.ForbiddenException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The people of client companies, and on-demand users. Staff read them with companies:read in their
 * centres, add them with companies:create and change them with companies:edit. In the client space
 * every member reads their company's members; administrators and managers (client right MEMBERS)
 * also add and change them, never giving anyone a role above their own nor touching someone who
 * ranks above them. E-mails are unique among a tenant's members.
 */
@ApplicationScoped
public class Members {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Companies companies;

  @Inject Enrolments enrolments;

  @Inject DirectoryAudit audit;

  @Inject CentreMembers centreMembers;

  /** The signed-in member, with their company. */
  @Transactional
  public Member self() {
    var principal =
        caller.principal().filter(p -> p.member()).orElseThrow(NotSignedInException::new);
    Member member = em.find(Member.class, principal.personId());
    if (member == null) {
      throw new NotSignedInException();
    }
    if (member.getCompany() != null) {
      member.getCompany().getName();
    }
    return member;
  }

  /** Everyone the staff caller may see, company members and on-demand users. */
  @Transactional
  public List<Member> list(MemberSearch search, int first, int max) {
    Filters filters = visible(search);
    return filters
        .bind(
            em.createQuery(
                "select m from Member m" + filters.where() + " order by m.fullName, m.id",
                Member.class))
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  @Transactional
  public long count(MemberSearch search) {
    Filters filters = visible(search);
    return filters
        .bind(em.createQuery("select count(m) from Member m" + filters.where(), Long.class))
        .getSingleResult();
  }

  /**
   * The members a staff picker offers in one of the caller's centres (all but disabled ones), by
   * name, those whose name or e-mail holds the text: at most {@code max}, plus one when there are
   * more, so the page can say so. Nobody for a centre the caller does not work in.
   */
  @Transactional
  public List<Member> choicesIn(long centreId, String text, int max) {
    caller.require(Area.COMPANIES, Action.READ);
    if (!caller.centres().allows(centreId)) {
      return List.of();
    }
    return centreMembers.matching(
        centreId, Filters.none().and("m.status <> :off", "off", Member.Status.DISABLED), text, max);
  }

  /** The members of a company the caller may read, by name. */
  @Transactional
  public List<Member> ofCompany(long companyId) {
    Company company = companies.get(companyId);
    return em.createQuery(
            "select m from Member m where m.company = :company order by m.fullName, m.id",
            Member.class)
        .setParameter("company", company)
        .getResultList();
  }

  /** A member the caller may read, if any. */
  @Transactional
  public Optional<Member> find(long id) {
    if (!caller.isMember()) {
      caller.require(Area.COMPANIES, Action.READ);
    }
    return Optional.ofNullable(em.find(Member.class, id)).filter(this::readable);
  }

  /**
   * @throws NotFoundException unless the caller may read the member
   */
  @Transactional
  public Member get(long id) {
    return find(id).orElseThrow(NotFoundException::new);
  }

  /** Adds a member to a company; the company's first member becomes its main contact. */
  @Transactional
  public Member create(long companyId, NewMember who) {
    Company company;
    if (caller.isMember()) {
      caller.require(ClientRight.MEMBERS);
      company = companies.get(companyId);
      requireNotAbove(who.getRole());
    } else {
      company = companies.managed(companyId, Action.CREATE);
    }
    if (who.getRole() == null) {
      throw InvalidFieldsException.of("role", "member.role.required");
    }
    return enrolments.add(company, who, who.getRole());
  }

  /** Saves the member's form: name, e-mail, phone, language and company role. */
  @Transactional
  public Member update(Member edited) {
    Member member = changeable(edited.getId());
    var before = DirectoryAudit.fields(member);
    enrolments.check(edited);
    enrolments.requireFreeEmail(edited.getEmail(), member.getId(), "email");
    member.takeDetailsFrom(edited);
    if (!member.onDemand()) {
      if (edited.getCompanyRole() == null) {
        throw InvalidFieldsException.of("companyRole", "member.role.required");
      }
      if (caller.isMember()) {
        requireNotAbove(edited.getCompanyRole());
      }
      member.setCompanyRole(edited.getCompanyRole());
    }
    audit.member(member, "UPDATE", before);
    return member;
  }

  /** Closes the member's access; they stay in the company's history. */
  @Transactional
  public Member disable(long id) {
    caller.require(Area.COMPANIES, Action.EDIT);
    Member member = get(id);
    var before = DirectoryAudit.fields(member);
    member.disable();
    audit.member(member, "DISABLE", before);
    return member;
  }

  @Transactional
  public Member enable(long id) {
    caller.require(Area.COMPANIES, Action.EDIT);
    Member member = get(id);
    var before = DirectoryAudit.fields(member);
    member.enable();
    audit.member(member, "ENABLE", before);
    return member;
  }

  /**
   * Staff with companies:edit, or a member manager of the same company ranking at least as high.
   */
  Member changeable(long id) {
    if (caller.isMember()) {
      caller.require(ClientRight.MEMBERS);
      Member member = get(id);
      if (member.onDemand()) {
        throw new NotFoundException();
      }
      requireNotAbove(member.getCompanyRole());
      return member;
    }
    caller.require(Area.COMPANIES, Action.EDIT);
    return get(id);
  }

  private void requireNotAbove(CompanyRole role) {
    CompanyRole own = caller.rights().companyRole();
    if (role != null && (own == null || role.above(own))) {
      throw new ForbiddenException();
    }
  }

  private boolean readable(Member member) {
    if (caller.isMember()) {
      Long own = caller.rights().companyId();
      return member.getId().equals(caller.getPrincipal().personId())
          || (own != null && !member.onDemand() && own.equals(member.getCompany().getId()));
    }
    return caller.centres().allows(member.getHomeCentre().getId());
  }

  private Filters visible(MemberSearch search) {
    caller.require(Area.COMPANIES, Action.READ);
    Filters filters =
        Filters.inCentres("m.homeCentre.id", caller.centres())
            .matching(search.text(), "m.fullName", "m.email");
    return switch (search.who()) {
      case EVERYONE -> filters;
      case COMPANY_MEMBERS -> filters.where("m.company is not null");
      case ON_DEMAND_USERS -> filters.where("m.company is null");
    };
  }
}
