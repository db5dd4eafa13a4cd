package io.atrium.invoicing.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to issue a draft: its date, today on the centre's calendar when absent. */
@Schema(name = "InvoiceIssueForm")
public record IssueForm(@Schema(format = "date") @Text(max = 10) String issueDate) {}
