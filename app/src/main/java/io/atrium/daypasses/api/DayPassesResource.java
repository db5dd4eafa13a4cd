package io.atrium.daypasses.api;

import io.atrium.daypasses.DayPass;
import io.atrium.daypasses.DayPassChoices;
import io.atrium.daypasses.DayPassDetails;
import io.atrium.daypasses.DayPasses;
import io.atrium.directory.NewMember;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import io.atrium.shared.api.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
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
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Day passes of the caller's centres (day-passes:read to list, :create to sell, :edit to cancel).
 * Another tenant's or centre's centre, member or item in a body is an unknown field; nothing is
 * written.
 */
@Path("/day-passes")
@Tag(name = "Day passes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DayPassesResource {

  @Inject io.atrium.identity.Caller caller;

  @Inject DayPasses passes;

  @Context UriInfo uri;

  /** The walk-in's fields, which the service checks as a new member's. */
  private static final Set<String> WALK_IN_FIELDS =
      Set.of("fullName", "email", "phone", "language");

  @Inject DayPassChoices choices;

  /** A new on-demand walk-in, created with the pass. */
  public record WalkIn(
      @Schema(required = true, maxLength = 120) @NotBlank @Text(max = 120) String fullName,
      @Schema(required = true, maxLength = 254) @NotBlank @Email @Text(max = 254) String email,
      @Schema(example = "+91 98450 11002")
          @Text(max = 30)
          @Pattern(regexp = NewMember.PHONE, message = "{atrium.phone.invalid}")
          String phone,
      @Schema(enumeration = {"en", "fr"})
          @Text(max = 2)
          @Pattern(regexp = NewMember.LANGUAGE, message = "{atrium.language.invalid}")
          String language) {}

  /** A day pass as the API takes it: memberId or walkIn. */
  public record DayPassForm(
      @Schema(required = true) Long centreId,
      @Schema(description = "an existing member; or walkIn") Long memberId,
      @Schema(description = "a new on-demand walk-in; or memberId") @Valid WalkIn walkIn,
      @Schema(required = true, description = "a DAY_PASS catalogue item of the centre") Long itemId,
      @Schema(required = true, format = "date", example = "2027-03-01") @Text(max = 10) String day,
      @Schema(
              enumeration = {"INVOICE", "PAYMENT_LINK", "CREDITS", "MONTHLY"},
              description =
                  "none: INVOICE; CREDITS takes its price from the holder's money credits at the"
                      + " centre (409 when none covers it)")
          @Text(max = 12)
          String payment) {}

  /** A day pass as the API shows it. */
  public record DayPassSummary(
      long id,
      long centreId,
      long memberId,
      String member,
      long itemId,
      String item,
      String day,
      String status,
      String payment,
      BigDecimal netTotal,
      BigDecimal grossTotal,
      String currency,
      Long invoiceId,
      Long creditPoolId,
      BigDecimal creditsUsed) {

    static DayPassSummary of(DayPass p) {
      return new DayPassSummary(
          p.getId(),
          p.getCentre().getId(),
          p.getMember().getId(),
          p.getMember().getFullName(),
          p.getItem().getId(),
          p.getItem().getNameEn(),
          p.getDay().toString(),
          p.getStatus().name(),
          p.getPayment().name(),
          p.getNetTotal(),
          p.getGrossTotal(),
          p.getCurrency(),
          p.getInvoiceId(),
          p.getCreditPoolId(),
          p.getCreditsUsed());
    }
  }

  @GET
  @Operation(
      summary = "Day passes by day (day-passes:read); with a member's token, their own to come")
  public List<DayPassSummary> list(
      @QueryParam("centre") Long centre, @QueryParam("day") String day) {
    if (caller.isMember()) {
      return passes.mine().stream().map(DayPassSummary::of).toList();
    }
    return passes.list(new DayPasses.Search(centre, day(day)), 0, 500).stream()
        .map(DayPassSummary::of)
        .toList();
  }

  @GET
  @Path("/workspaces")
  @Operation(
      summary =
          "The workspace types a day pass is sold for: at a centre of the caller's for staff"
              + " (day-passes:read, centre required), at their own centre for a member; named in"
              + " the Accept-Language")
  @APIResponse(responseCode = "404", description = "A centre that is not the caller's")
  @APIResponse(responseCode = "400", description = "Staff without a centre")
  public List<DayPassChoices.Choice> workspaces(
      @QueryParam("centre") Long centre, @Context HttpHeaders headers) {
    Locale language = Problems.locale(headers.getAcceptableLanguages());
    return choices.forCaller(centre, "fr".equals(language.getLanguage()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A day pass")
  @APIResponse(responseCode = "404", description = "No such day pass for this caller")
  public DayPassSummary get(@PathParam("id") long id) {
    return DayPassSummary.of(passes.get(id));
  }

  @POST
  @Operation(
      summary =
          "Sells a day pass to a member or a new walk-in; its invoice is issued at once"
              + " (day-passes:create). With a member's token: buys one for themselves at their"
              + " centre, paid from credits or with the month (payment CREDITS or MONTHLY;"
              + " centreId, memberId and walkIn are staff's)")
  @APIResponse(responseCode = "201", description = "Sold; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "The member has a pass that day")
  public Response sell(@Valid DayPassForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    if (caller.isMember()) {
      return bought(form);
    }
    NewMember walkIn = null;
    if (form.walkIn() != null) {
      walkIn = new NewMember();
      walkIn.setFullName(form.walkIn().fullName());
      walkIn.setEmail(form.walkIn().email());
      walkIn.setPhone(form.walkIn().phone());
      walkIn.setLanguage(form.walkIn().language());
    }
    DayPass sold;
    try {
      sold =
          passes.sell(
              new DayPassDetails(
                  form.centreId(),
                  form.memberId(),
                  walkIn,
                  form.itemId(),
                  day(form.day()),
                  payment(form.payment())));
    } catch (InvalidFieldsException invalid) {
      throw invalid.nestedUnder("walkIn", WALK_IN_FIELDS);
    }
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(sold.getId()))
        .entity(DayPassSummary.of(sold))
        .build();
  }

  /** A member's own purchase: their centre, themselves; paid from credits or with the month. */
  private Response bought(DayPassForm form) {
    Map<String, String> staffOnly = new LinkedHashMap<>();
    if (form.centreId() != null) {
      staffOnly.put("centreId", "dayPass.member.staff-only");
    }
    if (form.memberId() != null) {
      staffOnly.put("memberId", "dayPass.member.staff-only");
    }
    if (form.walkIn() != null) {
      staffOnly.put("walkIn", "dayPass.member.staff-only");
    }
    if (!staffOnly.isEmpty()) {
      throw new InvalidFieldsException(staffOnly);
    }
    DayPass bought = passes.buy(form.itemId(), day(form.day()), payment(form.payment()));
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(bought.getId()))
        .entity(DayPassSummary.of(bought))
        .build();
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(summary = "Cancels a day pass; its invoice stays (day-passes:edit)")
  @APIResponse(responseCode = "409", description = "Already cancelled")
  public DayPassSummary cancel(@PathParam("id") long id) {
    return DayPassSummary.of(passes.cancel(id));
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of("day", "dayPass.day.unreadable");
    }
  }

  private static DayPass.Payment payment(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return DayPass.Payment.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of("payment", "dayPass.payment.unknown");
    }
  }
}
