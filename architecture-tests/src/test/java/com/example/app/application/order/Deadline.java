package com.example.app.application.order;

import java.time.Instant;

/** Breaks the convention "the core reads no clock": the application asks for the time. */
public final class Deadline {

    private Deadline() {
    }

    public static boolean passed(Instant deadline) {
        return Instant.now().isAfter(deadline);
    }
}
