package io.atrium.directory.api;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.directory.CompanySearch;
import io.atrium.directory.Member;
import io.atrium.directory.Members;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Client companies and their members. Staff see their centres' companies; a member sees their own
 * company only: any other id answers 404, like an absent one.
 */
@Path("/companies")
@Tag(name = "Companies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CompaniesResource {

  @Inject Companies companies;

  @Inject Members members;

  @Inject Centres centres;

  @Inject Caller caller;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Companies by name, searched and filtered, a page at a time")
  public Page<CompanySummary> list(
      @Parameter(description = "found in the name, e-mail, SIREN, SIRET, VAT number or GSTIN")
          @QueryParam("q")
          String text,
      @Parameter(description = "PROSPECT or CLIENT") @QueryParam("kind") String kind,
      @Parameter(description = "ACTIVE or ARCHIVED; both when absent") @QueryParam("status")
          String status,
      @Parameter(description = "a home centre's id") @QueryParam("centre") Long centre,
      @BeanParam PageRequest paging) {
    var search =
        new CompanySearch(
            text,
            parse(Company.Kind.class, kind, "kind", "company.kind.invalid"),
            parse(Company.Status.class, status, "status", "company.status.invalid"),
            centre,
            CompanySearch.Order.NAME,
            false);
    List<CompanySummary> items =
        companies.list(search, paging.offset(), paging.size()).stream()
            .map(CompanySummary::of)
            .toList();
    return paging.of(items, companies.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A company's file")
  @APIResponse(responseCode = "200", description = "The company")
  @APIResponse(responseCode = "404", description = "No such company for this caller")
  public CompanyDetails get(@PathParam("id") long id) {
    return CompanyDetails.of(companies.get(id));
  }

  @POST
  @Operation(summary = "Creates a company; its main contact becomes its first member")
  @APIResponse(responseCode = "201", description = "Created; Location names the company")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "403", description = "The caller may not create companies")
  public Response create(@Valid CompanyForm form) {
    caller.require(Area.COMPANIES, Action.CREATE);
    Company draft = form(form).applyTo(new Company(null, null, null), centre(form));
    Company created = companies.create(draft, form.contact());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(CompanyDetails.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replaces a company's details (the contact fields are ignored)")
  @APIResponse(responseCode = "200", description = "The company as saved")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public CompanyDetails update(@PathParam("id") long id, @Valid CompanyForm form) {
    Company edited = companies.get(id);
    caller.require(Area.COMPANIES, Action.EDIT);
    return CompanyDetails.of(companies.update(form(form).applyTo(edited, centre(form))));
  }

  @POST
  @Path("/{id}/archive")
  @Operation(summary = "Archives the company: it leaves the default lists, its history stays")
  @APIResponse(responseCode = "200", description = "The archived company")
  @APIResponse(responseCode = "403", description = "The caller may not archive (companies:delete)")
  public CompanyDetails archive(@PathParam("id") long id) {
    return CompanyDetails.of(companies.archive(id));
  }

  @POST
  @Path("/{id}/restore")
  @Operation(summary = "Brings an archived company back to the lists")
  @APIResponse(responseCode = "200", description = "The restored company")
  public CompanyDetails restore(@PathParam("id") long id) {
    return CompanyDetails.of(companies.restore(id));
  }

  @GET
  @Path("/{id}/members")
  @Operation(summary = "The company's members, by name")
  public List<MemberSummary> members(@PathParam("id") long id) {
    return members.ofCompany(id).stream().map(MemberSummary::of).toList();
  }

  @POST
  @Path("/{id}/members")
  @Operation(summary = "Adds a member to the company (Créer un nouvel utilisateur)")
  @APIResponse(responseCode = "201", description = "Created; Location names the member")
  @APIResponse(responseCode = "403", description = "The caller may not add members")
  public Response addMember(@PathParam("id") long id, @Valid MemberForm form) {
    Member created = members.create(id, MembersResource.form(form).toNewMember());
    return Response.created(uri.getBaseUriBuilder().path("members/{id}").build(created.getId()))
        .entity(MemberDetails.of(created))
        .build();
  }

  private Centre centre(CompanyForm form) {
    return centres.visible().stream()
        .filter(c -> c.getId().equals(form.homeCentreId()))
        .findFirst()
        .orElseThrow(() -> InvalidFieldsException.of("homeCentreId", "company.homeCentre.unknown"));
  }

  private static CompanyForm form(CompanyForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of(field, key);
    }
  }
}
