package io.atrium.invoicing.documents;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The documents of an issued invoice or credit note, for staff with invoices:read in its centre and
 * for the members who may see it (company documents; an on-demand member's own). The same root path
 * as the invoices resource: JAX-RS picks root classes by their path, and classes with the same one
 * are matched together, so both coexist whichever sub-paths each declares.
 */
@Path("/invoices")
@Tag(name = "Invoice documents")
public class InvoiceDocumentsResource {

  private static final String PDF = "application/pdf";

  @Inject InvoiceDocuments documents;

  @GET
  @Path("/{id}/pdf")
  @Produces(PDF)
  @Operation(summary = "The PDF/A-3 of an issued document (a French operator's is its Factur-X)")
  @APIResponse(responseCode = "200", description = "The PDF, as an attachment")
  @APIResponse(responseCode = "404", description = "No such document for this caller")
  @APIResponse(responseCode = "409", description = "A draft: issue it first")
  public Response pdf(@PathParam("id") long id) {
    return attachment(documents.pdfFor(id));
  }

  @GET
  @Path("/{id}/facturx")
  @Produces(PDF)
  @Operation(summary = "The Factur-X EN 16931 PDF of a French operator's issued document")
  @APIResponse(responseCode = "200", description = "The PDF with its CII XML, as an attachment")
  @APIResponse(responseCode = "404", description = "No such document for this caller")
  @APIResponse(responseCode = "409", description = "A draft, or an Indian operator's document")
  public Response facturX(@PathParam("id") long id) {
    return attachment(documents.facturXFor(id));
  }

  @GET
  @Path("/{id}/einvoice")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The GST e-invoice (INV-01 v1.1) of an Indian operator's B2B document")
  @APIResponse(responseCode = "200", description = "The e-invoice JSON for the IRP")
  @APIResponse(responseCode = "404", description = "No such document for this caller")
  @APIResponse(responseCode = "409", description = "A draft, or not a B2B document")
  public Response eInvoice(@PathParam("id") long id) {
    return Response.ok(documents.eInvoiceFor(id).toString(), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static Response attachment(InvoiceDocuments.File file) {
    return Response.ok(file.content(), PDF)
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .header("Content-Length", file.content().length)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
