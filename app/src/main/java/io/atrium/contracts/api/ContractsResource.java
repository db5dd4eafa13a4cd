package io.atrium.contracts.api;

import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractLifecycle;
import io.atrium.contracts.ContractSearch;
import io.atrium.contracts.Contracts;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contracts of the caller's centres (contracts rights): list, read, make and change drafts, and
 * move them through their life cycle. A contract, centre, company, member, item or space the caller
 * cannot see answers 404; a step the contract's state refuses answers 409.
 */
@Path("/contracts")
@Tag(name = "Contracts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {

  @Inject Contracts contracts;

  @Inject ContractLifecycle lifecycle;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Contracts of the caller's centres, newest first (contracts:read)")
  public Page<ContractSummary> list(
      @Parameter(description = "a centre's id") @QueryParam("centre") Long centre,
      @Parameter(description = "DRAFT, SENT, SIGNED, ACTIVE, NOTICE_GIVEN, ENDED or CANCELLED")
          @QueryParam("status")
          String status,
      @Parameter(description = "a company's id") @QueryParam("company") Long company,
      @Parameter(description = "an on-demand member's id") @QueryParam("member") Long member,
      @BeanParam PageRequest paging) {
    Map<String, String> unreadable = new HashMap<>();
    Contract.Status state = Fields.named(Contract.Status.class, status, "status", unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    ContractSearch search = new ContractSearch(centre, state, company, member);
    List<ContractSummary> found =
        contracts.list(search, paging.offset(), paging.size()).stream()
            .map(ContractSummary::of)
            .toList();
    return paging.of(found, contracts.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A contract with its lines (contracts:read)")
  @APIResponse(responseCode = "200", description = "The contract")
  @APIResponse(responseCode = "404", description = "No such contract for this caller")
  public ContractSummary get(@PathParam("id") long id) {
    return ContractSummary.of(contracts.get(id));
  }

  @POST
  @Operation(summary = "Makes a draft contract, its lines priced by the pricing service")
  @APIResponse(responseCode = "201", description = "Created; Location names the contract")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "404", description = "A centre, client, item or space not found")
  public Response create(@Valid ContractForm form) {
    Contract created = required(form).apply(contracts::create);
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(ContractSummary.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replaces a draft's terms and lines (contracts:edit); its centre stays")
  @APIResponse(responseCode = "200", description = "The draft as saved")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "Not a draft, or waiting for approval")
  public ContractSummary update(@PathParam("id") long id, @Valid ContractForm form) {
    return ContractSummary.of(required(form).apply(draft -> contracts.update(id, draft)));
  }

  @POST
  @Path("/{id}/send")
  @Operation(summary = "Sends a draft for signature (contracts:edit)")
  @APIResponse(responseCode = "200", description = "The contract, SENT")
  @APIResponse(responseCode = "409", description = "Not a draft, or its discount not approved")
  public ContractSummary send(@PathParam("id") long id) {
    return ContractSummary.of(lifecycle.send(id));
  }

  @POST
  @Path("/{id}/signature")
  @Operation(
      summary =
          "Records the signature (contracts:edit): holds its spaces and issues the deposit and"
              + " first-month invoices")
  @APIResponse(responseCode = "200", description = "The signed contract and its invoices")
  @APIResponse(responseCode = "409", description = "Not signable, or a space already held")
  @APIResponse(responseCode = "422", description = "A fact an invoice must show is missing")
  public SignedContract sign(@PathParam("id") long id, @Valid SignatureForm form) {
    var issued = lifecycle.sign(id, required(form).toSignature());
    return new SignedContract(
        ContractSummary.of(contracts.get(id)),
        issued.stream().map(SignedContract.IssuedInvoice::of).toList());
  }

  @POST
  @Path("/{id}/notice")
  @Operation(summary = "Records the client's notice on an active contract (contracts:edit)")
  @APIResponse(responseCode = "200", description = "The contract, NOTICE_GIVEN, with its end")
  @APIResponse(responseCode = "409", description = "Not active")
  public ContractSummary notice(@PathParam("id") long id, @Valid NoticeForm form) {
    return ContractSummary.of(lifecycle.notice(id, required(form).day()));
  }

  @POST
  @Path("/{id}/end")
  @Operation(summary = "Ends a running contract today (contracts:edit); its spaces are freed")
  @APIResponse(responseCode = "200", description = "The contract, ENDED")
  @APIResponse(responseCode = "409", description = "Not running")
  public ContractSummary end(@PathParam("id") long id) {
    return ContractSummary.of(lifecycle.end(id));
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(summary = "Cancels a draft or sent contract with a reason (contracts:delete)")
  @APIResponse(responseCode = "200", description = "The contract, CANCELLED")
  @APIResponse(responseCode = "409", description = "Already signed or closed")
  public ContractSummary cancel(@PathParam("id") long id, @Valid CancelForm form) {
    return ContractSummary.of(lifecycle.cancel(id, required(form).reason()));
  }

  private static <T> T required(T form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }
}
