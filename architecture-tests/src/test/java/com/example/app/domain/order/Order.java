package com.example.app.domain.order;

import com.example.app.domain.customer.CustomerId;
import java.util.List;

/** An order: who placed it and what it holds. */
public record Order(OrderId id, CustomerId customer, List<OrderLine> lines) {

    public Order {
        lines = List.copyOf(lines);
    }

    public int items() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
