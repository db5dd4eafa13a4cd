/**
 * The documents of an issued invoice, part of the invoicing capability: the PDF/A-3b drawn from an
 * XHTML template ({@link io.atrium.invoicing.documents.InvoicePdf}), for a French operator the
 * Factur-X EN 16931 PDF carrying its CII XML ({@link io.atrium.invoicing.documents.FacturX}), for
 * an Indian operator's B2B documents the GST e-invoice INV-01 JSON ({@link
 * io.atrium.invoicing.documents.GstEInvoice}), and their downloads (API and pages' servlet).
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Documents are made on demand from the issued, frozen rows and never stored; never one per
 *       row of a list. The parties printed are those copied at issue.
 *   <li>Rendering reaches nothing outside the template: the fonts ship in the WAR, a tenant's logo
 *       is printed only when it is an inline {@code data:image/png|jpeg} URI, any other address is
 *       refused (a tenant-supplied URL is never fetched by the server).
 *   <li>Labels come from the bundles in the document's language (a French operator's in the
 *       buyer's, an Indian operator's in English with en-IN grouping); the mandatory mentions of
 *       each country are printed and, in France, repeated as the PMT, PMD and AAB notes of the XML.
 *   <li>Who may download: staff with invoices:read in the document's centre; members of the buyer
 *       company whose role grants company documents; the on-demand member invoiced. Any other id is
 *       404; a draft is 409.
 * </ol>
 *
 * <p>Words: mentions obligatoires → mandatory mentions; e-facture GST → GST e-invoice; lieu de
 * fourniture → place of supply; montant en lettres → amount in words.
 */
package io.atrium.invoicing.documents;
