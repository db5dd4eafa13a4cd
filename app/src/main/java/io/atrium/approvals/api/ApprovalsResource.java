package io.atrium.approvals.api;

import io.atrium.approvals.ApprovalInbox;
import io.atrium.approvals.ApprovalRequest;
import io.atrium.approvals.ApprovalSearch;
import io.atrium.approvals.Approvals;
import io.atrium.approvals.Decision;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Discount approvals (pricing:approve): the requests of the caller's centres, and the decision on
 * one. Another tenant's request, or one outside the caller's centres, answers 404.
 */
@Path("/approvals")
@Tag(name = "Approvals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

  @Inject Approvals approvals;

  @Inject ApprovalInbox inbox;

  @GET
  @Operation(
      summary =
          "Requests by state: PENDING (default) are those waiting for the caller, oldest first;"
              + " APPROVED and REJECTED newest decision first")
  @APIResponse(responseCode = "200", description = "A page of requests")
  @APIResponse(responseCode = "403", description = "The caller does not hold pricing:approve")
  public Page<ApprovalSummary> list(
      @Parameter(description = "PENDING, APPROVED or REJECTED") @QueryParam("state") String state,
      @Parameter(description = "a centre's id") @QueryParam("centre") Long centre,
      @BeanParam PageRequest paging) {
    var search = new ApprovalSearch(state(state), centre);
    return paging.of(
        inbox.list(search, paging.offset(), paging.size()).stream()
            .map(ApprovalSummary::of)
            .toList(),
        inbox.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One request, pending or decided")
  @APIResponse(responseCode = "200", description = "The request")
  @APIResponse(responseCode = "404", description = "No such request for this caller")
  public ApprovalSummary get(@PathParam("id") long id) {
    return ApprovalSummary.of(inbox.get(id));
  }

  @POST
  @Path("/{id}/decision")
  @Operation(summary = "Approves the discount, or rejects it with a reason")
  @APIResponse(responseCode = "200", description = "The decided request")
  @APIResponse(
      responseCode = "400",
      description = "Unknown decision, or a rejection without reason")
  @APIResponse(
      responseCode = "403",
      description = "No pricing:approve, or the caller's own request")
  @APIResponse(responseCode = "404", description = "No such request for this caller")
  @APIResponse(responseCode = "409", description = "The request was decided already")
  public ApprovalSummary decide(@PathParam("id") long id, @Valid DecisionRequest request) {
    if (request == null) {
      throw new BadRequestException();
    }
    return ApprovalSummary.of(approvals.decide(id, decision(request.decision()), request.reason()));
  }

  private static Decision decision(String value) {
    return Arrays.stream(Decision.values())
        .filter(d -> d.name().equals(value == null ? null : value.strip()))
        .findFirst()
        .orElseThrow(() -> InvalidFieldsException.of("decision", "approval.decision.invalid"));
  }

  private static ApprovalRequest.State state(String value) {
    if (value == null || value.isBlank()) {
      return ApprovalRequest.State.PENDING;
    }
    return Arrays.stream(ApprovalRequest.State.values())
        .filter(s -> s.name().equals(value.strip()))
        .findFirst()
        .orElseThrow(() -> InvalidFieldsException.of("state", "approval.state.invalid"));
  }
}
