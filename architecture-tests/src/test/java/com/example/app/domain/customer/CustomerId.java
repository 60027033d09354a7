package com.example.app.domain.customer;

/** A customer's number. */
public record CustomerId(String value) {

    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a customer id is not blank");
        }
    }
}
