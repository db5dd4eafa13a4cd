package io.atrium.reception.api;

import io.atrium.reception.FrontDesk;
import io.atrium.reception.Visitor;
import io.atrium.reception.VisitorExport;
import io.atrium.reception.VisitorLists;
import io.atrium.reception.VisitorSearch;
import io.atrium.reception.Visitors;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.PageRequest;
import io.atrium.shared.api.Problems;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Tenant;
import io.atrium.tenancy.Tenants;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Visitors (document 000, workflow 1). Staff see and work their centres' visitors (visitors:read,
 * create, edit); a member sees those they host or invited (an Administrator: their company's),
 * invites with the client right APPOINTMENTS, and approves or declines arrivals with one decision
 * endpoint. Any other visitor id answers 404, like an absent one.
 */
@Path("/visitors")
@Tag(name = "Visitors")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VisitorsResource {

  @Inject Visitors visitors;
  @Inject FrontDesk desk;
  @Inject VisitorLists lists;
  @Inject VisitorExport export;
  @Inject Tenants tenants;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "Visitors, a page at a time: one centre's day by visit time, else newest first")
  public VisitorList list(
      @Parameter(description = "a centre's id (staff)") @QueryParam("centre") Long centre,
      @Parameter(description = "yyyy-MM-dd") @QueryParam("day") String day,
      @Parameter(description = "EXPECTED, ARRIVED, APPROVED...") @QueryParam("state") String state,
      @Parameter(description = "found in the name, company, e-mail or host") @QueryParam("q")
          String text,
      @Parameter(description = "visitors this member hosted or invited") @QueryParam("member")
          Long member,
      @Parameter(description = "visitors this company's members hosted") @QueryParam("company")
          Long company,
      @BeanParam PageRequest paging) {
    VisitorSearch search = search(centre, day, state, text, member, company);
    var items =
        lists.list(search, paging.offset(), paging.size()).stream()
            .map(VisitorDetails::of)
            .toList();
    Map<String, Long> counts = null;
    if (centre != null && search.day() != null) {
      counts = new LinkedHashMap<>();
      for (var entry : lists.countsByState(search).entrySet()) {
        counts.put(entry.getKey().name(), entry.getValue());
      }
    }
    return VisitorList.of(paging.of(items, lists.count(search)), counts);
  }

  @GET
  @Path("/export")
  @Produces("text/csv")
  @Operation(summary = "The same list as CSV (at most 10,000 rows), safe to open in a spreadsheet")
  public Response exportCsv(
      @QueryParam("centre") Long centre,
      @QueryParam("day") String day,
      @QueryParam("state") String state,
      @QueryParam("q") String text,
      @QueryParam("member") Long member,
      @QueryParam("company") Long company) {
    VisitorSearch search = search(centre, day, state, text, member, company);
    var language = Problems.locale(headers.getAcceptableLanguages());
    var csv = new java.io.StringWriter();
    String country = tenants.current().map(Tenant::getCountry).orElse(null);
    export.write(search, Formats.of(language, country), csv);
    StreamingOutput body =
        out -> {
          var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write(csv.toString());
          writer.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"visitors.csv\"")
        .build();
  }

  @POST
  @Operation(
      summary = "Invites a visitor: they are mailed a QR code (single-use token) and an .ics")
  @APIResponse(responseCode = "201", description = "Invited; Location names the visitor")
  @APIResponse(responseCode = "400", description = "Invalid fields (host, date...), in errors")
  @APIResponse(responseCode = "403", description = "No visitors:create (staff) or APPOINTMENTS")
  public Response invite(@Valid VisitorForm form) {
    return created(visitors.invite(form(form).toNewVisitor()));
  }

  @POST
  @Path("/walk-ins")
  @Operation(summary = "Registers a visitor arriving at the desk now; the host is told at once")
  @APIResponse(responseCode = "201", description = "Registered, ARRIVED")
  public Response walkIn(@Valid VisitorForm form) {
    return created(desk.walkIn(form(form).toNewVisitor()));
  }

  @POST
  @Path("/arrivals")
  @Operation(summary = "The kiosk's scan: a valid unused check-in token marks its visitor ARRIVED")
  @APIResponse(responseCode = "200", description = "The visitor, now ARRIVED")
  @APIResponse(responseCode = "404", description = "Unknown token (here)")
  @APIResponse(responseCode = "409", description = "Token already used")
  public VisitorDetails scan(@Valid KioskScan scan) {
    return VisitorDetails.of(desk.arriveWithToken(scan == null ? null : scan.token()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A visitor")
  @APIResponse(responseCode = "200", description = "The visitor")
  @APIResponse(responseCode = "404", description = "No such visitor for this caller")
  public VisitorDetails get(@PathParam("id") long id) {
    return VisitorDetails.of(visitors.get(id));
  }

  @POST
  @Path("/{id}/decision")
  @Operation(summary = "The host approves or declines a visitor waiting at the desk (ARRIVED)")
  @APIResponse(responseCode = "200", description = "APPROVED or DECLINED")
  @APIResponse(
      responseCode = "403",
      description = "Not the host (or their company's Administrator)")
  @APIResponse(responseCode = "409", description = "The visitor is not waiting for a decision")
  public VisitorDetails decide(@PathParam("id") long id, @Valid HostDecision decision) {
    String answer = decision == null ? null : decision.decision();
    if (!"APPROVE".equals(answer) && !"DECLINE".equals(answer)) {
      throw InvalidFieldsException.of("decision", "visitor.decision.invalid");
    }
    return VisitorDetails.of(visitors.decide(id, "APPROVE".equals(answer)));
  }

  @POST
  @Path("/{id}/arrival")
  @Operation(summary = "Check-in at the desk: EXPECTED → ARRIVED, the host is told at once")
  public VisitorDetails arrive(@PathParam("id") long id) {
    return VisitorDetails.of(desk.arrive(id));
  }

  @POST
  @Path("/{id}/check-in")
  @Operation(summary = "After the host's approval: APPROVED → CHECKED_IN")
  public VisitorDetails checkIn(@PathParam("id") long id) {
    return VisitorDetails.of(desk.checkIn(id));
  }

  @POST
  @Path("/{id}/check-out")
  @Operation(summary = "CHECKED_IN → CHECKED_OUT, the instant kept for good")
  public VisitorDetails checkOut(@PathParam("id") long id) {
    return VisitorDetails.of(desk.checkOut(id));
  }

  @POST
  @Path("/{id}/no-show")
  @Operation(summary = "EXPECTED → NO_SHOW")
  public VisitorDetails noShow(@PathParam("id") long id) {
    return VisitorDetails.of(desk.markNoShow(id));
  }

  private Response created(Visitor visitor) {
    return Response.created(uri.getBaseUriBuilder().path("visitors/{id}").build(visitor.getId()))
        .entity(VisitorDetails.of(visitor))
        .build();
  }

  private static VisitorForm form(VisitorForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }

  private static VisitorSearch search(
      Long centre, String day, String state, String text, Long member, Long company) {
    LocalDate date = null;
    if (day != null && !day.isBlank()) {
      try {
        date = LocalDate.parse(day.strip());
      } catch (DateTimeParseException e) {
        throw InvalidFieldsException.of("day", "visitor.day.invalid");
      }
    }
    Visitor.State wanted = null;
    if (state != null && !state.isBlank()) {
      try {
        wanted = Visitor.State.valueOf(state.strip());
      } catch (IllegalArgumentException e) {
        throw InvalidFieldsException.of("state", "visitor.state.invalid");
      }
    }
    return new VisitorSearch(centre, date, wanted, text, member, company);
  }
}
