package com.example.app.domain.customer;

/** Someone who orders. */
public record Customer(CustomerId id, String name) {
}
