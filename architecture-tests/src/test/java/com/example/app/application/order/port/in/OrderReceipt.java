package com.example.app.application.order.port.in;

import com.example.app.application.order.OrderService;

/** Breaks portsDoNotDependOnServices: an in-port's record names the service behind it. */
public record OrderReceipt(OrderService placedBy) {
}
