package com.example.app.domain.order;

import java.time.LocalDate;

/** Breaks the convention "the core reads no clock": the domain asks for today. */
public final class OrderDate {

    private OrderDate() {
    }

    public static LocalDate today() {
        return LocalDate.now();
    }
}
