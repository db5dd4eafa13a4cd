package io.atrium.invoicing.api;

import io.atrium.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to issue a draft: its date, said explicitly (the page offers today), so that an empty or
 * garbled body never issues anything.
 */
@Schema(name = "InvoiceIssueForm")
public record IssueForm(
    @Schema(
            required = true,
            format = "date",
            description =
                "not after today on the centre's"
                    + " calendar, nor before the last document of the series")
        @Text(max = 10)
        String issueDate) {}
