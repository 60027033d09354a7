package com.example.app.domain.order;

import com.example.app.application.order.port.in.PlaceOrder;

/** Breaks domainIsIndependent: the domain knows a use case of the application. */
public record OrderDraft(PlaceOrder.Command command) {
}
