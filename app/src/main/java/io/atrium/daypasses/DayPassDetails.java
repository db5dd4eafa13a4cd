package io.atrium.daypasses;

import io.atrium.directory.NewMember;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a day pass is sold from: the centre, either an existing member ({@code memberId}) or a new
 * walk-in ({@code walkIn}), the workspace type (a DAY_PASS catalogue item of the centre), the day
 * and how it is paid (none: by its invoice).
 */
public record DayPassDetails(
    Long centreId,
    Long memberId,
    NewMember walkIn,
    Long itemId,
    LocalDate day,
    DayPass.Payment payment)
    implements Serializable {}
