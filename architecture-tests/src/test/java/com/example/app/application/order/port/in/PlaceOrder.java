package com.example.app.application.order.port.in;

import com.example.app.domain.order.OrderId;
import com.example.app.domain.order.OrderLine;
import java.util.List;

/** Use case: a customer places an order. */
public interface PlaceOrder {

    OrderId place(Command command);

    /** What the customer orders. */
    record Command(String customer, List<OrderLine> lines) {
    }
}
