package com.example.app.domain.order;

import com.example.app.domain.customer.Loyalty;

/** Breaks noCyclesBetweenAreas (with Loyalty): domain order -> customer -> order. */
public record Discount(Loyalty loyalty) {
}
