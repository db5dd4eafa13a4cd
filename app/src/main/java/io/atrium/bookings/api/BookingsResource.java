package io.atrium.bookings.api;

import io.atrium.bookings.Booking;
import io.atrium.bookings.BookingDetails;
import io.atrium.bookings.BookingExport;
import io.atrium.bookings.BookingOverview;
import io.atrium.bookings.Bookings;
import io.atrium.bookings.CancellationCost;
import io.atrium.bookings.MemberBookings;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import io.atrium.shared.api.Problems;
import io.atrium.shared.api.QueryFlags;
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
import jakarta.ws.rs.PUT;
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
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bookings of meeting rooms and bureaux de passage in the caller's centres (bookings:read to list,
 * bookings:create to book, bookings:edit to cancel). A slot already held answers 409 with its time;
 * another tenant's space or payer in a body is an unknown field, and nothing is written.
 */
@Path("/bookings")
@Tag(name = "Bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

  @Inject io.atrium.bookings.WeeklyBookings weekly;

  @Inject io.atrium.bookings.BookingDecisions decisions;

  @Inject Bookings bookings;

  @Inject BookingOverview overview;

  @Inject MemberBookings mine;

  @Inject Caller caller;

  @Inject BookingExport export;

  @Inject Tenants tenants;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Bookings in time order, those overlapping from–to (bookings:read); a member's own"
              + " bookings, upcoming or past=true")
  public Page<BookingSummary> list(
      @QueryParam("centre") Long centre,
      @QueryParam("space") Long space,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("past") String pastFlag,
      @BeanParam PageRequest paging) {
    boolean past = QueryFlags.flag("past", pastFlag, false);
    if (caller.isMember()) {
      return paging.of(
          mine.mine(!past, paging.offset(), paging.size()).stream()
              .map(BookingSummary::of)
              .toList(),
          mine.count(!past));
    }
    BookingOverview.Search search =
        new BookingOverview.Search(centre, space, instant(from, "from"), instant(to, "to"));
    return paging.of(
        overview.list(search, paging.offset(), paging.size()).stream()
            .map(BookingSummary::of)
            .toList(),
        overview.count(search));
  }

  @GET
  @Path("/export")
  @Produces("text/csv")
  @Operation(
      summary =
          "The same list as CSV (at most 10,000 rows), in the reader's language, safe to open in a"
              + " spreadsheet (bookings:read)")
  public Response export(
      @QueryParam("centre") Long centre,
      @QueryParam("space") Long space,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    BookingOverview.Search search =
        new BookingOverview.Search(centre, space, instant(from, "from"), instant(to, "to"));
    var language = Problems.locale(headers.getAcceptableLanguages());
    String country = tenants.current().map(Tenant::getCountry).orElse(null);
    var csv = new StringWriter();
    export.write(search, Formats.of(language, country), csv);
    StreamingOutput body =
        out -> {
          var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write(csv.toString());
          writer.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"bookings.csv\"")
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A booking")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  public BookingSummary get(@PathParam("id") long id) {
    return BookingSummary.of(caller.isMember() ? mine.get(id) : bookings.get(id));
  }

  @POST
  @Operation(
      summary =
          "Books a space for a company or a member (bookings:create); a member books for their"
              + " company, paid bookings with the paid-bookings right")
  @APIResponse(responseCode = "201", description = "Booked; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "The slot is taken; the problem gives its time")
  public Response book(@Valid BookingForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    BookingDetails details = form.toDetails();
    Booking booked = caller.isMember() ? mine.book(details) : bookings.book(details);
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(booked.getId()))
        .entity(BookingSummary.of(booked))
        .build();
  }

  @POST
  @Path("/weekly")
  @Operation(
      summary =
          "Books the same time every week until repeatUntil (bookings:create); free occurrences"
              + " are booked, taken ones listed")
  @APIResponse(responseCode = "201", description = "The occurrences booked and those taken")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "No occurrence is free")
  public Response bookWeekly(@Valid WeeklyBookingForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    io.atrium.bookings.WeeklyBookings.Series series =
        weekly.bookWeekly(form.toDetails(), form.until());
    return Response.status(201)
        .entity(
            new SeriesSummary(
                series.booked().get(0).getSeriesId(),
                series.booked().stream().map(BookingSummary::of).toList(),
                series.taken().stream()
                    .map(
                        t ->
                            new AvailabilityResource.BusySlot(
                                t.startsAt().toString(), t.endsAt().toString()))
                    .toList()))
        .build();
  }

  /** What a weekly booking made. */
  public record SeriesSummary(
      long seriesId, List<BookingSummary> booked, List<AvailabilityResource.BusySlot> taken) {}

  @PUT
  @Path("/{id}")
  @Operation(
      summary =
          "Changes a booking's space (of its centre), times, people or title (bookings:edit; a"
              + " member, their own before it starts); a move is priced again and the client sent"
              + " the updated calendar event")
  @APIResponse(responseCode = "400", description = "Invalid fields, or a rule refused")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  @APIResponse(
      responseCode = "409",
      description = "The new slot is taken, or the booking is cancelled, over, pending or invoiced")
  public BookingSummary change(@PathParam("id") long id, @Valid BookingChangeForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    BookingDetails details = form.toDetails();
    return BookingSummary.of(
        caller.isMember() ? mine.change(id, details) : bookings.change(id, details));
  }

  @POST
  @Path("/{id}/confirm")
  @Operation(
      summary =
          "Confirms a member's booking that waits for staff, by its space's rule (bookings:edit)")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  @APIResponse(responseCode = "409", description = "Not waiting for staff")
  public BookingSummary confirm(@PathParam("id") long id) {
    return BookingSummary.of(decisions.confirm(id));
  }

  @POST
  @Path("/{id}/refuse")
  @Operation(summary = "Refuses a member's booking that waits for staff (bookings:edit)")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  @APIResponse(responseCode = "409", description = "Not waiting for staff")
  public BookingSummary refuse(@PathParam("id") long id) {
    return BookingSummary.of(decisions.refuse(id));
  }

  @GET
  @Path("/{id}/cancellation-cost")
  @Operation(
      summary =
          "What cancelling the booking now would cost under its space's late-cancellation rule:"
              + " the fee billed, or the credits kept (the cancellation's own computation)")
  @APIResponse(responseCode = "404", description = "No such booking for this caller")
  public CancellationCost cancellationCost(@PathParam("id") long id) {
    return bookings.cancellationCost(caller.isMember() ? mine.get(id) : bookings.get(id));
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(
      summary =
          "Cancels a booking: its slot is free again (bookings:edit; a member, their own before it"
              + " starts)")
  @APIResponse(responseCode = "409", description = "Already cancelled, or started")
  public BookingSummary cancel(@PathParam("id") long id) {
    return BookingSummary.of(caller.isMember() ? mine.cancel(id) : bookings.cancel(id));
  }

  static Instant instant(String text, String field) {
    Map<String, String> unreadable = new LinkedHashMap<>();
    Instant instant = BookingForm.instant(text, field, unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return instant;
  }
}
