/**
 * Invoices and credit notes (001 §7, §11; client space §2): drafts with lines from contracts,
 * options, consumptions, bookings or typed by hand from the catalogue; issuing, which numbers,
 * freezes and chains them; corrections by credit note or corrective invoice; the printed and
 * electronic documents (PDF/A-3, Factur-X EN 16931, GST e-invoice INV-01); the e-invoice life
 * cycle; period closing.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A draft may change; an issued document never does: the database refuses any UPDATE or
 *       DELETE of an issued invoice or of its lines by the application's role (trigger, SQLSTATE
 *       AT001). Whether it is paid is read from the payments, never written on it.
 *   <li>Numbers are gapless and chronological per series, taken last, inside the issuing
 *       transaction, from the series row locked FOR UPDATE (never a sequence): France {@code
 *       F-2026-000123} (≤ 35 characters of BR-FR's set; the yearly restart is a per-series setting;
 *       credit notes have their own series); India one series per GSTIN and financial year
 *       (April–March), {@code I29/2627/000123} (≤ 16 characters of letters, digits, {@code -} and
 *       {@code /}). A document cannot be issued dated before the last one of its series.
 *   <li>Each issued document stores a SHA-256 footprint over its canonical content and the previous
 *       footprint of its series ({@link io.atrium.invoicing.InvoiceFootprint}); verifying a series
 *       names the first broken link.
 *   <li>Taxes per line from the catalogue item: France VAT category and rate, totals per rate on
 *       the sum of the net lines (EN 16931); India GST from the centre's GSTIN: CGST + SGST when
 *       the place of supply is the centre's state (always for property services), IGST otherwise.
 *   <li>A document missing a mandatory fact of its country cannot be issued; the refusal names the
 *       missing field ({@link io.atrium.invoicing.MissingFactsException}).
 *   <li>Nothing is issued with a date inside a closed period (trigger, SQLSTATE AT002).
 * </ol>
 *
 * <p>Words: facture → invoice; avoir → credit note; facture rectificative (annule et remplace) →
 * corrective invoice; facture d'acompte / dépôt de garantie → deposit invoice; série → series;
 * empreinte → footprint; clôture → period closing.
 *
 * <p>May call: shared, tenancy, identity, staff, directory, catalogue, notifications, audit.
 */
package io.atrium.invoicing;
