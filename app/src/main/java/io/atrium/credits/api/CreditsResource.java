package io.atrium.credits.api;

import io.atrium.credits.CreditEntry;
import io.atrium.credits.CreditPool;
import io.atrium.credits.Credits;
import io.atrium.credits.NewGrant;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Credit pools of companies and allowances of members, with their ledger. Staff list them with
 * bookings:read and grant or adjust them with contracts:edit; a member's token lists their own
 * allowances and their company's pools. Bookings are paid from them first; day passes when their
 * payment is CREDITS.
 */
@Path("/credits")
@Tag(name = "Credits")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CreditsResource {

  @Inject Credits credits;

  @jakarta.ws.rs.core.Context UriInfo uri;

  /** A pool as the API shows it: its balance in hours, or in its currency. */
  public record PoolSummary(
      long id,
      long centreId,
      Long companyId,
      Long memberId,
      String holder,
      String unit,
      String currency,
      String label,
      String expiresOn,
      BigDecimal balance) {
    static PoolSummary of(CreditPool p) {
      return new PoolSummary(
          p.getId(),
          p.getCentre().getId(),
          p.getCompany() == null ? null : p.getCompany().getId(),
          p.getMember() == null ? null : p.getMember().getId(),
          p.getHolderName(),
          p.getUnit().name(),
          p.getCurrency(),
          p.getLabel(),
          p.getExpiresOn() == null ? null : p.getExpiresOn().toString(),
          p.getBalance());
    }
  }

  /** A ledger line: what moved, why, the balance it left. */
  public record EntrySummary(
      long id,
      String kind,
      BigDecimal amount,
      BigDecimal balanceAfter,
      Long bookingId,
      Long dayPassId,
      String note,
      String at) {
    static EntrySummary of(CreditEntry e) {
      return new EntrySummary(
          e.getId(),
          e.getKind().name(),
          e.getAmount(),
          e.getBalanceAfter(),
          e.getBookingId(),
          e.getDayPassId(),
          e.getNote(),
          e.getAt().toString());
    }
  }

  /** A new pool with its first grant. */
  public record GrantForm(
      @Schema(required = true) Long centreId,
      @Schema(description = "the holder: a company, or else a member") Long companyId,
      Long memberId,
      @Schema(
              required = true,
              enumeration = {"HOURS", "MONEY"})
          @Text(max = 10)
          String unit,
      @Schema(required = true, example = "10.00", description = "hours, or the centre's money")
          BigDecimal amount,
      @Schema(format = "date", example = "2027-12-31", description = "last valid day; none: never")
          @Text(max = 10)
          String expiresOn,
      @Schema(required = true, maxLength = 120, example = "Meeting-room hours 2027")
          @Text(max = 120)
          String label) {}

  /** More credits (positive) or a correction (negative), with its reason. */
  public record AdjustmentForm(
      @Schema(required = true, example = "-2.50") BigDecimal amount,
      @Schema(required = true, maxLength = 200) @Text(max = 200) String note) {}

  @GET
  @Operation(
      summary = "Credit pools: staff's centres' (filters), or the member's own and company's")
  public List<PoolSummary> list(
      @QueryParam("centre") Long centre,
      @QueryParam("company") Long company,
      @QueryParam("member") Long member) {
    return credits.list(new Credits.Search(centre, company, member)).stream()
        .map(PoolSummary::of)
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One pool")
  @APIResponse(responseCode = "404", description = "No such pool for this caller")
  public PoolSummary get(@PathParam("id") long id) {
    return PoolSummary.of(credits.get(id));
  }

  @GET
  @Path("/{id}/entries")
  @Operation(summary = "The pool's ledger, newest first")
  @APIResponse(responseCode = "404", description = "No such pool for this caller")
  public List<EntrySummary> ledger(@PathParam("id") long id) {
    return credits.ledger(id).stream().map(EntrySummary::of).toList();
  }

  @POST
  @Operation(summary = "Opens a pool with its first grant (contracts:edit)")
  @APIResponse(responseCode = "201", description = "Granted; Location names the pool")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  public Response grant(@Valid GrantForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    CreditPool pool =
        credits.grant(
            new NewGrant(
                form.centreId(),
                form.companyId(),
                form.memberId(),
                unit(form.unit()),
                form.amount(),
                day(form.expiresOn()),
                form.label()));
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(pool.getId()))
        .entity(PoolSummary.of(pool))
        .build();
  }

  @POST
  @Path("/{id}/entries")
  @Operation(summary = "Adds to or takes from a pool, with the reason (contracts:edit)")
  @APIResponse(responseCode = "201", description = "Written; the body is the ledger line")
  @APIResponse(responseCode = "400", description = "Invalid fields (below zero included)")
  @APIResponse(responseCode = "404", description = "No such pool for this caller")
  public Response adjust(@PathParam("id") long id, @Valid AdjustmentForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    CreditEntry entry = credits.adjust(id, form.amount(), form.note());
    return Response.status(Response.Status.CREATED).entity(EntrySummary.of(entry)).build();
  }

  private static CreditPool.Unit unit(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return CreditPool.Unit.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of("unit", "credits.unit.required");
    }
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of("expiresOn", "credits.expiresOn.unreadable");
    }
  }
}
