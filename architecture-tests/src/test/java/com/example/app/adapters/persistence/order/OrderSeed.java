package com.example.app.adapters.persistence.order;

import com.example.app.application.order.OrderService;

/** Breaks adaptersDoNotDependOnServices: the persistence adapter calls a service. */
public record OrderSeed(OrderService service) {
}
