package com.example.app.domain.order;

/** An order's number. */
public record OrderId(long value) {
}
