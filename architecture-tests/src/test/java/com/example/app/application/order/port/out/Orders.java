package com.example.app.application.order.port.out;

import com.example.app.domain.order.Order;
import com.example.app.domain.order.OrderId;
import java.util.Optional;

/** Where orders are kept. */
public interface Orders {

    OrderId nextId();

    void save(Order order);

    Optional<Order> find(OrderId id);
}
